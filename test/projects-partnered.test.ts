import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  createOrganization,
  createProject,
  ensureTables,
  moveOrganization,
  type TableDefinition,
  tables,
  upgradeIndexes,
} from '@grassroots/core';
import { type DynamoDbLocal, startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollupDifferences, scanAll } from './support/recount.ts';
import { type TestStack, testStack } from './support/stack.ts';

// What a scoped account's unfiltered 共建项目 list holds: the projects its subtree leads, then
// those it only takes part in as a partner (each once), across pages, counted, filtered like
// the rest, and still right after the partner or the lead moves. `under` keeps to leading.
// On a DynamoDB Local of its own, for the index change of the last test (see order.test.ts).

let dynamo: DynamoDbLocal;
let stack: TestStack;
const org: Record<string, { id: string; version: number }> = {};
const tokens: Record<string, string> = {};

const LIST = `query($first: Int, $after: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;

/** Every title of the list as `who` pages through it, `first` at a time. */
async function titles(who: string, filter: Record<string, unknown> = {}, first = 50) {
  const seen: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 20; page++) {
    const data: { projects: any } = await stack.ok(
      LIST,
      { first, after, filter },
      { token: tokens[who] },
    );
    totalCount = data.projects.totalCount;
    seen.push(...data.projects.edges.map((e: { node: { title: string } }) => e.node.title));
    if (!data.projects.pageInfo.hasNextPage) return { titles: seen, totalCount };
    after = data.projects.pageInfo.endCursor;
  }
  throw new Error('the list did not end');
}

afterAll(() => dynamo?.stop());

beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
  stack = await testStack(undefined, dynamo.endpoint);
  const s = stack.session();
  const under = (key: string) => (org[key] as { id: string }).id;
  const add = async (key: string, name: string, type: string, parent: string | null) => {
    org[key] = await createOrganization(s, {
      name,
      type: type as 'AGENCY',
      divisionCode: parent ? '150524' : '150500',
      ...(parent ? { parentId: under(parent) } : {}),
    });
  };
  await add('city', '通辽市委', 'CITY_COMMITTEE', null);
  await add('county', '库伦旗委', 'COUNTY_COMMITTEE', 'city');
  await add('liujiazi', '六家子镇党委', 'TOWNSHIP_COMMITTEE', 'county');
  await add('jiujiazi', '九家子村党组织', 'VILLAGE_COMMITTEE', 'liujiazi');
  await add('shuiquan', '水泉镇党委', 'TOWNSHIP_COMMITTEE', 'county');
  await add('petitions', '库伦旗信访局党支部', 'AGENCY', 'county');
  const project = (title: string, lead: string, partners: string[], kind = 'CO_BUILDING') =>
    createProject(s, {
      title,
      kind: kind as 'CO_BUILDING',
      leadOrganizationId: under(lead),
      partnerIds: partners.map(under),
      status: 'IN_PROGRESS',
    });
  // led by the township, an agency partnering
  await project('镇-通电', 'liujiazi', ['petitions']);
  // led elsewhere, the township's village partnering
  await project('水泉-修路', 'shuiquan', ['jiujiazi', 'petitions']);
  // led by the village, the township itself partnering: led in the township's subtree
  await project('村-饮水', 'jiujiazi', ['liujiazi', 'shuiquan'], 'GRID_SINKING');
  for (const key of ['liujiazi', 'petitions', 'shuiquan'])
    tokens[key] = await stack.tokenFor('ORG_ADMIN', under(key));
});

describe("a scoped account's project list", () => {
  it('holds what its subtree leads, then each project it only partners in, once', async () => {
    expect(await titles('liujiazi')).toEqual({
      titles: ['镇-通电', '村-饮水', '水泉-修路'],
      totalCount: 3,
    });
    // an agency leads nothing and partners in two
    expect((await titles('petitions')).titles.sort()).toEqual(['水泉-修路', '镇-通电'].sort());
    expect((await titles('petitions')).totalCount).toBe(2);
  });

  it('pages across the led and the partnered ones without a gap or a repeat', async () => {
    for (const first of [1, 2]) {
      expect((await titles('liujiazi', {}, first)).titles).toEqual([
        '镇-通电',
        '村-饮水',
        '水泉-修路',
      ]);
    }
  });

  it('filters the partnered ones like the led ones; `under` keeps to what the subtree leads', async () => {
    expect((await titles('liujiazi', { kind: 'CO_BUILDING' })).titles).toEqual([
      '镇-通电',
      '水泉-修路',
    ]);
    expect((await titles('liujiazi', { titleContains: '修路' })).titles).toEqual(['水泉-修路']);
    const led = await titles('liujiazi', { under: gid(org.liujiazi) });
    expect(led).toEqual({ titles: ['镇-通电', '村-饮水'], totalCount: 2 });
  });

  it('follows a move of the partner and of the lead', async () => {
    const village = org.jiujiazi as { id: string; version: number };
    await moveOrganization(
      stack.session(),
      village.id,
      village.version,
      (org.shuiquan as { id: string }).id,
    );
    // the village now leads 村-饮水 from 水泉, where the township partners in it; 水泉-修路
    // left the township with its partner village
    expect(await titles('liujiazi')).toEqual({ titles: ['镇-通电', '村-饮水'], totalCount: 2 });
    // 水泉 leads both now, and partners in none it does not lead
    expect(await titles('shuiquan')).toEqual({
      titles: ['水泉-修路', '村-饮水'],
      totalCount: 2,
    });
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });

  it('still holds the partnered ones once ensureTables has upgraded a table of an older version', {
    timeout: 120_000,
  }, async () => {
    const before = await titles('liujiazi');
    // the table as the previous version left it: no index by the partner's path, and
    // partner items without the partner's path
    const { byPartnerPath: _gone, ...indexes } = tables.projects.globalIndexes;
    const older: TableDefinition = { ...tables.projects, globalIndexes: indexes };
    await upgradeIndexes(stack.db, stack.db.tables.projects, older);
    for (const item of await scanAll(stack.db, 'projects')) {
      if (!String(item.sk).startsWith('PARTNER#')) continue;
      await stack.db.doc.send(
        new UpdateCommand({
          TableName: stack.db.tables.projects,
          Key: { id: item.id, sk: item.sk },
          UpdateExpression: 'REMOVE tree, partnerPath',
        }),
      );
    }
    await expect(titles('liujiazi')).rejects.toThrow();

    await ensureTables(stack.db);
    expect(await titles('liujiazi')).toEqual(before);
    expect(await rollupDifferences(stack.db)).toEqual([]);
  });
});

const gid = (o: { id: string } | undefined) =>
  Buffer.from(`Organization:${o?.id}`).toString('base64');
