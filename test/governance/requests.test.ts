import {
  createOrganization,
  type Organization,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  type RequestStatus,
} from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawId } from '../support/ids.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, type Ladder, ladder, REQUEST_FIELDS } from './fixture.ts';

let stack: TestStack;
let l: Ladder;
/** Below the village: a grid branch, where the village may hand a request down. */
let branch: Organization;

beforeAll(async () => {
  stack = await testStack();
  l = await ladder(stack);
  branch = await createOrganization(stack.session(), {
    parentId: l.village.id,
    name: '九家子村第一网格党支部',
    type: 'GRID_BRANCH',
    divisionCode: '150524',
  });
});

const create = async (extra: Record<string, unknown> = {}, token?: string) =>
  (
    await stack.ok(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      {
        input: {
          organizationId: gid('Organization', l.village.id),
          title: '耕地未能通电，庄稼不能浇灌',
          category: '基础设施',
          description: '九家子村90余户农户的2000亩耕地没有通电。',
          source: 'VISIT',
          gridId: gid('Grid', l.grid.id),
          resident: { name: '张秀国', phone: '13812345678' },
          ...extra,
        },
      },
      token ? { token } : undefined,
    )
  ).createRequest;

const move = (id: string, version: number, input: Record<string, unknown>, token?: string) =>
  stack.gql(
    `mutation($id: ID!, $version: Int!, $input: RequestTransitionInput!) { transitionRequest(id: $id, version: $version, input: $input) { ${REQUEST_FIELDS} } }`,
    { id, version, input },
    token ? { token } : undefined,
  );

const ok = async (...args: Parameters<typeof move>) => {
  const result = await move(...args);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.transitionRequest;
};

/**
 * What each target needs besides `to`. Handing down takes an organization below the level
 * holding the request: the village below the township, the branch below the village.
 */
const extras = (to: RequestStatus, holder: 'village' | 'township' = 'village') =>
  to === 'ESCALATED'
    ? { reason: '村级无法解决' }
    : to === 'CLOSED'
      ? { evaluation: 'SATISFIED' }
      : to === 'ASSIGNED'
        ? {
            toOrganizationId: gid('Organization', holder === 'township' ? l.village.id : branch.id),
          }
        : {};

describe('requests', () => {
  it('goes RECEIVED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED, each step on the timeline', async () => {
    const r = await create();
    expect(r).toMatchObject({
      status: 'RECEIVED',
      version: 1,
      allowedTransitions: ['ACCEPTED', 'ASSIGNED', 'ESCALATED'],
      resident: { name: '张**', phone: '138****5678' },
    });
    let current = r;
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const) {
      current = await ok(r.id, current.version, { to, note: `到${to}`, ...extras(to) });
      expect(current.status).toBe(to);
    }
    expect(current.allowedTransitions).toEqual([]);
    expect(current.timeline.edges.map((e: any) => [e.node.from, e.node.to])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'ACCEPTED'],
      ['ACCEPTED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'RESOLVED'],
      ['RESOLVED', 'CLOSED'],
    ]);
    expect(current.timeline.edges.at(-1).node.evaluation).toBe('SATISFIED');
  });

  it('refuses every illegal step with BAD_USER_INPUT naming the allowed ones, and takes every legal one', async () => {
    // reach each status, then try every target from it; the steps leave it at the village,
    // except an escalation, which leaves it at the township
    const reach: Record<RequestStatus, RequestStatus[]> = {
      RECEIVED: [],
      ACCEPTED: ['ACCEPTED'],
      IN_PROGRESS: ['ACCEPTED', 'IN_PROGRESS'],
      RESOLVED: ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED'],
      CLOSED: ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'],
      ESCALATED: ['ESCALATED'],
      ASSIGNED: ['ESCALATED', 'ASSIGNED'],
    };
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        const r = await create();
        let version = r.version;
        let holder: 'village' | 'township' = 'village';
        for (const step of reach[from]) {
          version = (await ok(r.id, version, { to: step, ...extras(step, holder) })).version;
          holder = step === 'ESCALATED' ? 'township' : 'village';
        }
        const result = await move(r.id, version, { to, ...extras(to, holder) });
        if (REQUEST_TRANSITIONS[from].includes(to)) {
          expect(result.errors, `${from} → ${to}`).toBeUndefined();
          expect(result.data?.transitionRequest.status).toBe(to);
        } else {
          const error = result.errors?.[0];
          expect(error?.extensions?.code, `${from} → ${to}`).toBe('BAD_USER_INPUT');
          expect(error?.extensions?.fields[0].path).toBe('to');
          for (const allowed of REQUEST_TRANSITIONS[from])
            expect(error?.message).toContain(allowed);
        }
      }
    }
  });
});

