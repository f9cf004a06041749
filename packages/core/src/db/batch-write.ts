import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.ts';
import { backoff } from './retry.ts';
import type { TableKey } from './tables.ts';

export type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

/** The most requests one BatchWriteItem call takes. */
export const BATCH_WRITE_SIZE = 25;

/**
 * Puts or deletes up to 25 items of one table in one BatchWriteItem call, sending again,
 * after a backoff, what DynamoDB left unprocessed (it does so when throttled).
 */
export async function batchWrite(db: Db, table: TableKey, requests: WriteRequest[]) {
  const TableName = db.tables[table];
  let pending = requests;
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt) await backoff(attempt);
    const out = await db.doc.send(
      new BatchWriteCommand({ RequestItems: { [TableName]: pending } }),
    );
    pending = (out.UnprocessedItems?.[TableName] ?? []) as WriteRequest[];
  }
}
