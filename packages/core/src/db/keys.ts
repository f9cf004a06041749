import { type TableKey, tables } from './tables.ts';

type Attributes = Record<string, unknown>;

/** The attribute names of a table's primary key. */
export const primaryKeyNames = (table: TableKey): string[] => {
  const { hashKey, rangeKey } = tables[table].primaryIndex as {
    hashKey: string;
    rangeKey?: string;
  };
  return rangeKey ? [hashKey, rangeKey] : [hashKey];
};

/** The primary key of an item (or of a key itself). */
export const primaryKeyOf = (table: TableKey, item: Attributes): Attributes =>
  Object.fromEntries(primaryKeyNames(table).map((name) => [name, item[name]]));

/** A string that identifies an item of a table, for maps and loaders. */
export const keyString = (table: TableKey, item: Attributes): string =>
  primaryKeyNames(table)
    .map((name) => String(item[name]))
    .join('\u0000');
