import { invalid } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw invalid('first', `Ask for between 0 and ${MAX_PAGE_SIZE} records a page.`);
  }
  return size;
}

export const foreignCursor = () =>
  invalid('after', 'This cursor does not belong to this list; start again from the first page.');

const arrayCursor = (key: string) => Buffer.from(JSON.stringify({ a: key })).toString('base64url');

/** Whether a cursor is one of `pageArray`'s (rather than of a DynamoDB Query). */
export function isArrayCursor(cursor: string): boolean {
  try {
    return typeof JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))?.a === 'string';
  } catch {
    return false;
  }
}

/**
 * Pages through a list computed in memory (a `near` search, an organization's
 * partnerships), ordered by `sortKey`. The cursor holds the sort key of the last item, so
 * a page starts right after it even if the list changed in between.
 */
export function pageArray<T>(all: T[], sortKey: (item: T) => string, args: PageArgs): Page<T> {
  const first = pageSize(args.first);
  const keyed = all
    .map((item) => ({ item, key: sortKey(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let start = 0;
  if (args.after) {
    let after: unknown;
    try {
      after = JSON.parse(Buffer.from(args.after, 'base64url').toString('utf8'))?.a;
    } catch {
      throw foreignCursor();
    }
    if (typeof after !== 'string') throw foreignCursor();
    start = keyed.findIndex(({ key }) => key > after);
    if (start < 0) start = keyed.length;
  }
  const slice = keyed.slice(start, start + first);
  const cursors = slice.map(({ key }) => arrayCursor(key));
  return {
    items: slice.map(({ item }) => item),
    cursors,
    hasNextPage: start + first < keyed.length,
    hasPreviousPage: start > 0,
    startCursor: cursors[0] ?? null,
    endCursor: cursors.at(-1) ?? null,
  };
}
