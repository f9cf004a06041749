import { createOrganization, type Organization } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, type Ladder, ladder, REQUEST_FIELDS } from './fixture.ts';

// 交办: a level hands a request it holds down to an organization below it (a department or
// a lower level), where it waits as ASSIGNED until that organization accepts it.

let stack: TestStack;
let l: Ladder;
/** The township's agricultural service centre: a department (机关事业单位党组织) below it. */
let agency: Organization;
/** A branch of that department: its type holds no organizations. */
let agencyBranch: Organization;
/** A village of another township: beside the ladder, not below its township. */
let elsewhere: Organization;
let tokens: { agency: string; agencyBranch: string };

beforeAll(async () => {
  stack = await testStack();
  l = await ladder(stack);
  const s = stack.session();
  agency = await createOrganization(s, {
    parentId: l.township.id,
    name: '六家子镇农业综合服务中心党支部',
    type: 'AGENCY',
    divisionCode: '150524',
  });
  agencyBranch = await createOrganization(s, {
    parentId: agency.id,
    name: '农机站党支部',
    type: 'BRANCH',
    divisionCode: '150524',
  });
  const other = await createOrganization(s, {
    parentId: l.county.id,
    name: '茫汗苏木党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150524',
  });
  elsewhere = await createOrganization(s, {
    parentId: other.id,
    name: '巴彦塔拉嘎查党支部',
    type: 'VILLAGE_COMMITTEE',
    divisionCode: '150524',
  });
  tokens = {
    agency: await stack.tokenFor('ORG_ADMIN', agency.id),
    agencyBranch: await stack.tokenFor('ORG_ADMIN', agencyBranch.id),
  };
});

const org = (o: { id: string }) => gid('Organization', o.id);

