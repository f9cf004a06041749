import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { Db } from './client.ts';

/** Resolves when DynamoDB answers a request; rejects with its error otherwise. */
export async function pingDynamo(db: Db): Promise<void> {
  await db.client.send(new ListTablesCommand({ Limit: 1 }));
}
