import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.ts';
import { keyString, primaryKeyOf } from './keys.ts';
import { backoff } from './retry.ts';
import type { TableKey } from './tables.ts';

const BATCH_SIZE = 100;
const MAX_ATTEMPTS = 8;

type Item = Record<string, unknown>;

/**
 * Reads many items of one table with BatchGetItem (100 keys a call), retrying the
 * UnprocessedKeys DynamoDB hands back under load. Eventually consistent (half the cost)
 * unless `consistent`: writes read what they decide on strongly. Keyed by `keyString`.
 */
export async function batchGet(
  db: Db,
  table: TableKey,
  keys: Item[],
  consistent = false,
): Promise<Map<string, Item>> {
  const name = db.tables[table];
  const found = new Map<string, Item>();
  const unique = [
    ...new Map(keys.map((k) => [keyString(table, k), primaryKeyOf(table, k)])).values(),
  ];
  for (let start = 0; start < unique.length; start += BATCH_SIZE) {
    let pending: Item[] = unique.slice(start, start + BATCH_SIZE);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(`BatchGetItem on ${name} left ${pending.length} keys unprocessed.`);
      }
      if (attempt > 0) await backoff(attempt);
      const out = await db.doc.send(
        new BatchGetCommand({
          RequestItems: { [name]: { Keys: pending, ConsistentRead: consistent } },
        }),
      );
      for (const item of out.Responses?.[name] ?? []) found.set(keyString(table, item), item);
      pending = (out.UnprocessedKeys?.[name]?.Keys as Item[] | undefined) ?? [];
    }
  }
  return found;
}