const create = async (receivedBy: { id: string }, token: string) =>
  (
    await stack.ok(
      `mutation($input: CreateRequestInput!) { createRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      {
        input: {
          organizationId: org(receivedBy),
          title: '村道路灯不亮',
          category: '基础设施',
          description: '村口到学校的路灯坏了一个月。',
          source: 'HOTLINE',
        },
      },
      { token },
    )
  ).createRequest;

const move = (id: string, version: number, input: Record<string, unknown>, token: string) =>
  stack.gql(
    `mutation($id: ID!, $version: Int!, $input: RequestTransitionInput!) { transitionRequest(id: $id, version: $version, input: $input) { ${REQUEST_FIELDS} } }`,
    { id, version, input },
    { token },
  );

const ok = async (...args: Parameters<typeof move>) => {
  const result = await move(...args);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.transitionRequest;
};

const read = async (id: string, token: string) =>
  (await stack.gql(`query($id: ID!) { request(id: $id) { ${REQUEST_FIELDS} } }`, { id }, { token }))
    .data?.request;

const refusal = async (...args: Parameters<typeof move>) => {
  const error = (await move(...args)).errors?.[0];
  return {
    code: error?.extensions?.code,
    fields: (error?.extensions?.fields as { path: string; message: string }[] | undefined)?.map(
      (f) => [f.path, f.message],
    ),
  };
};

describe('handing a request down (交办)', () => {
  it('goes from the township that received it to a village, which accepts and solves it', async () => {
    const r = await create(l.township, l.tokens.township);
    const assigned = await ok(
      r.id,
      r.version,
      { to: 'ASSIGNED', toOrganizationId: org(l.village), note: '请村两委三日内核实' },
      l.tokens.township,
    );
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      handlingOrganizationName: '九家子村党组织',
      // the township may still act, as on anything its villages hold
      viewerCanAct: true,
    });
    expect(assigned.timeline.edges.at(-1).node).toMatchObject({
      from: 'RECEIVED',
      to: 'ASSIGNED',
      organizationName: '六家子镇党委',
      toOrganizationName: '九家子村党组织',
      note: '请村两委三日内核实',
    });
    // the village sees it, may act, and may accept, hand it further down or escalate it
    expect(await read(r.id, l.tokens.village)).toMatchObject({
      status: 'ASSIGNED',
      viewerCanAct: true,
      allowedTransitions: ['ACCEPTED', 'ASSIGNED', 'ESCALATED'],
    });
    let version = assigned.version;
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED'] as const)
      version = (await ok(r.id, version, { to }, l.tokens.village)).version;
    const solved = await read(r.id, l.tokens.township);
    expect(solved.status).toBe('RESOLVED');
    expect(solved.timeline.edges.map((e: any) => [e.node.to, e.node.organizationName])).toEqual([
      ['RECEIVED', '六家子镇党委'],
      ['ASSIGNED', '六家子镇党委'],
      ['ACCEPTED', '九家子村党组织'],
      ['IN_PROGRESS', '九家子村党组织'],
      ['RESOLVED', '九家子村党组织'],
    ]);
  });

  it('sends an escalated request to a department, which keeps sight of it after passing it back up', async () => {
    const r = await create(l.village, l.tokens.village);
    const up = await ok(
      r.id,
      r.version,
      { to: 'ESCALATED', reason: '村级无资金更换路灯' },
      l.tokens.village,
    );
    const down = await ok(
      r.id,
      up.version,
      { to: 'ASSIGNED', toOrganizationId: org(agency) },
      l.tokens.township,
    );
    expect(down).toMatchObject({
      status: 'ASSIGNED',
      escalations: 1,
      handlingOrganizationName: agency.name,
    });
    // neither its origin nor above it, the department sees it because it holds it
    expect(await read(r.id, tokens.agency)).toMatchObject({ viewerCanAct: true });
    // and below it no one is handed what they cannot see
    expect(await read(r.id, tokens.agencyBranch)).toBeNull();
    const back = await ok(
      r.id,
      down.version,
      { to: 'ESCALATED', reason: '需镇政府统筹资金' },
      tokens.agency,
    );
    expect(back).toMatchObject({ status: 'ESCALATED', handlingOrganizationName: '六家子镇党委' });
    // it passed on, yet the department still reads it and every step, without acting
    const kept = await read(r.id, tokens.agency);
    expect(kept).toMatchObject({ status: 'ESCALATED', viewerCanAct: false });
    expect(kept.timeline.edges).toHaveLength(4);
  });

  it('counts an assigned request as open where it arose', async () => {
    const stats = async () =>
      (
        await stack.ok(
          `query($id: ID!) { organization(id: $id) { stats { requests { open byStatus { status count } } } } }`,
          { id: org(l.township) },
          { token: l.tokens.township },
        )
      ).organization.stats.requests;
    const before = await stats();
    const assignedBefore =
      before.byStatus.find((s: { status: string }) => s.status === 'ASSIGNED')?.count ?? 0;
    const r = await create(l.township, l.tokens.township);
    await ok(r.id, r.version, { to: 'ASSIGNED', toOrganizationId: org(agency) }, l.tokens.township);
    const after = await stats();
    expect(after.open).toBe(before.open + 1);
    expect(after.byStatus).toContainEqual({ status: 'ASSIGNED', count: assignedBefore + 1 });
  });

  it('refuses a missing organization, the level itself, one above or beside it, and an organization on another step', async () => {
    const r = await create(l.township, l.tokens.township);
    const assign = (toOrganizationId?: string) =>
      refusal(
        r.id,
        r.version,
        { to: 'ASSIGNED', ...(toOrganizationId ? { toOrganizationId } : {}) },
        l.tokens.township,
      );
    expect(await assign()).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        ['toOrganizationId', 'Choose the organization below this level to hand it to (交办单位).'],
      ],
    });
    for (const target of [l.township, l.county, elsewhere]) {
      expect(await assign(org(target)), target.name).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [['toOrganizationId', `No organization ${target.id} below this level.`]],
      });
    }
    expect(
      await refusal(
        r.id,
        r.version,
        { to: 'ACCEPTED', toOrganizationId: org(l.village) },
        l.tokens.township,
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        [
          'toOrganizationId',
          'Only handing a request down (ASSIGNED) names an organization; an escalation goes to the level above.',
        ],
      ],
    });
    // nothing was written
    expect(await read(r.id, l.tokens.township)).toMatchObject({
      status: 'RECEIVED',
      version: r.version,
    });
  });

  it('offers no handing down where the type holds no organizations', async () => {
    const r = await create(agencyBranch, tokens.agencyBranch);
    expect(r.allowedTransitions).toEqual(['ACCEPTED', 'ESCALATED']);
    const refused = await move(
      r.id,
      r.version,
      { to: 'ASSIGNED', toOrganizationId: org(agency) },
      tokens.agencyBranch,
    );
    expect(refused.errors?.[0]?.message).toContain('There is no level below the one handling it.');
  });
});
