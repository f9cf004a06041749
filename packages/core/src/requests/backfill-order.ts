import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client.ts';
import { Expression } from '../db/expression.ts';
import { scanEach } from '../db/scan-each.ts';
import { setAndRemove } from '../db/update-expression.ts';
import { REQUEST_SK } from './model.ts';
import { requestOrderUpdate } from './order.ts';

/**
 * Gives every request item the order keys its path, time, status and disclosure give it,
 * where an older version of the code wrote others or none, so the indexes built on them
 * hold it. Run before those indexes are built on an older table (`ensureTables`).
 */
export const backfillOrderKeys = (db: Db) =>
  scanEach(
    db,
    'requests',
    { FilterExpression: 'sk = :sk', ExpressionAttributeValues: { ':sk': REQUEST_SK } },
    (item) => setOrderKeys(db, item),
  );

/** Sets the order keys of one item where they differ from what it holds. */
async function setOrderKeys(db: Db, item: Record<string, unknown>): Promise<void> {
  const keys = Object.entries(requestOrderUpdate(item, item.originPath as string)).filter(
    ([name, value]) => (item[name] ?? null) !== value,
  );
  if (keys.length === 0) return;
  const e = new Expression();
  const UpdateExpression = setAndRemove(e, Object.fromEntries(keys));
  // a path, time, status or disclosure changed meanwhile is written by code that sets the keys
  const unchanged = (['originPath', 'createdAt', 'status', 'disclosed'] as const)
    .map((k) => `${e.name(k)} = ${e.value(item[k])}`)
    .join(' AND ');
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.tables.requests,
        Key: { id: item.id, sk: REQUEST_SK },
        UpdateExpression,
        ConditionExpression: unchanged,
        ...e.attributes(),
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}
