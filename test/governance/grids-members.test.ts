import { createOrganization, createRequest, moveOrganization } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { rollupDifferences } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, type Ladder, ladder } from './fixture.ts';

let stack: TestStack;
let l: Ladder;

beforeAll(async () => {
  stack = await testStack();
  l = await ladder(stack);
});

const GRID = `id version name households staffingComplete organization { name }
  staff { id role name phone partyMember }`;

const STATS = `stats { grids { total households staff partyStaff partyStaffShare villages communities coveredVillages coveredCommunities coverage byRole { role count partyMembers } }
  members { registered reported commitments commitmentsFulfilled } }`;

const stats = async (orgId: string) =>
  (
    await stack.ok(`query($id: ID!) { organization(id: $id) { ${STATS} } }`, {
      id: gid('Organization', orgId),
    })
  ).organization.stats;

const org = (parentId: string, name: string, type: string) =>
  createOrganization(stack.session(), {
    parentId,
    name,
    type: type as never,
    divisionCode: '150524',
  });

describe('grids', () => {
  it('staffs a grid 一格一长一警一专多兼, shows phones masked, and counts staff, party share and coverage', async () => {
    const township = await org(l.county.id, '先进苏木', 'TOWNSHIP_COMMITTEE');
    // three villages, two of them divided into grids
    const [a, b] = await Promise.all(
      ['一', '二', '三'].map((n) => org(township.id, `第${n}嘎查`, 'VILLAGE_COMMITTEE')),
    );
    const created = await stack.ok(
      `mutation($input: CreateGridInput!) { createGrid(input: $input) { ${GRID} } }`,
      {
        input: {
          name: '第一嘎查网格',
          organizationId: gid('Organization', a?.id as string),
          households: 120,
          staff: [
            { role: 'HEAD', name: '网格长', phone: '13912345678', partyMember: true },
            { role: 'POLICE', name: '社区民警', phone: '0475-1234567', partyMember: true },
            { role: 'SPECIALIST', name: '专职网格员', partyMember: false },
            { role: 'PART_TIME', name: '兼职网格员甲', partyMember: false },
            { role: 'PART_TIME', name: '兼职网格员乙', partyMember: false },
          ],
        },
      },
    );
    const grid = created.createGrid;
    expect(grid).toMatchObject({ households: 120, staffingComplete: true });
    expect(grid.staff.map((s: any) => s.phone)).toEqual([
      '139****5678',
      '0475-***4567',
      null,
      null,
      null,
    ]);
    await stack.ok(`mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`, {
      input: {
        name: '第二嘎查网格',
        organizationId: gid('Organization', b?.id as string),
        households: 80,
        staff: [{ role: 'HEAD', name: '网格长乙', partyMember: false }],
      },
    });
    const figures = await stats(township.id);
    expect(figures.grids).toMatchObject({
      total: 2,
      households: 200,
      staff: 6,
      partyStaff: 2,
      partyStaffShare: 2 / 6,
      villages: 3,
      coveredVillages: 2,
      coverage: 2 / 3,
    });
    // the staff come back as shown (masked): the stored phones stay, and an admin may reveal them
    const staff = grid.staff.map(({ id, role, name, phone, partyMember }: any) => ({
      id,
      role,
      name,
      phone,
      partyMember,
    }));
    const updated = await stack.ok(
      `mutation($id: ID!, $staff: [GridStaffInput!]) { updateGrid(id: $id, version: 1, input: { staff: $staff, households: 130 }) { ${GRID} } }`,
      {
        id: grid.id,
        staff: [...staff.slice(0, 2), { role: 'PART_TIME', name: '新兼职', partyMember: true }],
      },
    );
    expect(updated.updateGrid.staffingComplete).toBe(false);
    const revealed = await stack.ok(
      `mutation($id: ID!) { revealPersonalInformation(id: $id, field: GRID_STAFF_PHONE) }`,
      { id: updated.updateGrid.staff[0].id },
    );
    expect(revealed.revealPersonalInformation).toBe('13912345678');
    expect((await stats(township.id)).grids).toMatchObject({
      staff: 4,
      partyStaff: 3,
      households: 210,
    });
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });

  it('divides villages and communities only, and keeps their type while they have grids', async () => {
    const wrong = await stack.gql(
      `mutation($o: ID!) { createGrid(input: { name: "镇网格", organizationId: $o }) { id } }`,
      { o: gid('Organization', l.township.id) },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'organizationId' }],
    });
    const village = await stack.ok(`query($id: ID!) { organization(id: $id) { version } }`, {
      id: gid('Organization', l.village.id),
    });
    const retype = await stack.gql(
      `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, input: { type: COMMUNITY_COMMITTEE }) { id } }`,
      { id: gid('Organization', l.village.id), v: village.organization.version },
    );
    expect(retype.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('type');
    const remove = await stack.gql(
      `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`,
      { id: gid('Organization', l.village.id), v: village.organization.version },
    );
    expect(remove.errors?.[0]?.extensions).toMatchObject({ code: 'HAS_DEPENDENTS', grids: 1 });
  });
});

