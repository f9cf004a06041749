import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type GlobalSecondaryIndexDescription,
  type Projection,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { Db } from './client.ts';
import { type IndexDefinition, type TableDefinition, type TableKey, tables } from './tables.ts';

const SCALAR = { string: 'S', number: 'N' } as const;

/** DynamoDB's form of an index's projection (IndexDefinition.projection: absent is all). */
const projection = (index: IndexDefinition): Projection =>
  index.projection
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection] }
    : { ProjectionType: 'ALL' };

/** Whether an existing index has the keys and projection its definition asks for. */
const matches = (existing: GlobalSecondaryIndexDescription | undefined, index: IndexDefinition) =>
  existing !== undefined &&
  JSON.stringify(existing.KeySchema) === JSON.stringify(keySchema(index)) &&
  existing.Projection?.ProjectionType === projection(index).ProjectionType &&
  [...(existing.Projection?.NonKeyAttributes ?? [])].sort().join() ===
    [...(index.projection ?? [])].sort().join();

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
            Projection: projection(index),
          })),
        }
      : {}),
  };
}

const POLL_MS = 100;
// a second or two on a quiet DynamoDB Local; minutes while it holds hundreds of tables and a
// test run keeps it busy
const WAIT_MS = 300_000;

type Indexes = Map<string, GlobalSecondaryIndexDescription>;

/** The table's global secondary indexes by name; null when there is no such table. */
async function indexesOf(db: Db, TableName: string): Promise<Indexes | null> {
  try {
    const out = await db.client.send(new DescribeTableCommand({ TableName }));
    return new Map(
      (out.Table?.GlobalSecondaryIndexes ?? []).map((i) => [i.IndexName as string, i]),
    );
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}

async function waitFor(db: Db, TableName: string, done: (indexes: Indexes) => boolean) {
  for (const until = Date.now() + WAIT_MS; Date.now() < until; ) {
    if (done((await indexesOf(db, TableName)) ?? new Map())) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`The indexes of ${TableName} did not settle within ${WAIT_MS / 1000} s.`);
}

/**
 * Brings the indexes of a table an older version of the code created in line with its
 * definition: an index whose keys or projection changed is dropped and built again, one
 * that is gone from the definition is dropped, a new one is built. `prepare` runs first, when
 * anything is to change, to give the items the attributes the new keys read; DynamoDB then
 * fills each new index from the items. For local stacks and tests (a deployed stage's
 * indexes are SST's): the data stays, and the lists read from the rebuilt indexes find all
 * of it. Returns the names of the indexes it dropped or built. `described`: the indexes as
 * already read.
 */
export async function upgradeIndexes(
  db: Db,
  TableName: string,
  def: TableDefinition,
  prepare?: (db: Db) => Promise<void>,
  described?: Indexes,
): Promise<string[]> {
  const current = described ?? (await indexesOf(db, TableName));
  if (!current) throw new Error(`There is no table ${TableName} to upgrade.`);
  const wanted = Object.entries(def.globalIndexes);
  const build = wanted.filter(([name, index]) => !matches(current.get(name), index));
  const drop = [...current.keys()].filter(
    (name) => !(name in def.globalIndexes) || build.some(([built]) => built === name),
  );
  if (build.length === 0 && drop.length === 0) return [];
  await prepare?.(db);
  // DynamoDB takes one index change per request
  for (const IndexName of drop) {
    await db.client.send(
      new UpdateTableCommand({
        TableName,
        GlobalSecondaryIndexUpdates: [{ Delete: { IndexName } }],
      }),
    );
    await waitFor(db, TableName, (indexes) => !indexes.has(IndexName));
  }
  for (const [IndexName, index] of build) {
    await db.client.send(
      new UpdateTableCommand({
        TableName,
        AttributeDefinitions: keySchema(index).map(({ AttributeName }) => ({
          AttributeName,
          AttributeType: SCALAR[def.fields[AttributeName] ?? 'string'],
        })),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName,
              KeySchema: keySchema(index),
              Projection: projection(index),
            },
          },
        ],
      }),
    );
    await waitFor(db, TableName, (indexes) => indexes.get(IndexName)?.IndexStatus === 'ACTIVE');
  }
  return [...new Set([...drop, ...build.map(([name]) => name)])];
}

/** Per table, what gives the items of an older table the attributes new index keys read. */
export type Backfills = Partial<Record<TableKey, (db: Db) => Promise<void>>>;

/**
 * Creates every table that does not exist yet and waits until all are active; brings the
 * indexes of existing ones in line with their definitions, keeping their data (after the
 * table's backfill, if any), and returns what it changed there. Safe to run on every start.
 */
export async function createOrUpgradeTables(
  db: Db,
  backfills: Backfills,
): Promise<{ table: string; indexes: string[] }[]> {
  const upgraded: { table: string; indexes: string[] }[] = [];
  await Promise.all(
    (Object.keys(tables) as TableKey[]).map(async (key) => {
      const TableName = db.tables[key];
      const existing = await indexesOf(db, TableName);
      if (existing) {
        const indexes = await upgradeIndexes(db, TableName, tables[key], backfills[key], existing);
        if (indexes.length) upgraded.push({ table: TableName, indexes });
        return;
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
  return upgraded;
}
