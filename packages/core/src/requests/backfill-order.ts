import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client.ts';
import { Expression } from '../db/expression.ts';
import { setAndRemove } from '../db/update-expression.ts';
import { REQUEST_SK } from './model.ts';
import { requestOrderUpdate } from './order.ts';

const CONCURRENT = 16;

/**
 * Gives every request item the order keys its path, time and status give it, where an
 * older version of the code wrote others or none, so the indexes built on them hold it.
 * Maintenance, run before those indexes are built on an older table (`ensureTables`): it
 * reads the whole table, which no request path may do.
 */
export async function backfillOrderKeys(db: Db): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tables.requests,
        FilterExpression: 'sk = :sk',
        ExpressionAttributeValues: { ':sk': REQUEST_SK },
        ExclusiveStartKey: start,
      }),
    );
    const items = page.Items ?? [];
    // a few at a time: a page holds hundreds, more than the client's connections
    for (let i = 0; i < items.length; i += CONCURRENT) {
      await Promise.all(items.slice(i, i + CONCURRENT).map((item) => setOrderKeys(db, item)));
    }
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Sets the order keys of one item where they differ from what it holds. */
async function setOrderKeys(db: Db, item: Record<string, unknown>): Promise<void> {
  const keys = Object.entries(requestOrderUpdate(item, item.originPath as string)).filter(
    ([name, value]) => (item[name] ?? null) !== value,
  );
  if (keys.length === 0) return;
  const e = new Expression();
  const UpdateExpression = setAndRemove(e, Object.fromEntries(keys));
  // a path, time or status changed meanwhile is written by code that sets the keys
  const unchanged = (['originPath', 'createdAt', 'status'] as const)
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
