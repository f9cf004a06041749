import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  createOrganization,
  createRequest,
  createSession,
  ensureTables,
  listPublicRequests,
  listRequests,
  moveOrganization,
  REQUEST_ORDER_ATTRIBUTES,
  requestOrderKeys,
  type TableDefinition,
  tables,
  transitionRequest,
  updateRequest,
  upgradeIndexes,
} from '@grassroots/core';
import { type DynamoDbLocal, startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAll } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { type Ladder, ladder } from './fixture.ts';

// The order of a subtree's requests: newest first across the whole subtree for the stack
// and for organizations down to villages and communities, open or not, by status and across
// pages; by origin (each origin's newest first) below villages; the public board newest
// first at every level, disclosed requests only; the order following a request's status,
// its disclosure and a move of its origin; and a table an older version of the code created
// brought up to it without losing one.
// On a DynamoDB Local of its own: DynamoDB Local drops an index in about a second, but once
// it holds the hundreds of tables the rest of the suite creates, in over a minute.

let dynamo: DynamoDbLocal;
let stack: TestStack;
let l: Ladder;
const ids = new Map<string, string>();

/** Received at a given minute of one day, at one of the ladder's levels; disclosed unless said. */
async function receive(title: string, at: { id: string }, minute: number, disclosed = true) {
  const now = new Date(Date.UTC(2026, 5, 1, 2, minute));
  const request = await createRequest(createSession(stack.db, { now: () => now }), {
    organizationId: at.id,
    title,
    category: '基础设施',
    description: title,
    source: 'VISIT',
    disclosed,
  });
  ids.set(title, request.id);
}

const titles = (page: { items: { title: string }[] }) => page.items.map((r) => r.title);

const under = async (
  filter: Parameters<typeof listRequests>[1] = {},
  first = 50,
): Promise<string[]> =>
  titles(await listRequests(stack.session(), { under: l.township.id, ...filter }, { first }));

// received in this order, alternating between the township and the village below it
const NEWEST_FIRST = ['村-3', '镇-2', '村-2', '镇-1', '村-1'];
// 镇-1 is not disclosed
const ON_THE_BOARD = ['村-3', '镇-2', '村-2', '村-1'];

const board = async (org: { id: string } | null, first = 50, after?: string | null) =>
  listPublicRequests(stack.session(), org?.id, { first, after });

beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
  stack = await testStack(undefined, dynamo.endpoint);
  l = await ladder(stack);
  await receive('村-1', l.village, 1);
  await receive('镇-1', l.township, 2, false);
  await receive('村-2', l.village, 3);
  await receive('镇-2', l.township, 4);
  await receive('村-3', l.village, 5);
});

afterAll(() => dynamo?.stop());

