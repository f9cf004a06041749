import { ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.ts';
import type { TableKey } from './tables.ts';

// a few at a time: a scanned page holds hundreds, more than the client's connections
const CONCURRENT = 16;

/**
 * Runs `each` on every item of a table the filter keeps, a few at a time. Maintenance only
 * (the backfills `ensureTables` runs): it reads the whole table, which no request path may do.
 */
export async function scanEach(
  db: Db,
  table: TableKey,
  filter: Pick<ScanCommandInput, 'FilterExpression' | 'ExpressionAttributeValues'>,
  each: (item: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({ TableName: db.tables[table], ...filter, ExclusiveStartKey: start }),
    );
    const items = page.Items ?? [];
    for (let i = 0; i < items.length; i += CONCURRENT) {
      await Promise.all(items.slice(i, i + CONCURRENT).map(each));
    }
    start = page.LastEvaluatedKey;
  } while (start);
}
