import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { notesToDelete } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { kulunOrg, smallTree } from './support/fixtures.ts';
import { rawId } from './support/ids.ts';
import { scanAll } from './support/recount.ts';
import { type TestStack, testStack } from './support/stack.ts';

const PROJECT = `id version title kind status funds startDate dueDate overdue beneficiaryHouseholds commitment allowedNextStatuses
  leadOrganization { id name } partners { id name } servedOrganizations { name }`;

let stack: TestStack;
let tree: Awaited<ReturnType<typeof smallTree>>;
let petitions: { id: string };
let power: { id: string };

beforeAll(async () => {
  stack = await testStack();
  tree = await smallTree(stack);
  petitions = await kulunOrg(stack, tree.county, '库伦旗信访局党支部', 'AGENCY');
  power = await kulunOrg(stack, tree.county, '库伦旗农电局党支部', 'AGENCY');
});

const createProject = async (input: Record<string, unknown>) =>
  (
    await stack.ok(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT} } }`,
      { input },
    )
  ).createProject;

describe('projects', () => {
  it('records the 九家子村 power-line project with partners queryable from both sides', async () => {
    const project = await createProject({
      title: '九家子村2000亩耕地通电项目',
      kind: 'CO_BUILDING',
      leadOrganizationId: tree.township.id,
      partnerIds: [petitions.id, power.id],
      servedOrganizationIds: [tree.village.id],
      funds: 180000,
      status: 'IN_PROGRESS',
      beneficiaryHouseholds: 90,
      startDate: '2021-03-01',
      dueDate: '2021-06-30',
    });
    expect(project).toMatchObject({
      version: 1,
      funds: 180000,
      overdue: true,
      beneficiaryHouseholds: 90,
      leadOrganization: { name: '六家子镇党委' },
      partners: [{ name: '库伦旗信访局党支部' }, { name: '库伦旗农电局党支部' }],
      servedOrganizations: [{ name: '九家子村党组织' }],
      allowedNextStatuses: ['COMPLETED', 'CANCELLED'],
    });
    const fromPartner = await stack.ok(
      `query($org: ID!) { organization(id: $org) { partnerProjects { totalCount edges { node { title } } } }
        projects(filter: { partnerOrganizationId: $org }) { totalCount edges { node { title } } } }`,
      { org: power.id },
    );
    expect(fromPartner.organization.partnerProjects.edges).toEqual([
      { node: { title: '九家子村2000亩耕地通电项目' } },
    ]);
    expect(fromPartner.projects.totalCount).toBe(1);

    const added = await stack.ok(
      `mutation($id: ID!, $org: ID!) { addProjectPartner(id: $id, version: 1, organizationId: $org) { version partners { name } } }`,
      { id: project.id, org: tree.village2.id },
    );
    expect(added.addProjectPartner.partners.map((p: { name: string }) => p.name)).toEqual([
      '库伦旗信访局党支部',
      '库伦旗农电局党支部',
      '六家子村党组织',
    ]);
    const removed = await stack.ok(
      `mutation($id: ID!, $org: ID!) { removeProjectPartner(id: $id, version: 2, organizationId: $org) { version partners { name } } }`,
      { id: project.id, org: petitions.id },
    );
    expect(removed.removeProjectPartner).toEqual({
      version: 3,
      partners: [{ name: '库伦旗农电局党支部' }, { name: '六家子村党组织' }],
    });
    const petitionsNow = await stack.ok(
      `query($org: ID!) { projects(filter: { partnerOrganizationId: $org }) { totalCount } }`,
      { org: petitions.id },
    );
    expect(petitionsNow.projects.totalCount).toBe(0);
  });

  it('keeps a timeline of progress notes, oldest first', async () => {
    const project = await createProject({
      title: '通电项目',
      kind: 'CO_BUILDING',
      leadOrganizationId: tree.township.id,
    });
    for (const text of ['村两委上报', '镇党委研究', '争取到18万元']) {
      await stack.ok(
        `mutation($id: ID!, $text: String!) { addProjectNote(projectId: $id, text: $text) { id } }`,
        { id: project.id, text },
      );
    }
    const notes = await stack.ok(
      `query($id: ID!) { project(id: $id) { version notes { edges { node { id text at } } } } }`,
      { id: project.id },
    );
    const edges = notes.project.notes.edges;
    expect(edges.map((e: { node: { text: string } }) => e.node.text)).toEqual([
      '村两委上报',
      '镇党委研究',
      '争取到18万元',
    ]);
    expect(notes.project.version).toBe(1);
    await stack.ok(`mutation($id: ID!) { removeProjectNote(noteId: $id) { id } }`, {
      id: edges[1].node.id,
    });
    const after = await stack.ok(
      `query($id: ID!) { project(id: $id) { notes { edges { node { text } } } } }`,
      { id: project.id },
    );
    expect(after.project.notes.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual([
      '村两委上报',
      '争取到18万元',
    ]);
    const empty = await stack.gql(
      `mutation($id: ID!) { addProjectNote(projectId: $id, text: "  ") { id } }`,
      { id: project.id },
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'text' }],
    });
  });

  it('moves status only along the allowed transitions and keeps the counters per status', async () => {
    const project = await createProject({
      title: '产业项目',
      kind: 'INDUSTRY',
      leadOrganizationId: tree.village.id,
      funds: 1000.5,
    });
    const move = (version: number, status: string) =>
      stack.gql(
        `mutation($id: ID!, $v: Int!, $s: ProjectStatus) { updateProject(id: $id, version: $v, input: { status: $s }) { status version } }`,
        {
          id: project.id,
          v: version,
          s: status,
        },
      );
    const skip = await move(1, 'ACCEPTED');
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'status',
          message: 'A PROPOSED project can move to IN_PROGRESS or CANCELLED, not to ACCEPTED.',
        },
      ],
    });
    expect((await move(1, 'IN_PROGRESS')).data?.updateProject).toEqual({
      status: 'IN_PROGRESS',
      version: 2,
    });
    expect((await move(2, 'COMPLETED')).data?.updateProject.status).toBe('COMPLETED');
    expect((await move(3, 'ACCEPTED')).data?.updateProject.status).toBe('ACCEPTED');
    expect((await move(4, 'IN_PROGRESS')).errors?.[0]?.message).toBe(
      'status: A ACCEPTED project is final; its status no longer changes.',
    );
    const stats = await stack.ok(
      `query($id: ID!) { organization(id: $id) { stats { projects { total funds byStatus { status count funds } } } } }`,
      { id: tree.village.id },
    );
    expect(stats.organization.stats.projects.total).toBe(1);
    expect(stats.organization.stats.projects.funds).toBe(1000.5);
    expect(
      stats.organization.stats.projects.byStatus.find(
        (s: { status: string }) => s.status === 'ACCEPTED',
      ),
    ).toEqual({ status: 'ACCEPTED', count: 1, funds: 1000.5 });
  });

  it("records the residents' evaluation (群众评议) once the project is completed", async () => {
    const EVALUATED = 'status version evaluation evaluationComment evaluatedAt';
    const update = (version: number, input: Record<string, unknown>, id: string) =>
      stack.gql(
        `mutation($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $v, input: $input) { ${EVALUATED} } }`,
        { id, v: version, input },
      );
    const project = await createProject({
      title: '九家子村文化广场',
      kind: 'SECRETARY_LED',
      leadOrganizationId: tree.village.id,
      status: 'IN_PROGRESS',
      commitment: '年底前建成文化广场',
    });
    const early = await update(1, { evaluation: 'SATISFIED' }, project.id);
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          path: 'evaluation',
          message: 'Residents evaluate (群众评议) a completed project; complete it first.',
        },
      ],
    });
    // completed and evaluated in one step, and the time of the evaluation kept
    const done = (
      await update(
        1,
        { status: 'COMPLETED', evaluation: 'SATISFIED', evaluationComment: '评议会 45 人满意' },
        project.id,
      )
    ).data?.updateProject;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      evaluation: 'SATISFIED',
      evaluationComment: '评议会 45 人满意',
    });
    expect(Date.parse(done.evaluatedAt)).toBeGreaterThan(Date.now() - 60_000);
    // reopened, it keeps its evaluation and still takes other changes
    const reopened = (await update(2, { status: 'IN_PROGRESS', title: '文化广场二期' }, project.id))
      .data?.updateProject;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', evaluation: 'SATISFIED' });
    // cleared
    const cleared = (await update(3, { evaluation: null, evaluationComment: null }, project.id))
      .data?.updateProject;
    expect(cleared).toMatchObject({ evaluation: null, evaluationComment: null, evaluatedAt: null });

    // a past project is entered completed with its evaluation; a proposed one cannot have one
    const past = await stack.ok(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${EVALUATED} } }`,
      {
        input: {
          title: '2020 年饮水工程',
          kind: 'SECRETARY_LED',
          leadOrganizationId: tree.village.id,
          status: 'ACCEPTED',
          evaluation: 'BASICALLY_SATISFIED',
        },
      },
    );
    expect(past.createProject).toMatchObject({
      status: 'ACCEPTED',
      evaluation: 'BASICALLY_SATISFIED',
    });
    expect(past.createProject.evaluatedAt).not.toBeNull();
    const proposed = await stack.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      {
        input: {
          title: '未开工',
          kind: 'SECRETARY_LED',
          leadOrganizationId: tree.village.id,
          evaluationComment: '还没做',
        },
      },
    );
    expect(proposed.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: 'evaluationComment',
        message: 'Residents evaluate (群众评议) a completed project; complete it first.',
      },
    ]);
  });

  it('keeps funds not recorded apart from ¥0, and counts them as nothing', async () => {
    const funds = async () =>
      (
        await stack.ok(
          `query($id: ID!) { organization(id: $id) { stats { projects { funds } } } }`,
          { id: tree.village.id },
        )
      ).organization.stats.projects.funds as number;
    const before = await funds();
    const project = await createProject({
      title: '村史馆布展',
      kind: 'SECRETARY_LED',
      leadOrganizationId: tree.village.id,
    });
    expect(project.funds).toBeNull();
    expect(await funds()).toBe(before);
    const setFunds = async (version: number, value: number | null) =>
      (
        await stack.ok(
          `mutation($id: ID!, $v: Int!, $funds: Float) { updateProject(id: $id, version: $v, input: { funds: $funds }) { funds } }`,
          { id: project.id, v: version, funds: value },
        )
      ).updateProject.funds;
    expect(await setFunds(1, 0)).toBe(0);
    expect(await setFunds(2, 250.25)).toBe(250.25);
    expect(await funds()).toBe(before + 250.25);
    // cleared: not recorded again, and out of the figures
    expect(await setFunds(3, null)).toBeNull();
    expect(await funds()).toBe(before);
    const stored = (await scanAll(stack.db, 'projects')).find(
      (item) => item.id === rawId(project.id) && item.sk === 'PROJECT',
    );
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('fundsFen');
  });

  const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
  const base = () => ({ title: '项目', kind: 'CO_BUILDING', leadOrganizationId: tree.township.id });
  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    ['negative funds', () => ({ ...base(), funds: -1 }), 'funds', /negative/],
    ['funds finer than a fen', () => ({ ...base(), funds: 1.005 }), 'funds', /two decimals/],
    [
      'a due date before the start',
      () => ({ ...base(), startDate: '2021-06-01', dueDate: '2021-05-01' }),
      'dueDate',
      /not be before/,
    ],
    [
      'a date that does not exist',
      () => ({ ...base(), startDate: '2021-02-30' }),
      'startDate',
      /does not exist/,
    ],
    [
      'the lead as its own partner',
      () => ({ ...base(), partnerIds: [tree.township.id] }),
      'partnerIds.0',
      /not its own partner/,
    ],
    [
      'the same partner twice',
      () => ({ ...base(), partnerIds: [power.id, power.id] }),
      'partnerIds',
      /only once/,
    ],
    [
      'an unknown partner',
      () => ({
        ...base(),
        partnerIds: [
          power.id,
          Buffer.from('Organization:01ARZ3NDEKTSV4RRFFQ69G5FAV').toString('base64'),
        ],
      }),
      'partnerIds.1',
      /No organization/,
    ],
    [
      'a title over 200 characters',
      () => ({ ...base(), title: '项'.repeat(201) }),
      'title',
      /At most 200/,
    ],
  ];
  for (const [what, input, path, message] of cases) {
    it(`refuses ${what} with BAD_USER_INPUT at ${path}`, async () => {
      const result = await stack.gql(CREATE, { input: input() });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ path, message: expect.stringMatching(message) })],
      });
    });
  }

  it('refuses to delete a partner organization, and frees it once the project is deleted', async () => {
    const partner = await kulunOrg(stack, tree.county, '临时合作单位', 'ENTERPRISE');
    const project = await createProject({ ...base(), title: '合作项目', partnerIds: [partner.id] });
    await stack.ok(`mutation($id: ID!) { addProjectNote(projectId: $id, text: "开工") { id } }`, {
      id: project.id,
    });
    const refused = await stack.gql(
      `mutation($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }`,
      { id: partner.id },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'HAS_DEPENDENTS',
      projectLinks: 1,
    });
    await stack.ok(`mutation($id: ID!) { deleteProject(id: $id, version: 1) { id } }`, {
      id: project.id,
    });
    await stack.ok(`mutation($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }`, {
      id: partner.id,
    });
    expect(
      (await stack.ok(`query($id: ID!) { project(id: $id) { id } }`, { id: project.id })).project,
    ).toBeNull();
  });

  it("deletes a project's notes with it, and the notes an interrupted delete left", async () => {
    const collection = async (globalId: string) =>
      (
        await stack.db.doc.send(
          new QueryCommand({
            TableName: stack.db.tables.projects,
            KeyConditionExpression: 'id = :id',
            ExpressionAttributeValues: { ':id': rawId(globalId) },
          }),
        )
      ).Items ?? [];
    const withNotes = async (title: string, notes: number) => {
      const project = await createProject({ ...base(), title, partnerIds: [power.id] });
      for (let i = 1; i <= notes; i++) {
        await stack.ok(
          `mutation($id: ID!, $text: String!) { addProjectNote(projectId: $id, text: $text) { id } }`,
          {
            id: project.id,
            text: `第${i}次进展`,
          },
        );
      }
      return project;
    };
    const remove = (id: string) =>
      stack.ok(`mutation($id: ID!) { deleteProject(id: $id, version: 1) { id } }`, { id });

    // more notes than one batch of deletes takes
    const many = await withNotes('多次进展的项目', 30);
    expect(await collection(many.id)).toHaveLength(32); // the project, a partner, 30 notes
    await remove(many.id);
    expect(await collection(many.id)).toEqual([]);
    const markers = async (globalId: string) =>
      (await scanAll(stack.db, 'projects')).filter((i) => i.sk === rawId(globalId));
    expect(await markers(many.id)).toEqual([]);

    // the state a delete leaves when the process dies between the project and its notes: the
    // notes, and the marker its transaction wrote
    const interrupted = await withNotes('中断删除的项目', 3);
    const notes = (await collection(interrupted.id)).filter((i) => i.sk.startsWith('NOTE#'));
    await remove(interrupted.id);
    await stack.db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          notesToDelete(stack.db, rawId(interrupted.id)).op,
          ...notes.map((Item) => ({ Put: { TableName: stack.db.tables.projects, Item } })),
        ],
      }),
    );
    expect(await collection(interrupted.id)).toHaveLength(3);
    // the next delete, of another project, finishes it
    await remove((await withNotes('下一个删除的项目', 1)).id);
    expect(await collection(interrupted.id)).toEqual([]);
    expect(await markers(interrupted.id)).toEqual([]);

    // deleting the notes fails after the project's transaction: the delete still answers
    // success, since the project is gone, and the marker keeps the notes for the next delete
    const failed = await withNotes('删除进展失败的项目', 2);
    let failing = true;
    stack.db.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (failing && context.commandName === 'BatchWriteItemCommand') {
          throw new Error('throttled');
        }
        return next(args);
      },
      { step: 'initialize', name: 'failNoteDeletes' },
    );
    try {
      expect((await remove(failed.id)).deleteProject.id).toBe(failed.id);
    } finally {
      failing = false;
      stack.db.client.middlewareStack.remove('failNoteDeletes');
    }
    expect(
      (await stack.ok(`query($id: ID!) { project(id: $id) { id } }`, { id: failed.id })).project,
    ).toBeNull();
    const left = await collection(failed.id);
    expect(left).toHaveLength(2);
    expect(left.every((i) => i.sk.startsWith('NOTE#'))).toBe(true);
    expect(await markers(failed.id)).toHaveLength(1);
    await remove((await withNotes('再下一个删除的项目', 1)).id);
    expect(await collection(failed.id)).toEqual([]);
    expect(await markers(failed.id)).toEqual([]);
  });

  it('lists by lead, kind and status within a subtree', async () => {
    const s = await testStack();
    const t = await smallTree(s);
    const make = (lead: { id: string }, kind: string, status: string, title: string) =>
      s.ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { title, kind, status, leadOrganizationId: lead.id },
      });
    await make(t.village, 'INDUSTRY', 'IN_PROGRESS', '村产业');
    await make(t.township, 'SECRETARY_LED', 'PROPOSED', '镇领办');
    await make(t.community, 'GRID_SINKING', 'IN_PROGRESS', '社区下沉');
    const list = async (filter: Record<string, unknown>) => {
      const data = await s.ok(
        `query($f: ProjectFilter) { projects(filter: $f) { totalCount edges { node { title } } } }`,
        { f: filter },
      );
      return {
        total: data.projects.totalCount,
        titles: data.projects.edges.map((e: { node: { title: string } }) => e.node.title).sort(),
      };
    };
    expect(await list({ under: t.township.id })).toEqual({
      total: 2,
      titles: ['村产业', '镇领办'],
    });
    expect(await list({ leadOrganizationId: t.village.id })).toEqual({
      total: 1,
      titles: ['村产业'],
    });
    expect(await list({ status: 'IN_PROGRESS' })).toEqual({
      total: 2,
      titles: ['村产业', '社区下沉'],
    });
    expect(await list({ status: 'IN_PROGRESS', under: t.street.id })).toEqual({
      total: 1,
      titles: ['社区下沉'],
    });
    expect(await list({ kind: 'INDUSTRY', status: 'IN_PROGRESS' })).toEqual({
      total: 1,
      titles: ['村产业'],
    });
    expect(await list({ titleContains: '镇' })).toEqual({ total: null, titles: ['镇领办'] });
  });
});
