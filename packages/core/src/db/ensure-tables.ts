import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { Db } from './client.ts';
import { type TableDefinition, type TableKey, tables } from './tables.ts';

const SCALAR = { string: 'S', number: 'N' } as const;

const keySchema = (index: { hashKey: string; rangeKey?: string }) => [
  { AttributeName: index.hashKey, KeyType: 'HASH' as const },
  ...(index.rangeKey ? [{ AttributeName: index.rangeKey, KeyType: 'RANGE' as const }] : []),
];

/** The CreateTable request for a definition: on-demand capacity, indexes projecting all. */
export function createTableInput(name: string, def: TableDefinition): CreateTableCommandInput {
  const indexes = Object.entries(def.globalIndexes);
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: Object.entries(def.fields).map(([AttributeName, type]) => ({
      AttributeName,
      AttributeType: SCALAR[type],
    })),
    KeySchema: keySchema(def.primaryIndex),
    ...(indexes.length
      ? {
          GlobalSecondaryIndexes: indexes.map(([IndexName, index]) => ({
            IndexName,
            KeySchema: keySchema(index),
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}

/**
 * Creates every table that does not exist yet and waits until all are active. Safe to run
 * on every start: existing tables are left as they are.
 */
export async function ensureTables(db: Db): Promise<void> {
  await Promise.all(
    (Object.keys(tables) as TableKey[]).map(async (key) => {
      const TableName = db.tables[key];
      try {
        await db.client.send(new DescribeTableCommand({ TableName }));
        return;
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      try {
        await db.client.send(new CreateTableCommand(createTableInput(TableName, tables[key])));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      await waitUntilTableExists({ client: db.client, maxWaitTime: 60 }, { TableName });
      const ttl = (tables[key] as TableDefinition).ttl;
      if (ttl) {
        await db.client.send(
          new UpdateTimeToLiveCommand({
            TableName,
            TimeToLiveSpecification: { AttributeName: ttl, Enabled: true },
          }),
        );
      }
    }),
  );
}
