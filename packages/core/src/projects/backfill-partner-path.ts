import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client.ts';
import { scanEach } from '../db/scan-each.ts';
import { TREE } from '../db/tables.ts';
import { PARTNER_SK_PREFIX } from './model.ts';

/**
 * Gives every partner item written before byPartnerPath existed its partner's path, so that
 * index holds it. Run before the index is built on an older table (`ensureTables`).
 */
export const backfillPartnerPaths = (db: Db) =>
  scanEach(
    db,
    'projects',
    {
      FilterExpression: 'begins_with(sk, :partner) AND attribute_not_exists(partnerPath)',
      ExpressionAttributeValues: { ':partner': PARTNER_SK_PREFIX },
    },
    (item) => setPartnerPath(db, item),
  );

async function setPartnerPath(db: Db, item: Record<string, unknown>): Promise<void> {
  const org = await db.doc.send(
    new GetCommand({
      TableName: db.tables.organizations,
      Key: { id: item.partnerId },
      ConsistentRead: true,
    }),
  );
  // a partner deleted since is no partner to find by path
  if (!org.Item) return;
  await db.doc
    .send(
      new UpdateCommand({
        TableName: db.tables.projects,
        Key: { id: item.id, sk: item.sk },
        UpdateExpression: 'SET tree = :tree, partnerPath = :path',
        // removed meanwhile, or written by code that sets the path
        ConditionExpression: 'attribute_exists(sk) AND attribute_not_exists(partnerPath)',
        ExpressionAttributeValues: { ':tree': TREE, ':path': org.Item.path },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}
