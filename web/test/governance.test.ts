import type { RaRecord } from 'ra-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../../test/support/stack.ts';
import type { GrassrootsDataProvider } from '../src/dataProvider/index.ts';
import { accountFor, consoleOver, failure, PASSWORD, rawId, type Sent } from './support/console.ts';

// Grids (网格), members reporting to them (党员报到) and residents' requests (民情诉求)
// through the data provider, against the real API (yoga.fetch over DynamoDB Local): the
// GraphQL each method sends, paging and filters, the steps of a request through two levels,
// personal information and the errors the pages show.

let stack: TestStack;
let provider: GrassrootsDataProvider;
let sent: Sent[];
let township: RaRecord;
let village: RaRecord;
let community: RaRecord;

const list = (
  resource: string,
  filter: Record<string, unknown>,
  { page = 1, perPage = 25 }: { page?: number; perPage?: number } = {},
) =>
  provider.getList(resource, {
    pagination: { page, perPage },
    sort: { field: 'id', order: 'ASC' },
    filter,
  });
const create = async (resource: string, data: Record<string, unknown>) =>
  (await provider.create(resource, { data })).data as RaRecord;
const update = async (resource: string, previous: RaRecord, data: Record<string, unknown>) =>
  (
    await provider.update(resource, {
      id: previous.id,
      data: { ...previous, ...data },
      previousData: previous,
    })
  ).data as RaRecord;

/** The console of a new account of this role, scoped to an organization, logged in. */
async function consoleAs(role: Parameters<typeof accountFor>[1], scope: RaRecord | null) {
  const account = await accountFor(stack, role, scope ? rawId(String(scope.id)) : null);
  const signed = consoleOver(stack);
  await signed.tokens.login(account.login, PASSWORD);
  return signed;
}

beforeAll(async () => {
  stack = await testStack();
  const admin = await consoleAs('REGION_ADMIN', null);
  provider = admin.provider;
  sent = admin.sent;
  const city = await create('organizations', {
    name: '中共通辽市委员会',
    type: 'CITY_COMMITTEE',
    divisionCode: '150500',
  });
  const county = await create('organizations', {
    parentId: city.id,
    name: '中共库伦旗委员会',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150524',
  });
  township = await create('organizations', {
    parentId: county.id,
    name: '六家子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150524',
  });
  village = await create('organizations', {
    parentId: township.id,
    name: '九家子村党组织',
    type: 'VILLAGE_COMMITTEE',
    divisionCode: '150524',
  });
  community = await create('organizations', {
    parentId: township.id,
    name: '六家子社区党委',
    type: 'COMMUNITY_COMMITTEE',
    divisionCode: '150524',
  });
});