describe('members reporting to grids (双报到)', () => {
  it('counts a member where it belongs and where it reports, with its commitments', async () => {
    const agency = await org(l.county.id, '库伦旗信访局党支部', 'AGENCY');
    const before = await stats(l.township.id);
    const created = await stack.ok(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { id version phone reported organization { name } grid { name } } }`,
      {
        input: {
          name: '在职党员（示例）',
          phone: '13712345678',
          organizationId: gid('Organization', agency.id),
          gridId: gid('Grid', l.grid.id),
          post: '红色楼栋长',
        },
      },
    );
    const member = created.createMember;
    expect(member).toMatchObject({
      phone: '137****5678',
      reported: true,
      organization: { name: '库伦旗信访局党支部' },
      grid: { name: '九家子村第一网格' },
    });
    const pledged = await stack.ok(
      `mutation($id: ID!) { addMemberCommitment(memberId: $id, version: 1, input: { text: "每月走访联系户", dueDate: "2021-12-31" }) { version commitments { id status allowedNextStatuses } } }`,
      { id: member.id },
    );
    const commitment = pledged.addMemberCommitment.commitments[0];
    expect(commitment.allowedNextStatuses).toEqual(['IN_PROGRESS', 'FULFILLED', 'DROPPED']);
    const fulfilled = await stack.ok(
      `mutation($id: ID!) { updateMemberCommitment(id: $id, version: 2, input: { status: FULFILLED }) { version commitments { status } } }`,
      { id: commitment.id },
    );
    expect(fulfilled.updateMemberCommitment.commitments).toEqual([{ status: 'FULFILLED' }]);
    const backwards = await stack.gql(
      `mutation($id: ID!) { updateMemberCommitment(id: $id, version: 3, input: { status: PLEDGED }) { version } }`,
      { id: commitment.id },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'status' }],
    });
    // reported to a grid under the township, belonging to an agency beside it
    const after = await stats(l.township.id);
    expect(after.members).toEqual({
      registered: before.members.registered,
      reported: before.members.reported + 1,
      commitments: before.members.commitments + 1,
      commitmentsFulfilled: before.members.commitmentsFulfilled + 1,
    });
    expect((await stats(l.county.id)).members.registered).toBeGreaterThan(0);

    // the village sees the member through its grid and may track its commitments, not transfer it
    const village = l.tokens.village;
    const seen = await stack.ok(
      `query($id: ID!) { member(id: $id) { name organization { name } } }`,
      { id: member.id },
      { token: village },
    );
    expect(seen.member).toEqual({ name: '在职党员（示例）', organization: null });
    const transfer = await stack.gql(
      `mutation($id: ID!, $o: ID!) { updateMember(id: $id, version: 3, input: { organizationId: $o }) { id } }`,
      { id: member.id, o: gid('Organization', l.village.id) },
      { token: village },
    );
    expect(transfer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // the grid cannot go while the member reports to it
    const gone = await stack.gql(`mutation($id: ID!) { deleteGrid(id: $id, version: 1) { id } }`, {
      id: gid('Grid', l.grid.id),
    });
    expect(gone.errors?.[0]?.extensions).toMatchObject({
      code: 'HAS_DEPENDENTS',
      reportedMembers: 1,
    });
    const left = await stack.ok(
      `mutation($id: ID!) { updateMember(id: $id, version: 3, input: { gridId: null }) { reported reportedAt } }`,
      { id: member.id },
    );
    expect(left.updateMember).toEqual({ reported: false, reportedAt: null });
    expect((await stats(l.township.id)).members.reported).toBe(before.members.reported);
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });
});

describe('moves', () => {
  it('take grids, members and requests along, paths and counters both', async () => {
    const s = stack.session();
    const from = await org(l.county.id, '旧苏木', 'TOWNSHIP_COMMITTEE');
    const to = await org(l.county.id, '新苏木', 'TOWNSHIP_COMMITTEE');
    const village = await org(from.id, '被调整嘎查', 'VILLAGE_COMMITTEE');
    const grid = await stack.ok(
      `mutation($o: ID!) { createGrid(input: { name: "调整网格", organizationId: $o, staff: [{ role: HEAD, name: "网格长", partyMember: true }] }) { id } }`,
      { o: gid('Organization', village.id) },
    );
    await stack.ok(
      `mutation($o: ID!, $g: ID!) { createMember(input: { name: "党员", organizationId: $o, gridId: $g }) { id } }`,
      { o: gid('Organization', village.id), g: grid.createGrid.id },
    );
    await createRequest(s, {
      organizationId: village.id,
      title: '道路硬化',
      category: '基础设施',
      description: '村道未硬化',
      source: 'GRID_PATROL',
      deadline: '2021-01-01',
    });
    const figures = async (id: string) => {
      const st = await stats(id);
      const requests = (
        await stack.ok(
          `query($id: ID!) { organization(id: $id) { stats { requests { received overdue } } } }`,
          {
            id: gid('Organization', id),
          },
        )
      ).organization.stats.requests;
      return {
        grids: st.grids.total,
        covered: st.grids.coveredVillages,
        reported: st.members.reported,
        ...requests,
      };
    };
    expect(await figures(from.id)).toEqual({
      grids: 1,
      covered: 1,
      reported: 1,
      received: 1,
      overdue: 1,
    });
    await moveOrganization(s, village.id, village.version, to.id);
    expect(await figures(from.id)).toEqual({
      grids: 0,
      covered: 0,
      reported: 0,
      received: 0,
      overdue: 0,
    });
    expect(await figures(to.id)).toEqual({
      grids: 1,
      covered: 1,
      reported: 1,
      received: 1,
      overdue: 1,
    });
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });

  it('leave a request escalated above the moved village with the level holding it', async () => {
    const s = stack.session();
    const from = await org(l.county.id, '原苏木', 'TOWNSHIP_COMMITTEE');
    const to = await org(l.county.id, '现苏木', 'TOWNSHIP_COMMITTEE');
    const village = await org(from.id, '划转嘎查', 'VILLAGE_COMMITTEE');
    const request = await createRequest(s, {
      organizationId: village.id,
      title: '水井维修',
      category: '基础设施',
      description: '水井坏了',
      source: 'VISIT',
    });
    const id = gid('Request', request.id);
    const step = `mutation($id: ID!, $v: Int!, $input: RequestTransitionInput!) { transitionRequest(id: $id, version: $v, input: $input) { version handlingOrganizationName } }`;
    await stack.ok(step, { id, v: 1, input: { to: 'ESCALATED', reason: '村级无法解决' } });
    await moveOrganization(s, village.id, village.version, to.id);
    const [fromToken, toToken] = await Promise.all(
      [from, to].map((t) => stack.tokenFor('ORG_ADMIN', t.id)),
    );
    const read = `query($id: ID!) { request(id: $id) { viewerCanAct originOrganization { name } originOrganizationName handlingOrganizationName } }`;
    // the township that took it on keeps it, sees it and acts on it; the village's new one reads it
    expect((await stack.ok(read, { id }, { token: fromToken })).request).toEqual({
      viewerCanAct: true,
      originOrganization: null,
      originOrganizationName: '划转嘎查',
      handlingOrganizationName: '原苏木',
    });
    expect((await stack.ok(read, { id }, { token: toToken })).request).toMatchObject({
      viewerCanAct: false,
      originOrganization: { name: '划转嘎查' },
    });
    const inbox = await stack.ok(
      `query($h: ID!) { requests(filter: { handlingOrganizationId: $h }) { edges { node { title } } } }`,
      { h: gid('Organization', from.id) },
      { token: fromToken },
    );
    expect(inbox.requests.edges).toEqual([{ node: { title: '水井维修' } }]);
    const accepted = await stack.ok(
      step,
      { id, v: 2, input: { to: 'ACCEPTED' } },
      { token: fromToken },
    );
    expect(accepted.transitionRequest.handlingOrganizationName).toBe('原苏木');
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });
});
