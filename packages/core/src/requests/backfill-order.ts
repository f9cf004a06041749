import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client.ts';
import { REQUEST_SK } from './model.ts';
import { originOrder } from './order.ts';

/**
 * Gives every request item written before the order key existed its key, so the indexes
 * built on it hold them too. Maintenance, run before those indexes are built on an older
 * table (`ensureTables`): it reads the whole table, which no request path may do.
 */
export async function backfillOriginOrder(db: Db): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tables.requests,
        FilterExpression: 'sk = :sk AND attribute_not_exists(originOrder)',
        ExpressionAttributeValues: { ':sk': REQUEST_SK },
        ExclusiveStartKey: start,
      }),
    );
    await Promise.all(
      (page.Items ?? []).map((item) =>
        db.doc
          .send(
            new UpdateCommand({
              TableName: db.tables.requests,
              Key: { id: item.id, sk: REQUEST_SK },
              UpdateExpression: 'SET originOrder = :order',
              // a path or a request changed meanwhile is written by code that sets the key
              ConditionExpression: 'originPath = :path AND createdAt = :at',
              ExpressionAttributeValues: {
                ':order': originOrder(item.originPath, item.createdAt),
                ':path': item.originPath,
                ':at': item.createdAt,
              },
            }),
          )
          .catch((error: unknown) => {
            if (!(error instanceof ConditionalCheckFailedException)) throw error;
          }),
      ),
    );
    start = page.LastEvaluatedKey;
  } while (start);
}
