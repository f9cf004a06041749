/** The most records the API returns a page (`first` ≤ 100). */
export const MAX_FIRST = 100;

export interface Edge<N> {
  cursor: string;
  node: N;
  distanceMeters?: number | null;
}

export interface Connection<N> {
  edges: Edge<N>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | null;
}

/**
 * Fetches `first` records after `after`. With `cursorsOnly` the nodes may be left out: the
 * pager only needs the cursors to skip over pages nobody looked at.
 */
export type FetchConnection<N> = (
  first: number,
  after: string | null,
  cursorsOnly: boolean,
) => Promise<Connection<N>>;

export interface PageResult<N> {
  edges: Edge<N>[];
  /** Known when the API's counters know it. */
  total: number | null;
  hasNextPage: boolean;
}

const MAX_LISTS = 50;

/**
 * Turns react-admin's page numbers into the API's forward cursors. For every list (resource,
 * filter and page size) it remembers the cursor each page starts after, so the next page,
 * a page seen before and going back cost one request. Jumping ahead walks the gap asking
 * for cursors only, in pages of up to 100, rather than loading the records in between.
 * Cursors stay valid when the list changes (they hold the last record's sort key).
 */
export class CursorPager {
  // list key → page number → the cursor that page starts after (page 1: none)
  private readonly lists = new Map<string, Map<number, string>>();

  async page<N>(
    key: string,
    page: number,
    perPage: number,
    fetch: FetchConnection<N>,
  ): Promise<PageResult<N>> {
    const starts = this.starts(key);
    let known = 1;
    for (const p of starts.keys()) if (p <= page && p > known) known = p;
    let after = starts.get(known) ?? null;
    let position = (known - 1) * perPage;
    const target = (page - 1) * perPage;
    let total: number | null = null;
    while (position < target) {
      const connection = await fetch(Math.min(target - position, MAX_FIRST), after, true);
      total = connection.totalCount ?? total;
      for (const edge of connection.edges) {
        position += 1;
        after = edge.cursor;
        if (position % perPage === 0) starts.set(position / perPage + 1, edge.cursor);
      }
      if (!connection.pageInfo.hasNextPage || connection.edges.length === 0) {
        if (position < target) return { edges: [], total: total ?? position, hasNextPage: false };
      }
    }
    const edges: Edge<N>[] = [];
    let hasNextPage = true;
    while (edges.length < perPage && hasNextPage) {
      const connection = await fetch(Math.min(perPage - edges.length, MAX_FIRST), after, false);
      total = connection.totalCount ?? total;
      edges.push(...connection.edges);
      hasNextPage = connection.pageInfo.hasNextPage && connection.edges.length > 0;
      after = connection.pageInfo.endCursor ?? connection.edges.at(-1)?.cursor ?? after;
    }
    if (hasNextPage && after) starts.set(page + 1, after);
    return { edges, total, hasNextPage };
  }

  private starts(key: string): Map<number, string> {
    let starts = this.lists.get(key);
    if (starts) {
      // most recently used last, so the oldest list is the first to go
      this.lists.delete(key);
    } else {
      starts = new Map();
      if (this.lists.size >= MAX_LISTS) {
        const oldest = this.lists.keys().next().value;
        if (oldest !== undefined) this.lists.delete(oldest);
      }
    }
    this.lists.set(key, starts);
    return starts;
  }
}
