import {
  addMemberCommitment,
  allowedChildTypes,
  COMMITMENT_TRANSITIONS,
  createGrid,
  createMember,
  createOrganization,
  createRequest,
  createSession,
  DomainError,
  deleteGrid,
  deleteMember,
  deleteOrganization,
  deleteRequest,
  type Grid,
  type Member,
  moveOrganization,
  type Organization,
  REQUEST_SOURCES,
  REQUEST_TRANSITIONS,
  type Request,
  type Session,
  STAFF_ROLES,
  transitionRequest,
  updateGrid,
  updateMember,
  updateMemberCommitment,
  updateRequest,
} from '@grassroots/core';
import { seededRandom } from '@grassroots/local/demo/random';
import { describe, expect, it } from 'vitest';
import { rollupDifferences } from '../support/recount.ts';
import { testStack } from '../support/stack.ts';

const SEED = Number(process.env.GOVERNANCE_SEED ?? 20210701);
const PLACES = ['VILLAGE_COMMITTEE', 'COMMUNITY_COMMITTEE'];
const DAY = 86_400_000;

describe('governance counters', () => {
  it(`equal a full recount after random grids, members, requests, transitions and moves (seed ${SEED})`, {
    timeout: 240_000,
  }, async () => {
    const stack = await testStack();
    const rnd = seededRandom(SEED);
    const start = Date.parse('2021-03-01T00:00:00Z');
    let round = 0;
    // the clock moves on between rounds, so times to resolve, months and overdue days vary
    const fresh = (): Session =>
      createSession(stack.db, { now: () => new Date(start + round * 0.4 * DAY) });
    const orgs = new Map<string, Organization>();
    const grids = new Map<string, Grid>();
    const members = new Map<string, Member>();
    const requests = new Map<string, Request>();
    const places = () => [...orgs.values()].filter((o) => PLACES.includes(o.type));
    const day = (offset: number) =>
      new Date(start + round * 0.4 * DAY + offset * DAY).toISOString().slice(0, 10);

    const s = fresh();
    const city = await createOrganization(s, {
      name: '通辽市委',
      type: 'CITY_COMMITTEE',
      divisionCode: '150500',
    });
    orgs.set(city.id, city);
    for (const name of ['库伦旗委', '科尔沁区委']) {
      const county = await createOrganization(s, {
        parentId: city.id,
        name,
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150524',
      });
      orgs.set(county.id, county);
      for (const [type, child] of [
        ['TOWNSHIP_COMMITTEE', 'VILLAGE_COMMITTEE'],
        ['STREET_WORKING_COMMITTEE', 'COMMUNITY_COMMITTEE'],
      ] as const) {
        const parent = await createOrganization(s, {
          parentId: county.id,
          name: `${name}${type}`,
          type,
          divisionCode: '150524',
        });
        orgs.set(parent.id, parent);
        for (let i = 0; i < 2; i++) {
          const place = await createOrganization(s, {
            parentId: parent.id,
            name: `${parent.name}第${i + 1}`,
            type: child,
            divisionCode: '150524',
          });
          orgs.set(place.id, place);
        }
      }
    }

    const staff = () =>
      Array.from({ length: 1 + Math.floor(rnd.next() * 4) }, (_, i) => ({
        role: rnd.pick(STAFF_ROLES),
        name: `网格员${i}`,
        phone: rnd.next() < 0.5 ? '13912345678' : null,
        partyMember: rnd.next() < 0.42,
      }));
    const tolerated = (error: unknown) => {
      if (
        error instanceof DomainError &&
        ['CONFLICT', 'HAS_DEPENDENTS', 'BAD_USER_INPUT', 'NOT_FOUND'].includes(error.code)
      )
        return;
      throw error;
    };
    const ops: (() => Promise<unknown>)[] = [
      // the tree changes under the records
      async () => {
        const parent = rnd.pick(
          [...orgs.values()].filter((o) =>
            ['TOWNSHIP_COMMITTEE', 'STREET_WORKING_COMMITTEE'].includes(o.type),
          ),
        );
        const type = rnd.pick(allowedChildTypes(parent.type).filter((t) => PLACES.includes(t)));
        const org = await createOrganization(fresh(), {
          parentId: parent.id,
          name: `新${orgs.size}`,
          type,
          divisionCode: '150524',
        });
        orgs.set(org.id, org);
      },
      async () => {
        const org = rnd.pick(places());
        const parent = rnd.pick(
          [...orgs.values()].filter((o) => allowedChildTypes(o.type).includes(org.type)),
        );
        if (!parent) return;
        await moveOrganization(fresh(), org.id, org.version, parent.id);
      },
      async () => {
        const org = rnd.pick(places());
        await deleteOrganization(fresh(), org.id, org.version);
        orgs.delete(org.id);
      },
      // grids
      async () => {
        const grid = await createGrid(fresh(), {
          name: `网格${grids.size}`,
          organizationId: rnd.pick(places()).id,
          households: Math.floor(rnd.next() * 300),
          buildings: Math.floor(rnd.next() * 20),
          staff: staff(),
        });
        grids.set(grid.id, grid);
      },
      async () => {
        const grid = rnd.pick([...grids.values()]);
        if (!grid) return;
        const updated = await updateGrid(fresh(), grid.id, grid.version, {
          households: Math.floor(rnd.next() * 300),
          staff: rnd.next() < 0.5 ? staff() : grid.staff,
        });
        grids.set(grid.id, updated);
      },
      async () => {
        const grid = rnd.pick([...grids.values()]);
        if (!grid) return;
        await deleteGrid(fresh(), grid.id, grid.version);
        grids.delete(grid.id);
      },
      // members
      async () => {
        const grid = rnd.next() < 0.7 ? rnd.pick([...grids.values()]) : undefined;
        const member = await createMember(fresh(), {
          name: `党员${members.size}`,
          organizationId: rnd.pick([...orgs.values()]).id,
          gridId: grid?.id ?? null,
        });
        members.set(member.id, member);
      },
      async () => {
        const member = rnd.pick([...members.values()]);
        if (!member) return;
        const grid = rnd.next() < 0.7 ? rnd.pick([...grids.values()]) : undefined;
        const updated = await updateMember(fresh(), member.id, member.version, {
          gridId: grid?.id ?? null,
          ...(rnd.next() < 0.3 ? { organizationId: rnd.pick([...orgs.values()]).id } : {}),
        });
        members.set(member.id, updated);
      },
      async () => {
        const member = rnd.pick([...members.values()]);
        if (!member) return;
        const c = rnd.pick(member.commitments);
        const updated =
          c && rnd.next() < 0.6
            ? await updateMemberCommitment(fresh(), member.id, member.version, c.id, {
                status: rnd.pick(COMMITMENT_TRANSITIONS[c.status]) ?? c.status,
              })
            : await addMemberCommitment(fresh(), member.id, member.version, {
                text: '每月走访',
              });
        members.set(member.id, updated);
      },
      async () => {
        const member = rnd.pick([...members.values()]);
        if (!member) return;
        await deleteMember(fresh(), member.id, member.version);
        members.delete(member.id);
      },
      // requests
      async () => {
        const origin = rnd.pick(
          rnd.next() < 0.8 ? places() : [...orgs.values()].filter((o) => !PLACES.includes(o.type)),
        );
        const grid = rnd.pick([...grids.values()].filter((g) => g.organizationId === origin.id));
        const request = await createRequest(fresh(), {
          organizationId: origin.id,
          title: `诉求${requests.size}`,
          category: '基础设施',
          description: '随机诉求',
          source: rnd.pick(REQUEST_SOURCES),
          gridId: grid && rnd.next() < 0.7 ? grid.id : null,
          deadline: rnd.next() < 0.7 ? day(Math.floor(rnd.next() * 20) - 5) : null,
          disclosed: rnd.next() < 0.5,
        });
        requests.set(request.id, request);
      },
      async () => {
        const request = rnd.pick([...requests.values()]);
        if (!request) return;
        const to = rnd.pick(REQUEST_TRANSITIONS[request.status]);
        if (!to) return;
        const updated = await transitionRequest(fresh(), request.id, request.version, {
          to,
          ...(to === 'ESCALATED' ? { reason: '本级无法解决' } : {}),
          ...(to === 'CLOSED'
            ? {
                evaluation: rnd.pick(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const),
              }
            : {}),
        });
        requests.set(request.id, updated);
      },
      async () => {
        const request = rnd.pick([...requests.values()]);
        if (!request) return;
        const updated = await updateRequest(fresh(), request.id, request.version, {
          deadline: rnd.next() < 0.8 ? day(Math.floor(rnd.next() * 20) - 10) : null,
          source: rnd.pick(REQUEST_SOURCES),
          disclosed: rnd.next() < 0.5,
        });
        requests.set(request.id, updated);
      },
      async () => {
        const request = rnd.pick([...requests.values()]);
        if (!request) return;
        await deleteRequest(fresh(), request.id, request.version);
        requests.delete(request.id);
      },
    ];
    const weights = [2, 2, 1, 4, 2, 1, 3, 2, 3, 1, 5, 10, 2, 1];
    const done = ops.map(() => 0);
    const weighted = ops.flatMap((op, i) =>
      Array.from(
        { length: weights[i] as number },
        () => () =>
          op().then(() => {
            done[i] = (done[i] ?? 0) + 1;
          }),
      ),
    );
    const reload = async <T extends { id: string }>(
      map: Map<string, T>,
      load: (s: Session, id: string) => Promise<T | null>,
    ) => {
      const s = fresh();
      for (const [id] of map) {
        const now = await load(s, id);
        if (now) map.set(id, now);
        else map.delete(id);
      }
    };
    for (; round < 50; round++) {
      // five at a time: they race on shared ancestors and on the same records
      await Promise.all(Array.from({ length: 5 }, () => rnd.pick(weighted)().catch(tolerated)));
      await reload(orgs, (s, id) => s.fresh.organizations.load(id));
      await reload(grids, (s, id) => s.fresh.grids.load(id));
      await reload(members, (s, id) => s.fresh.members.load(id));
      await reload(requests, (s, id) => s.fresh.requests.load(id));
    }
    expect(await rollupDifferences(stack.db)).toEqual([]);
    expect(
      done.every((n) => n > 0),
      `successes per operation: ${done}`,
    ).toBe(true);
  });
});