describe('escalation', () => {
  it('goes village → township → banner → city, each level acting in turn and keeping sight of the history', async () => {
    const r = await create({}, l.tokens.village);
    const read = async (token: string) =>
      (
        await stack.gql(
          `query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`,
          { id: r.id },
          { token },
        )
      ).data?.request;
    let version = r.version;
    const ladder = [
      ['village', '九家子村两委研究，村级无法解决'],
      ['township', '镇党委政府例会研判，需旗里协调资金'],
      ['county', '旗委政府需市里统筹'],
    ] as const;
    for (const [level, reason] of ladder) {
      const token = l.tokens[level];
      const accepted =
        level === 'village' ? { version } : await ok(r.id, version, { to: 'ACCEPTED' }, token);
      const escalated = await ok(r.id, accepted.version, { to: 'ESCALATED', reason }, token);
      version = escalated.version;
      // the level that passed it on may read it, not act on it
      const after = await read(token);
      expect(after).toMatchObject({ status: 'ESCALATED', viewerCanAct: false });
      const refused = await move(r.id, version, { to: 'ACCEPTED' }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const atCity = await read(l.tokens.city);
    expect(atCity).toMatchObject({
      escalations: 3,
      handlingOrganizationName: '中共通辽市委员会',
      viewerCanAct: true,
      allowedTransitions: ['ACCEPTED', 'ASSIGNED'],
    });
    // the top level cannot escalate further
    const top = await move(r.id, version, { to: 'ESCALATED', reason: '再上报' }, l.tokens.city);
    expect(top.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(top.errors?.[0]?.message).toContain('no level above');
    let v = version;
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const) {
      v = (await ok(r.id, v, { to, ...extras(to) }, l.tokens.city)).version;
    }
    // the village, where it arose, still reads every step
    const history = await read(l.tokens.village);
    expect(history.status).toBe('CLOSED');
    expect(
      history.timeline.edges.map((e: any) => [
        e.node.to,
        e.node.organizationName,
        e.node.toOrganizationName,
      ]),
    ).toEqual([
      ['RECEIVED', '九家子村党组织', null],
      ['ESCALATED', '九家子村党组织', '六家子镇党委'],
      ['ACCEPTED', '六家子镇党委', null],
      ['ESCALATED', '六家子镇党委', '中共库伦旗委员会'],
      ['ACCEPTED', '中共库伦旗委员会', null],
      ['ESCALATED', '中共库伦旗委员会', '中共通辽市委员会'],
      ['ACCEPTED', '中共通辽市委员会', null],
      ['IN_PROGRESS', '中共通辽市委员会', null],
      ['RESOLVED', '中共通辽市委员会', null],
      ['CLOSED', '中共通辽市委员会', null],
    ]);
    expect(history.timeline.edges[1].node.reason).toBe('九家子村两委研究，村级无法解决');
    // a sibling village sees none of it
    const other = await stack.ok(
      `mutation { createOrganization(input: { parentId: "${gid('Organization', l.township.id)}", name: "六家子村党组织", type: VILLAGE_COMMITTEE, divisionCode: "150524" }) { id } }`,
    );
    const outsider = await stack.tokenFor('ORG_ADMIN', rawId(other.createOrganization.id));
    expect(await read(outsider)).toBeNull();
  });

  it('needs a reason to escalate and the resident’s evaluation to close', async () => {
    const r = await create();
    const noReason = await move(r.id, 1, { to: 'ESCALATED' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'reason' }],
    });
    let v = 1;
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED'] as const)
      v = (await ok(r.id, v, { to })).version;
    const noEvaluation = await move(r.id, v, { to: 'CLOSED' });
    expect(noEvaluation.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'evaluation' }],
    });
    const reopened = await ok(r.id, v, { to: 'IN_PROGRESS', note: '群众反映仍未解决' });
    expect(reopened.status).toBe('IN_PROGRESS');
  });
});

describe('concurrent actions on one request', () => {
  it('let exactly one win; the others get CONFLICT and change nothing', async () => {
    const r = await create();
    const tries = [
      'ACCEPTED',
      'ACCEPTED',
      'ESCALATED',
      'ACCEPTED',
      'ESCALATED',
      'ACCEPTED',
    ] as const;
    const results = await Promise.all(tries.map((to) => move(r.id, 1, { to, ...extras(to) })));
    const won = results.filter((x) => !x.errors);
    const lost = results.filter((x) => x.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((x) => x.errors?.[0]?.extensions?.code)).toEqual(
      Array(tries.length - 1).fill('CONFLICT'),
    );
    const now = (
      await stack.ok(`query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`, { id: r.id })
    ).request;
    expect(now.version).toBe(2);
    expect(now.timeline.edges).toHaveLength(2);
    expect(now.status).toBe(won[0]?.data?.transitionRequest.status);
  });
});