describe("a subtree's requests", () => {
  it('come newest first across the subtree, at every level from the stack to the village', async () => {
    expect(await under()).toEqual(NEWEST_FIRST);
    expect(titles(await listRequests(stack.session(), {}, { first: 50 }))).toEqual(NEWEST_FIRST);
    for (const org of [l.city, l.county]) {
      expect(titles(await listRequests(stack.session(), { under: org.id }, { first: 50 }))).toEqual(
        NEWEST_FIRST,
      );
    }
    expect(await under({ under: l.village.id })).toEqual(['村-3', '村-2', '村-1']);
  });

  it('keep that order by status, open or not, and across pages', async () => {
    expect(await under({ status: 'RECEIVED' })).toEqual(NEWEST_FIRST);
    expect(await under({ open: true })).toEqual(NEWEST_FIRST);
    expect(await under({ open: false })).toEqual([]);
    const first = await listRequests(stack.session(), { under: l.township.id }, { first: 2 });
    const rest = await listRequests(
      stack.session(),
      { under: l.township.id },
      { first: 50, after: first.endCursor },
    );
    expect([...titles(first), ...titles(rest)]).toEqual(NEWEST_FIRST);
  });

  it('are on the public board newest first, disclosed ones only, at every level and across pages', async () => {
    for (const org of [null, l.city, l.county, l.township]) {
      expect(titles(await board(org)), org?.name ?? 'stack').toEqual(ON_THE_BOARD);
    }
    expect(titles(await board(l.village))).toEqual(['村-3', '村-2', '村-1']);
    const first = await board(l.township, 3);
    const rest = await board(l.township, 3, first.endCursor);
    expect([titles(first), titles(rest)]).toEqual([ON_THE_BOARD.slice(0, 3), ['村-1']]);
  });

  it('below a village come by origin, each newest first; on its board newest first', async () => {
    const s = stack.session();
    const branch = await createOrganization(s, {
      parentId: l.village.id,
      name: '九家子村第一网格党支部',
      type: 'GRID_BRANCH',
      divisionCode: '150524',
    });
    const group = await createOrganization(s, {
      parentId: branch.id,
      name: '九家子村一号楼栋党小组',
      type: 'BUILDING_GROUP',
      divisionCode: '150524',
    });
    await receive('组-1', group, 6);
    await receive('支-1', branch, 7);
    await receive('组-2', group, 8);
    const list = async (filter: Parameters<typeof listRequests>[1]) =>
      titles(await listRequests(s, { under: branch.id, ...filter }, { first: 50 }));
    expect(await list({})).toEqual(['支-1', '组-2', '组-1']);
    expect(await list({ open: true })).toEqual(['支-1', '组-2', '组-1']);
    expect(await list({ status: 'RECEIVED' })).toEqual(['支-1', '组-2', '组-1']);
    // above the village they join the newest-first list
    expect((await under()).slice(0, 4)).toEqual(['组-2', '支-1', '组-1', '村-3']);
    // the board of the branch reads the village's, kept to the branch
    expect(titles(await board(branch))).toEqual(['组-2', '支-1', '组-1']);
    expect(titles(await board(group))).toEqual(['组-2', '组-1']);
    expect(titles(await board(l.village)).slice(0, 4)).toEqual(['组-2', '支-1', '组-1', '村-3']);
  });

  it('leave the open lists when resolved and stay in the others', async () => {
    const s = stack.session();
    const id = ids.get('镇-2') as string;
    let version = 1;
    for (const to of ['ACCEPTED', 'IN_PROGRESS', 'RESOLVED'] as const) {
      await transitionRequest(s, id, version++, { to });
    }
    const open = await under({ open: true });
    expect(open).not.toContain('镇-2');
    expect(open).toContain('镇-1');
    expect(await under({ open: false })).toEqual(['镇-2']);
    expect(await under({ status: 'RESOLVED' })).toEqual(['镇-2']);
    expect(await under()).toContain('镇-2');
    expect(await under({ status: 'RECEIVED' })).not.toContain('镇-2');
    // the public sees how it ended
    const shown = (await board(l.township)).items.find((r) => r.title === '镇-2');
    expect(shown?.status).toBe('RESOLVED');
  });

  it('leave the board when no longer disclosed, and join it when disclosed', async () => {
    const s = stack.session();
    const hidden = await updateRequest(s, ids.get('村-2') as string, 1, { disclosed: false });
    const shown = await updateRequest(s, ids.get('镇-1') as string, 1, { disclosed: true });
    const onBoard = titles(await board(l.township));
    expect(onBoard).not.toContain('村-2');
    expect(onBoard.slice(-2)).toEqual(['镇-1', '村-1']);
    expect(titles(await board(l.village))).not.toContain('村-2');
    await updateRequest(s, hidden.id, hidden.version, { disclosed: true });
    expect(titles(await board(l.township)).slice(-3)).toEqual(['村-2', '镇-1', '村-1']);
    expect(shown.disclosed).toBe(true);
  });

  it('follow their origin when it moves to another township, still newest first', async () => {
    const s = stack.session();
    const other = await createOrganization(s, {
      parentId: l.county.id,
      name: '水泉镇党委',
      type: 'TOWNSHIP_COMMITTEE',
      divisionCode: '150524',
    });
    await receive('水-1', other, 4);
    await moveOrganization(s, l.village.id, l.village.version, other.id);
    const list = async (org: { id: string }, filter: Parameters<typeof listRequests>[1] = {}) =>
      titles(await listRequests(s, { under: org.id, ...filter }, { first: 50 }));
    expect(await list(other)).toEqual(['组-2', '支-1', '组-1', '村-3', '水-1', '村-2', '村-1']);
    expect(await list(other, { open: true })).toEqual(await list(other));
    expect(await list(l.township)).toEqual(['镇-2', '镇-1']);
    expect(await list(l.township, { open: true })).toEqual(['镇-1']);
    expect(await list(l.county)).toHaveLength(9);
    const onBoard = async (org: { id: string }) => titles(await board(org));
    expect(await onBoard(other)).toEqual(['组-2', '支-1', '组-1', '村-3', '水-1', '村-2', '村-1']);
    expect(await onBoard(l.township)).toEqual(['镇-2', '镇-1']);
  });

  // an index change takes DynamoDB Local about a second
  it('are all found in that order once ensureTables has upgraded a table of an older version', {
    timeout: 300_000,
  }, async () => {
    const name = stack.db.tables.requests;
    const all = async () => titles(await listRequests(stack.session(), {}, { first: 50 }));
    const before = await all();
    const stored = async () =>
      (await scanAll(stack.db, 'requests')).filter((i) => i.sk === 'REQUEST');
    const count = (await stored()).length;
    const openBefore = titles(await listRequests(stack.session(), { open: true }, { first: 50 }));
    const boardBefore = titles(await board(null));
    // the table as an earlier version left it: subtree lists and the board by origin only,
    // and items without the keys of the newest-first indexes
    const older: TableDefinition = {
      ...tables.requests,
      fields: { ...tables.requests.fields, status: 'string' },
      globalIndexes: {
        ...Object.fromEntries(
          Object.entries(tables.requests.globalIndexes).filter(
            ([index]) => !index.startsWith('newest'),
          ),
        ),
        byStatus: { hashKey: 'status', rangeKey: 'originOrder' },
        byOpen: { hashKey: 'openTree', rangeKey: 'originOrder' },
        byPublic: { hashKey: 'publicTree', rangeKey: 'originOrder' },
      },
    };
    await upgradeIndexes(stack.db, name, older);
    const gone = REQUEST_ORDER_ATTRIBUTES.filter((a) => a !== 'originOrder');
    for (const item of await scanAll(stack.db, 'requests')) {
      await stack.db.doc.send(
        new UpdateCommand({
          TableName: name,
          Key: { id: item.id, sk: item.sk },
          UpdateExpression: `REMOVE ${gone.join(', ')}`,
        }),
      );
    }
    await expect(all()).rejects.toThrow();

    await ensureTables(stack.db);
    const requests = await stored();
    expect(requests).toHaveLength(count);
    for (const r of requests) {
      const keys = requestOrderKeys({
        originPath: r.originPath,
        createdAt: r.createdAt,
        open: r.status !== 'RESOLVED',
        disclosed: r.disclosed,
      });
      for (const a of REQUEST_ORDER_ATTRIBUTES) expect(r[a], `${r.title} ${a}`).toBe(keys[a]);
    }
    expect(await all()).toEqual(before);
    expect(titles(await listRequests(stack.session(), { open: true }, { first: 50 }))).toEqual(
      openBefore,
    );
    expect(titles(await board(null))).toEqual(boardBefore);
  });
});
