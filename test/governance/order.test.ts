import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  createRequest,
  createSession,
  ensureTables,
  listPublicRequests,
  listRequests,
  type TableDefinition,
  tables,
  upgradeIndexes,
} from '@grassroots/core';
import { type DynamoDbLocal, startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAll } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { type Ladder, ladder } from './fixture.ts';

// The order of a subtree's requests: by origin, depth first, and within one origin newest
// first, on every index that lists a subtree; and a table an older version of the code
// created (indexes sorted by the origin's path alone) brought up to it without losing one.
// On a DynamoDB Local of its own: DynamoDB Local drops an index in about a second, but once
// it holds the hundreds of tables the rest of the suite creates, in over a minute.

let dynamo: DynamoDbLocal;
let stack: TestStack;
let l: Ladder;

/** Received at a given minute of one day, at the village or the township. */
async function receive(title: string, at: 'village' | 'township', minute: number) {
  const now = new Date(Date.UTC(2026, 5, 1, 2, minute));
  await createRequest(createSession(stack.db, { now: () => now }), {
    organizationId: l[at].id,
    title,
    category: '基础设施',
    description: title,
    source: 'VISIT',
    disclosed: true,
  });
}

const under = async (
  filter: Parameters<typeof listRequests>[1] = {},
  first = 50,
): Promise<string[]> =>
  (await listRequests(stack.session(), { under: l.township.id, ...filter }, { first })).items.map(
    (r) => r.title,
  );

// Oldest first as received; the township's own before the village below it.
const EXPECTED = ['镇-2', '镇-1', '村-3', '村-2', '村-1'];

beforeAll(async () => {
  dynamo = await startDynamoDbLocal();
  stack = await testStack(undefined, dynamo.endpoint);
  l = await ladder(stack);
  // received out of order between the two levels, to tell grouping from time
  await receive('村-1', 'village', 1);
  await receive('镇-1', 'township', 2);
  await receive('村-2', 'village', 3);
  await receive('镇-2', 'township', 4);
  await receive('村-3', 'village', 5);
});

afterAll(() => dynamo?.stop());

describe("a subtree's requests", () => {
  it("come by origin, depth first, and each origin's newest first", async () => {
    expect(await under()).toEqual(EXPECTED);
  });

  it('keep that order by status, open or not, on the public board and across pages', async () => {
    expect(await under({ status: 'RECEIVED' })).toEqual(EXPECTED);
    expect(await under({ open: true })).toEqual(EXPECTED);
    const board = await listPublicRequests(stack.session(), l.township.id, { first: 50 });
    expect(board.items.map((r) => r.title)).toEqual(EXPECTED);
    const first = await listRequests(stack.session(), { under: l.township.id }, { first: 2 });
    const rest = await listRequests(
      stack.session(),
      { under: l.township.id },
      { first: 50, after: first.endCursor },
    );
    expect([...first.items, ...rest.items].map((r) => r.title)).toEqual(EXPECTED);
  });

  // an index change takes DynamoDB Local about a second
  it('are all found in that order once ensureTables has upgraded a table of an older version', {
    timeout: 180_000,
  }, async () => {
    const name = stack.db.tables.requests;
    // the table as an older version left it: the subtree index sorted by the origin's path
    // alone, and items without the order key, so the other indexes do not hold them
    const older: TableDefinition = {
      ...tables.requests,
      fields: { ...tables.requests.fields, originPath: 'string' },
      globalIndexes: {
        ...tables.requests.globalIndexes,
        byPath: { hashKey: 'tree', rangeKey: 'originPath' },
      },
    };
    await upgradeIndexes(stack.db, name, older);
    for (const item of await scanAll(stack.db, 'requests')) {
      await stack.db.doc.send(
        new UpdateCommand({
          TableName: name,
          Key: { id: item.id, sk: item.sk },
          UpdateExpression: 'REMOVE originOrder',
        }),
      );
    }
    await expect(under()).rejects.toThrow();
    expect(await under({ open: true })).toEqual([]);

    await ensureTables(stack.db);
    const requests = (await scanAll(stack.db, 'requests')).filter((i) => i.sk === 'REQUEST');
    expect(requests).toHaveLength(EXPECTED.length);
    for (const r of requests)
      expect(r.originOrder).toMatch(new RegExp(`^${r.originPath}!\\d{13}$`));
    expect(await under()).toEqual(EXPECTED);
    expect(await under({ open: true })).toEqual(EXPECTED);
  });
});