describe('grids', () => {
  let grid: RaRecord;
  const staff = [
    { role: 'HEAD', name: '王网格长', phone: '13912345678', partyMember: true },
    { role: 'POLICE', name: '李警官', phone: '', partyMember: false },
    { role: 'SPECIALIST', name: '赵专干' },
    { role: 'PART_TIME', name: '孙兼职', phone: ' ', partyMember: null },
  ];

  it('creates a grid with its staff, phones masked, 一格一长一警一专多兼 complete', async () => {
    sent.length = 0;
    grid = await create('grids', {
      organizationId: village.id,
      name: '九家子村第1网格',
      households: 120,
      buildings: '',
      staff,
    });
    expect(sent[0]?.query).toContain('createGrid(input: $input)');
    expect(sent[0]?.variables.input).toEqual({
      organizationId: village.id,
      name: '九家子村第1网格',
      households: 120,
      staff: [
        { role: 'HEAD', name: '王网格长', phone: '13912345678', partyMember: true },
        { role: 'POLICE', name: '李警官', phone: null, partyMember: false },
        { role: 'SPECIALIST', name: '赵专干', phone: null, partyMember: false },
        { role: 'PART_TIME', name: '孙兼职', phone: null, partyMember: false },
      ],
    });
    expect(grid).toMatchObject({
      organizationId: village.id,
      branchId: null,
      households: 120,
      buildings: 0,
      staffingComplete: true,
      partyStaff: 1,
      version: 1,
    });
    expect(grid.staff.map((s: RaRecord) => [s.role, s.phone])).toEqual([
      ['HEAD', '139****5678'],
      ['POLICE', null],
      ['SPECIALIST', null],
      ['PART_TIME', null],
    ]);
  });

  it('saves an edit with only the changed fields; a staff phone sent back masked is kept', async () => {
    sent.length = 0;
    grid = await update('grids', grid, { name: '九家子村第一网格' });
    expect(sent[0]?.variables.input).toEqual({ name: '九家子村第一网格' });

    // the form sends the whole staff back, the head's phone masked as it showed it
    const withoutPartTimer = grid.staff.filter((s: RaRecord) => s.role !== 'PART_TIME');
    sent.length = 0;
    grid = await update('grids', grid, { staff: withoutPartTimer });
    expect(sent[0]?.variables.input.staff[0]).toEqual({
      id: withoutPartTimer[0].id,
      role: 'HEAD',
      name: '王网格长',
      phone: '139****5678',
      partyMember: true,
    });
    expect(grid).toMatchObject({ staffingComplete: false, version: 3 });
    const head = grid.staff.find((s: RaRecord) => s.role === 'HEAD');
    expect(head.phone).toBe('139****5678');
    // the stored number stayed, and its reveal is audited
    expect(await provider.revealPersonalInformation('GRID_STAFF_PHONE', head.id)).toBe(
      '13912345678',
    );
  });

  it('puts a staff member’s invalid phone on that row’s field, and a stale version is a CONFLICT', async () => {
    const bad = await failure(
      update('grids', grid, {
        staff: [...grid.staff, { role: 'PART_TIME', name: '周', phone: '123' }],
      }),
    );
    expect(bad.body.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.body.errors)).toEqual(['staff.3.phone']);

    const stale = grid;
    grid = await update('grids', grid, { households: 130 });
    const conflict = await failure(update('grids', stale, { households: 140 }));
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'CONFLICT', details: { currentVersion: 4 } });
  });

  it('saves the boundary drawn on the map as its corners, and clears it when none are left', async () => {
    // as the map input holds them, with whatever else a point object carries
    const corners = [
      { lat: 42.8101, lng: 121.7402, extra: 1 },
      { lat: 42.8103, lng: 121.7461 },
      { lat: 42.8062, lng: 121.7463 },
      { lat: 42.806, lng: 121.7405 },
    ];
    sent.length = 0;
    grid = await update('grids', grid, { boundary: corners });
    const stored = corners.map(({ lat, lng }) => ({ lat, lng }));
    expect(sent[0]?.variables.input).toEqual({ boundary: stored });
    expect(grid.boundary).toEqual(stored);

    // an edit elsewhere leaves it alone
    sent.length = 0;
    grid = await update('grids', grid, { buildings: 12 });
    expect(sent[0]?.variables.input).toEqual({ buildings: 12 });
    expect(grid.boundary).toEqual(stored);

    // the grid the request form fills in for a point: inside this boundary, under the township
    const inside = { lat: 42.808, lng: 121.743 };
    expect(await provider.gridsAt(inside, township.id)).toEqual([{ id: grid.id, name: grid.name }]);
    expect(await provider.gridsAt(inside, community.id)).toEqual([]);
    expect(await provider.gridsAt({ lat: 42.9, lng: 121.743 }, null)).toEqual([]);

    // corners clicked out of order: the field says so
    const crossed = await failure(
      update('grids', grid, { boundary: [corners[0], corners[2], corners[1], corners[3]] }),
    );
    expect(crossed.body.errors).toEqual({
      boundary: 'The boundary crosses itself: give the corners in order around the grid.',
    });

    sent.length = 0;
    grid = await update('grids', grid, { boundary: null });
    expect(sent[0]?.variables.input).toEqual({ boundary: null });
    expect(grid.boundary).toBeNull();
    expect(await provider.gridsAt(inside, township.id)).toEqual([]);
  });

  it('lists by organization, name and subtree, page by page', async () => {
    for (const n of [2, 3, 4]) {
      await create('grids', { organizationId: village.id, name: `九家子村第${n}网格` });
    }
    await create('grids', { organizationId: community.id, name: '六家子社区第1网格' });
    sent.length = 0;
    const second = await list('grids', { organizationId: village.id }, { page: 2, perPage: 3 });
    expect(second.total).toBe(4);
    const first = await list('grids', { organizationId: village.id }, { page: 1, perPage: 3 });
    expect([...first.data, ...second.data].map((g) => g.name).sort()).toEqual([
      '九家子村第2网格',
      '九家子村第3网格',
      '九家子村第4网格',
      '九家子村第一网格',
    ]);
    expect(sent.at(-1)?.variables).toMatchObject({
      first: 3,
      filter: { organizationId: village.id },
    });

    const named = await list('grids', { q: '社区', under: township.id });
    expect(sent.at(-1)?.variables.filter).toEqual({ nameContains: '社区', under: township.id });
    expect(named.data.map((g) => g.name)).toEqual(['六家子社区第1网格']);
    expect((await list('grids', { under: township.id })).total).toBe(5);

    // 未绘制 / 已绘制: whether the boundary is drawn yet, under a subtree or of one village
    const drawn = await create('grids', {
      organizationId: community.id,
      name: '六家子社区第2网格',
      boundary: [
        { lat: 42.81, lng: 121.74 },
        { lat: 42.81, lng: 121.745 },
        { lat: 42.806, lng: 121.745 },
      ],
    });
    const undrawn = await list('grids', { under: township.id, drawn: 'false' });
    expect(sent.at(-1)?.variables.filter).toEqual({ under: township.id, drawn: false });
    expect(undrawn.data).toHaveLength(5);
    expect(undrawn.data.map((g) => g.name)).not.toContain(drawn.name);
    const onMap = await list('grids', { under: township.id, drawn: 'true' });
    expect(onMap.data.map((g) => g.name)).toEqual([drawn.name]);
    expect((await list('grids', { organizationId: village.id, drawn: 'true' })).data).toEqual([]);
    // the figures below count the grids as they were
    await provider.delete('grids', { id: drawn.id, previousData: drawn });

    const { data } = await provider.getOne('grids', { id: grid.id });
    expect(data).toMatchObject({ name: '九家子村第一网格', households: 130 });
  });
});

