import { listRoot, requireVisibleOrganization } from '../auth/list-root.ts';
import { inScope } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import type { PageArgs } from '../paging.ts';
import type { Session } from '../session.ts';
import { searchText } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { type Grid, gridFromItem } from './model.ts';

/** A grid the caller may see (its village or community in their subtree), or null. */
export async function getGrid(session: Session, id: string) {
  const grid = await session.loaders.grids.load(id);
  return grid && inScope(session, grid.organizationPath) ? grid : null;
}

/** A grid as stored now, for a write to decide on. */
export async function requireGrid(session: Session, id: string): Promise<Grid> {
  const grid = await session.fresh.grids.clear(id).load(id);
  if (!grid) throw notFound('Grid', id);
  return grid;
}

export interface GridFilter {
  organizationId?: string | null;
  under?: string | null;
  nameContains?: string | null;
  /** Grids with (true) or without (false) a drawn boundary. */
  drawn?: boolean | null;
}

export async function listGrids(session: Session, filter: GridFilter, args: PageArgs) {
  if (filter.nameContains) parseInput(searchText, filter.nameContains, 'filter.nameContains');
  const list = await listRoot(session, filter.under);
  const filters: Filter[] = [];
  if (filter.nameContains)
    filters.push((e) => `contains(${e.name('name')}, ${e.value(filter.nameContains)})`);
  if (typeof filter.drawn === 'boolean') {
    const test = filter.drawn ? 'attribute_exists' : 'attribute_not_exists';
    filters.push((e) => `${test}(${e.name('boundary')})`);
  }
  let spec: QuerySpec;
  if (filter.organizationId) {
    await requireVisibleOrganization(session, filter.organizationId, 'filter.organizationId');
    spec = { table: 'grids', index: 'byOrganization', hashValue: filter.organizationId };
    if (filter.under)
      filters.push((e) => `begins_with(${e.name('organizationPath')}, ${e.value(list.prefix)})`);
  } else {
    const range = list.prefix ? { beginsWith: list.prefix } : undefined;
    spec = { table: 'grids', index: 'byPath', hashValue: TREE, range };
  }
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const items = page.items.map(gridFromItem);
  for (const grid of items) session.loaders.grids.prime(grid.id, grid);
  const totalCount = async (): Promise<number | null> => {
    // the counters do not split grids by whether they are drawn
    if (filter.nameContains || typeof filter.drawn === 'boolean') return null;
    if (filter.organizationId) {
      if (filter.under) return null;
      return (await session.loaders.stats.load(filter.organizationId)).grids.own;
    }
    return (await session.loaders.stats.load(list.countedBy)).grids.total;
  };
  return { ...page, items, totalCount };
}
