import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { foreignCursor, type Page, type PageArgs, pageSize } from '../paging.ts';
import type { Db } from './client.ts';
import { Expression } from './expression.ts';
import { primaryKeyNames } from './keys.ts';
import { type TableKey, tables } from './tables.ts';

type Item = Record<string, unknown>;

/** A filter clause written against an Expression, so values always go through placeholders. */
export type Filter = (e: Expression) => string;

export interface QuerySpec {
  table: TableKey;
  /** A global secondary index of the table; absent means the primary index. */
  index?: string;
  hashValue: unknown;
  /** Sort-key condition; `beginsWith` is how subtrees and geohash cells are read. */
  range?: { beginsWith: string } | { equals: unknown } | { between: [string, string] };
  filters?: Filter[];
  forward?: boolean;
}

// With filters, a page may need several reads; stop after this many and hand back a cursor.
const MAX_FILTERED_ROUNDS = 10;

const indexKeys = (spec: Pick<QuerySpec, 'table' | 'index'>) => {
  const def = tables[spec.table];
  const index = (
    spec.index
      ? (def.globalIndexes as Record<string, { hashKey: string; rangeKey?: string }>)[spec.index]
      : def.primaryIndex
  ) as { hashKey: string; rangeKey?: string } | undefined;
  if (!index) throw new Error(`Table ${spec.table} has no index ${spec.index}.`);
  return index;
};

function keyCondition(spec: QuerySpec, e: Expression): string {
  const { hashKey, rangeKey } = indexKeys(spec);
  const parts = [`${e.name(hashKey)} = ${e.value(spec.hashValue)}`];
  if (spec.range) {
    if (!rangeKey) throw new Error(`Index ${spec.index} has no sort key.`);
    const name = e.name(rangeKey);
    const range = spec.range;
    parts.push(
      'beginsWith' in range
        ? `begins_with(${name}, ${e.value(range.beginsWith)})`
        : 'between' in range
          ? `${name} BETWEEN ${e.value(range.between[0])} AND ${e.value(range.between[1])}`
          : `${name} = ${e.value(range.equals)}`,
    );
  }
  return parts.join(' AND ');
}

function buildQuery(db: Db, spec: QuerySpec) {
  const e = new Expression();
  const KeyConditionExpression = keyCondition(spec, e);
  const filters = (spec.filters ?? []).map((f) => f(e));
  return {
    TableName: db.tables[spec.table],
    ...(spec.index ? { IndexName: spec.index } : {}),
    KeyConditionExpression,
    ...(filters.length ? { FilterExpression: filters.map((f) => `(${f})`).join(' AND ') } : {}),
    ScanIndexForward: spec.forward ?? true,
    ...e.attributes(),
  };
}

/** The attributes that position an item within a query on this index. */
const cursorKeyNames = (spec: Pick<QuerySpec, 'table' | 'index'>) => {
  const { hashKey, rangeKey } = indexKeys(spec);
  return [...new Set([...primaryKeyNames(spec.table), hashKey, ...(rangeKey ? [rangeKey] : [])])];
};

const encodeCursor = (spec: QuerySpec, key: Item) =>
  Buffer.from(JSON.stringify({ i: spec.index ?? '', k: key })).toString('base64url');

export const cursorOf = (spec: QuerySpec, item: Item) =>
  encodeCursor(spec, Object.fromEntries(cursorKeyNames(spec).map((n) => [n, item[n]])));

/** Decodes `after`, refusing cursors of another list: they would read another partition. */
function decodeCursor(spec: QuerySpec, cursor: string): Item {
  const refuse = foreignCursor;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  const { i, k } = (parsed ?? {}) as { i?: unknown; k?: unknown };
  if (i !== (spec.index ?? '') || typeof k !== 'object' || k === null) throw refuse();
  const key = k as Item;
  const names = cursorKeyNames(spec);
  const valid =
    Object.keys(key).length === names.length &&
    names.every((n) => typeof key[n] === 'string' || typeof key[n] === 'number') &&
    key[indexKeys(spec).hashKey] === spec.hashValue;
  if (!valid) throw refuse();
  return key;
}

/**
 * Reads one page of a Query. Asks for one item more than the page to know whether there is
 * a next page; with filters it keeps reading until the page is full or the budget is spent.
 */
export async function queryPage(db: Db, spec: QuerySpec, args: PageArgs): Promise<Page<Item>> {
  const first = pageSize(args.first);
  let start = args.after ? decodeCursor(spec, args.after) : undefined;
  const input = buildQuery(db, spec);
  const filtered = Boolean(spec.filters?.length);
  const collected: Item[] = [];
  let lastKey: Item | undefined;
  for (let round = 0; ; round++) {
    const want = first + 1 - collected.length;
    const out = await db.doc.send(
      new QueryCommand({
        ...input,
        Limit: filtered ? Math.max(50, 4 * want) : want,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    collected.push(...(out.Items ?? []));
    lastKey = out.LastEvaluatedKey;
    if (collected.length > first || !lastKey) break;
    if (round + 1 >= MAX_FILTERED_ROUNDS) break;
    start = lastKey;
  }
  const items = collected.slice(0, first);
  const cursors = items.map((item) => cursorOf(spec, item));
  const hasNextPage = collected.length > first || (lastKey !== undefined && first > 0);
  // A page cut short by the read budget continues where the reading stopped.
  const endCursor =
    collected.length <= first && lastKey ? encodeCursor(spec, lastKey) : (cursors.at(-1) ?? null);
  return {
    items,
    cursors,
    hasNextPage,
    hasPreviousPage: Boolean(args.after),
    startCursor: cursors[0] ?? null,
    endCursor,
  };
}

/** Every item a query matches, page by page (for internal sweeps, never for client lists). */
export async function* queryAll(db: Db, spec: QuerySpec, limit = 100): AsyncGenerator<Item> {
  const input = buildQuery(db, spec);
  let start: Item | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({ ...input, Limit: limit, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    yield* out.Items ?? [];
    start = out.LastEvaluatedKey;
  } while (start);
}