describe('members', () => {
  let grid: RaRecord;
  let member: RaRecord;

  beforeAll(async () => {
    grid = (await list('grids', { organizationId: village.id })).data[0] as RaRecord;
  });

  it('creates a member reporting to a grid, with a post; the phone comes masked', async () => {
    sent.length = 0;
    member = await create('members', {
      name: '库伦旗信访局党员001',
      phone: '13812345678',
      organizationId: township.id,
      gridId: grid.id,
      post: '包联服务岗',
      duties: '',
    });
    expect(sent[0]?.variables.input).toEqual({
      name: '库伦旗信访局党员001',
      phone: '13812345678',
      organizationId: township.id,
      gridId: grid.id,
      post: '包联服务岗',
    });
    expect(member).toMatchObject({
      organizationId: township.id,
      gridId: grid.id,
      reported: true,
      phone: '138****5678',
      commitments: [],
    });
    expect(await provider.revealPersonalInformation('MEMBER_PHONE', member.id)).toBe('13812345678');
  });

  it('lists by grid, by organization, and by the side of the subtree (basis)', async () => {
    const other = await create('members', { name: '未报到党员', organizationId: village.id });
    expect(other).toMatchObject({ reported: false, gridId: null });
    const byGrid = await list('members', { gridId: grid.id });
    expect(byGrid.data.map((m) => m.name)).toEqual(['库伦旗信访局党员001']);
    const ofVillage = await list('members', { organizationId: village.id });
    expect(ofVillage.data.map((m) => m.name)).toEqual(['未报到党员']);
    // the village's own members (reported or not), or those reported to its grids
    const reporting = await list('members', { under: village.id, basis: 'REPORTING' });
    expect(sent.at(-1)?.variables.filter).toEqual({ under: village.id, basis: 'REPORTING' });
    expect(reporting.data.map((m) => m.name)).toEqual(['库伦旗信访局党员001']);
    expect(reporting.total).toBe(1);
    const membership = await list('members', { under: village.id, basis: 'MEMBERSHIP' });
    expect(membership.data.map((m) => m.name)).toEqual(['未报到党员']);
    // the township's members still to report (双报到 to follow up), and those who have
    const notYet = await list('members', { under: township.id, reported: 'false' });
    expect(sent.at(-1)?.variables.filter).toEqual({ under: township.id, reported: false });
    expect(notYet.data.map((m) => m.name)).toEqual(['未报到党员']);
    const done = await list('members', { under: township.id, reported: 'true' });
    expect(done.data.map((m) => m.name)).toEqual(['库伦旗信访局党员001']);
  });

  it('tracks commitments along their allowed statuses, each change on the member’s version', async () => {
    member = await provider.addMemberCommitment(member.id, member.version, {
      text: '每月走访联系楼栋住户',
      dueDate: '',
    });
    const [commitment] = member.commitments;
    expect(commitment).toMatchObject({
      text: '每月走访联系楼栋住户',
      status: 'PLEDGED',
      dueDate: null,
      allowedNextStatuses: expect.arrayContaining(['IN_PROGRESS']),
    });
    member = await provider.updateMemberCommitment(commitment.id, member.version, {
      status: 'IN_PROGRESS',
    });
    member = await provider.updateMemberCommitment(commitment.id, member.version, {
      status: 'FULFILLED',
    });
    expect(member.commitments[0]).toMatchObject({ status: 'FULFILLED' });
    const back = await failure(
      provider.updateMemberCommitment(commitment.id, member.version, { status: 'PLEDGED' }),
    );
    expect(back.body.errors).toHaveProperty('status');
    const stale = await failure(
      provider.addMemberCommitment(member.id, member.version - 1, { text: '宣传惠民政策' }),
    );
    expect(stale.body.code).toBe('CONFLICT');
  });

  it('ends the reporting when the grid is emptied', async () => {
    sent.length = 0;
    member = await update('members', member, { gridId: null, post: '' });
    expect(sent[0]?.variables.input).toEqual({ gridId: null, post: null });
    expect(member).toMatchObject({ reported: false, gridId: null, post: null });
    const stats = await provider.getStats(township.id);
    expect(stats.members).toMatchObject({ registered: 2, reported: 0, commitmentsFulfilled: 0 });
  });
});