describe('deadlines, edits and deletion', () => {
  it('derives overdue from the deadline while open, and counts it in the figures', async () => {
    const before = (
      await stack.ok(
        `query($id: ID!) { organization(id: $id) { stats { requests { overdue open } } } }`,
        {
          id: gid('Organization', l.township.id),
        },
      )
    ).organization.stats.requests;
    const r = await create({ deadline: '2021-06-30' });
    expect(r.overdue).toBe(true);
    const stats = async () =>
      (
        await stack.ok(
          `query($id: ID!) { organization(id: $id) { stats { requests { overdue open } } } }`,
          {
            id: gid('Organization', l.township.id),
          },
        )
      ).organization.stats.requests;
    expect(await stats()).toEqual({ overdue: before.overdue + 1, open: before.open + 1 });
    const later = await stack.ok(
      `mutation($id: ID!) { updateRequest(id: $id, version: 1, input: { deadline: "2099-12-31" }) { version overdue deadline } }`,
      { id: r.id },
    );
    expect(later.updateRequest).toEqual({ version: 2, overdue: false, deadline: '2099-12-31' });
    expect(await stats()).toEqual({ overdue: before.overdue, open: before.open + 1 });
    const overdueList = await stack.ok(
      `query($id: ID!) { requests(filter: { under: $id, overdue: true }, first: 100) { totalCount edges { node { id overdue } } } }`,
      { id: gid('Organization', l.township.id) },
    );
    expect(overdueList.requests.totalCount).toBe(before.overdue);
    expect(overdueList.requests.edges.every((e: any) => e.node.overdue)).toBe(true);
  });

  it('finds requests by part of their category, without a count no counter holds', async () => {
    const water = await create({ category: '饮水安全', title: '自来水浑浊' });
    await create({ category: '道路交通', title: '村路坑洼' });
    const found = await stack.ok(
      `query($id: ID!) { requests(filter: { under: $id, category: "饮水" }, first: 100) { totalCount edges { node { id category } } } }`,
      { id: gid('Organization', l.township.id) },
    );
    expect(found.requests.totalCount).toBeNull();
    expect(found.requests.edges.map((e: any) => e.node)).toEqual([
      { id: water.id, category: '饮水安全' },
    ]);
  });

  it('keeps the resident masked, keeps the stored contact when the mask comes back, and reveals it to administrators only', async () => {
    const r = await create();
    const updated = await stack.ok(
      `mutation($id: ID!) { updateRequest(id: $id, version: 1, input: { resident: { name: "张**", phone: "138****5678" }, title: "耕地通电" }) { title resident { name phone } } }`,
      { id: r.id },
    );
    expect(updated.updateRequest).toEqual({
      title: '耕地通电',
      resident: { name: '张**', phone: '138****5678' },
    });
    const reveal = (field: string, token?: string) =>
      stack.gql(
        `mutation($id: ID!, $field: PersonalField!) { revealPersonalInformation(id: $id, field: $field) }`,
        { id: r.id, field },
        token ? { token } : undefined,
      );
    expect((await reveal('RESIDENT_PHONE')).data?.revealPersonalInformation).toBe('13812345678');
    expect((await reveal('RESIDENT_NAME', l.tokens.village)).data?.revealPersonalInformation).toBe(
      '张秀国',
    );
    const editor = await stack.tokenFor('EDITOR', l.village.id);
    expect((await reveal('RESIDENT_PHONE', editor)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const audit = await stack.ok(
      `query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { operation changes { field after } } } } }`,
      { id: r.id },
    );
    const operations = audit.auditLog.edges.map((e: any) => e.node.operation);
    expect(operations.filter((o: string) => o === 'revealPersonalInformation')).toHaveLength(2);
    // the trail keeps the contact masked too
    expect(JSON.stringify(audit)).not.toContain('13812345678');
  });

  it('deletes a request recorded by mistake, but never one with a history', async () => {
    const r = await create();
    const moved = await ok(r.id, 1, { to: 'ACCEPTED' });
    const refused = await stack.gql(
      `mutation($id: ID!) { deleteRequest(id: $id, version: 2) { id } }`,
      {
        id: r.id,
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(moved.version).toBe(2);
    const fresh = await create();
    const deleted = await stack.ok(
      `mutation($id: ID!) { deleteRequest(id: $id, version: 1) { id } }`,
      {
        id: fresh.id,
      },
    );
    expect(deleted.deleteRequest.id).toBe(fresh.id);
    expect(
      (await stack.ok(`query($id: ID!) { request(id: $id) { id } }`, { id: fresh.id })).request,
    ).toBeNull();
  });
});