describe('requests', () => {
  let request: RaRecord;
  let grid: RaRecord;
  let villageEditor: GrassrootsDataProvider;

  beforeAll(async () => {
    grid = (await list('grids', { organizationId: village.id })).data[0] as RaRecord;
    villageEditor = (await consoleAs('EDITOR', village)).provider;
  });

  it('creates a request at the village, resident masked, with the steps it allows', async () => {
    sent.length = 0;
    request = await create('requests', {
      organizationId: village.id,
      title: '耕地未能通电，庄稼不能浇灌',
      category: '农业生产',
      description: '90余户农户的2000亩耕地未能通电。',
      source: 'VISIT',
      gridId: grid.id,
      // as the map input holds it
      location: { lat: 42.8051, lng: 121.7452, alt: 0 },
      resident: { name: '张三', phone: '13712345678' },
      deadline: '2021-05-31',
      department: '',
      disclosed: true,
    });
    expect(sent[0]?.variables.input).toEqual({
      organizationId: village.id,
      title: '耕地未能通电，庄稼不能浇灌',
      category: '农业生产',
      description: '90余户农户的2000亩耕地未能通电。',
      source: 'VISIT',
      gridId: grid.id,
      location: { lat: 42.8051, lng: 121.7452 },
      resident: { name: '张三', phone: '13712345678' },
      deadline: '2021-05-31',
      disclosed: true,
    });
    expect(request).toMatchObject({
      status: 'RECEIVED',
      organizationId: village.id,
      handlingOrganizationId: village.id,
      gridId: grid.id,
      location: { lat: 42.8051, lng: 121.7452 },
      allowedTransitions: ['ACCEPTED', 'ASSIGNED', 'ESCALATED'],
      viewerCanAct: true,
      // its deadline has long passed and it is not resolved
      overdue: true,
      resident: { name: '张*', phone: '137****5678' },
    });
    expect(await provider.revealPersonalInformation('RESIDENT_NAME', request.id)).toBe('张三');
  });

  it('keeps the resident when the form sends them back masked', async () => {
    sent.length = 0;
    request = await update('requests', request, {
      title: '九家子村耕地通电',
      resident: { ...request.resident },
    });
    expect(sent[0]?.variables.input).toEqual({ title: '九家子村耕地通电' });
    request = await update('requests', request, {
      resident: { name: '张*', phone: '13700000000' },
    });
    expect(await provider.revealPersonalInformation('RESIDENT_NAME', request.id)).toBe('张三');
    expect(await provider.revealPersonalInformation('RESIDENT_PHONE', request.id)).toBe(
      '13700000000',
    );
  });

  it('moves the marked location and clears it', async () => {
    sent.length = 0;
    request = await update('requests', request, { location: { lat: 42.806, lng: 121.746 } });
    expect(sent[0]?.variables.input).toEqual({ location: { lat: 42.806, lng: 121.746 } });
    request = await update('requests', request, { location: null });
    expect(sent[1]?.variables.input).toEqual({ location: null });
    expect(request.location).toBeNull();
  });

  it('takes steps with notes, and escalates with a reason to the level above', async () => {
    sent.length = 0;
    request = await provider.transitionRequest(request.id, request.version, {
      to: 'ACCEPTED',
      note: '村两委研究',
      reason: null,
    });
    expect(sent[0]?.query).toContain(
      'transitionRequest(id: $id, version: $version, input: $input)',
    );
    expect(sent[0]?.variables.input).toEqual({ to: 'ACCEPTED', note: '村两委研究' });
    request = await provider.transitionRequest(request.id, request.version, {
      to: 'IN_PROGRESS',
      note: '',
    });
    expect(request.allowedTransitions).toEqual(['RESOLVED', 'ASSIGNED', 'ESCALATED']);

    const noReason = await failure(
      provider.transitionRequest(request.id, request.version, { to: 'ESCALATED', reason: ' ' }),
    );
    expect(noReason.body.errors).toHaveProperty('reason');
    const illegal = await failure(
      provider.transitionRequest(request.id, request.version, {
        to: 'CLOSED',
        evaluation: 'SATISFIED',
      }),
    );
    expect(illegal.status).toBe(400);
    expect(illegal.body.errors.to).toMatch(/RESOLVED, ASSIGNED or ESCALATED/);

    request = await provider.transitionRequest(request.id, request.version, {
      to: 'ESCALATED',
      reason: '需要项目资金，嘎查村层面不能解决',
    });
    expect(request).toMatchObject({
      status: 'ESCALATED',
      handlingOrganizationId: township.id,
      handlingOrganizationName: '六家子镇党委',
      escalations: 1,
    });
    const stale = await failure(
      provider.transitionRequest(request.id, request.version - 1, { to: 'ACCEPTED' }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
  });

  it('lets the village read the escalated request and its timeline, but not act', async () => {
    const { data } = await villageEditor.getOne('requests', { id: request.id });
    expect(data).toMatchObject({ status: 'ESCALATED', viewerCanAct: false });
    expect(data.timeline.map((e: RaRecord) => [e.from, e.to])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'ACCEPTED'],
      ['ACCEPTED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'ESCALATED'],
    ]);
    expect(data.timeline.at(-1)).toMatchObject({
      reason: '需要项目资金，嘎查村层面不能解决',
      organizationName: '九家子村党组织',
      toOrganizationName: '六家子镇党委',
    });
    const refused = await failure(
      villageEditor.transitionRequest(request.id, data.version, { to: 'ACCEPTED' }),
    );
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('resolves and closes at the township with the resident’s evaluation', async () => {
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED'] as const) {
      request = await provider.transitionRequest(request.id, request.version, { to });
    }
    const noEvaluation = await failure(
      provider.transitionRequest(request.id, request.version, { to: 'CLOSED' }),
    );
    expect(noEvaluation.body.errors).toHaveProperty('evaluation');
    request = await provider.transitionRequest(request.id, request.version, {
      to: 'CLOSED',
      evaluation: 'SATISFIED',
      evaluationComment: '群众满意',
    });
    expect(request).toMatchObject({
      status: 'CLOSED',
      evaluation: 'SATISFIED',
      allowedTransitions: [],
      overdue: false,
    });
    const { data } = await provider.getOne('requests', { id: request.id });
    expect(data.timeline).toHaveLength(8);
    expect(data.timeline.at(-1)).toMatchObject({ to: 'CLOSED', evaluation: 'SATISFIED' });
  });

  it('lists by status, source, inbox, subtree, openness and overdue, page by page', async () => {
    const more = [];
    for (const [n, source] of [
      [1, 'HOTLINE'],
      [2, 'WECHAT'],
      [3, 'HOTLINE'],
    ] as const) {
      more.push(
        await create('requests', {
          organizationId: village.id,
          title: `路灯维修${n}`,
          category: '基础设施',
          description: '路灯不亮',
          source,
          deadline: n === 3 ? '2020-01-01' : '2099-12-31',
        }),
      );
    }
    const names = (result: { data: RaRecord[] }) => result.data.map((r) => r.title).sort();
    const received = await list('requests', { status: 'RECEIVED', under: township.id });
    expect(sent.at(-1)?.variables.filter).toEqual({ status: 'RECEIVED', under: township.id });
    expect(received.total).toBe(3);
    expect(names(await list('requests', { source: 'HOTLINE' }))).toEqual([
      '路灯维修1',
      '路灯维修3',
    ]);
    expect(names(await list('requests', { handlingOrganizationId: township.id }))).toEqual([
      '九家子村耕地通电',
    ]);
    const byCategory = await list('requests', { category: '基础' });
    expect(sent.at(-1)?.variables.filter).toEqual({ category: '基础' });
    expect(names(byCategory)).toEqual(['路灯维修1', '路灯维修2', '路灯维修3']);
    expect(names(await list('requests', { overdue: true }))).toEqual(['路灯维修3']);
    expect(sent.at(-1)?.variables.filter).toEqual({ overdue: true });
    // a switched-off "overdue" is no filter; "open" comes from a select as text
    expect((await list('requests', { overdue: false, open: 'false' })).data).toHaveLength(1);
    expect(sent.at(-1)?.variables.filter).toEqual({ open: false });
    const page2 = await list('requests', { under: village.id }, { page: 2, perPage: 3 });
    expect(page2.total).toBe(4);
    expect(page2.data).toHaveLength(1);

    // a RECEIVED one recorded by mistake can go; one with a history stays
    const mistaken = more[1] as RaRecord;
    await provider.delete('requests', { id: mistaken.id, previousData: mistaken });
    const kept = await failure(
      provider.delete('requests', { id: request.id, previousData: request }),
    );
    expect(kept.body.errors).toHaveProperty('id');
  });

  it('reads the governance figures with the rollups, a 12-month trend included', async () => {
    const stats = await provider.getStats(township.id);
    expect(stats.grids).toMatchObject({
      total: 5,
      villages: 1,
      communities: 1,
      coveredVillages: 1,
      coveredCommunities: 1,
      coverage: 1,
      staff: 3,
      partyStaff: 1,
    });
    expect(stats.requests).toMatchObject({
      received: 3,
      open: 2,
      resolved: 1,
      closed: 1,
      escalated: 1,
      overdue: 1,
      satisfactionRate: 1,
    });
    expect(stats.requests.timeToResolve.medianHours).not.toBeNull();
    expect(stats.requests.trend).toHaveLength(12);
    expect(stats.requests.trend.at(-1)).toMatchObject({ received: 3, resolved: 1 });
  });
});
