import { listRoot, requireVisibleOrganization } from '../auth/list-root.ts';
import { inScope } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryAll, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import { distanceMeters } from '../geo/distance.ts';
import { CELL_PRECISION, coveringCells } from '../geo/geohash.ts';
import { type PageArgs, pageArray } from '../paging.ts';
import type { SubtreeStats } from '../rollups/stats.ts';
import type { Session } from '../session.ts';
import { searchText } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { centerFromItem, type ServiceCenter } from './model.ts';
import type { CenterKind, CenterStatus } from './types.ts';
import { type NearInput, nearInput } from './validation.ts';

/** A center the caller may see (its organization in their subtree), or null. */
export async function getServiceCenter(session: Session, id: string) {
  const center = await session.loaders.serviceCenters.load(id);
  return center && inScope(session, center.orgPath) ? center : null;
}

export async function requireServiceCenter(session: Session, id: string): Promise<ServiceCenter> {
  const center = await session.fresh.serviceCenters.clear(id).load(id);
  if (!center) throw notFound('ServiceCenter', id);
  return center;
}

export interface ServiceCenterFilter {
  organizationId?: string | null;
  under?: string | null;
  kind?: CenterKind | null;
  status?: CenterStatus | null;
  near?: NearInput | null;
  nameContains?: string | null;
}

/** A center found by `near`, with its distance from the point asked about. */
export interface CenterWithDistance {
  center: ServiceCenter;
  distanceMeters: number | null;
}

export async function listServiceCenters(
  session: Session,
  filter: ServiceCenterFilter,
  args: PageArgs,
) {
  if (filter.nameContains) parseInput(searchText, filter.nameContains, 'filter.nameContains');
  const list = await listRoot(session, filter.under);
  if (filter.organizationId) {
    await requireVisibleOrganization(session, filter.organizationId, 'filter.organizationId');
  }
  if (filter.near) return listNear(session, filter, list.prefix, args);

  const filters: Filter[] = [];
  const eq =
    (attribute: string, value: unknown): Filter =>
    (e) =>
      `${e.name(attribute)} = ${e.value(value)}`;
  if (filter.nameContains)
    filters.push((e) => `contains(${e.name('name')}, ${e.value(filter.nameContains)})`);
  const range = list.prefix ? { beginsWith: list.prefix } : undefined;
  let spec: QuerySpec;
  if (filter.organizationId) {
    spec = { table: 'serviceCenters', index: 'byOrganization', hashValue: filter.organizationId };
    if (filter.kind) filters.push(eq('kind', filter.kind));
    if (filter.status) filters.push(eq('status', filter.status));
    if (filter.under)
      filters.push((e) => `begins_with(${e.name('orgPath')}, ${e.value(list.prefix)})`);
  } else if (filter.kind) {
    spec = { table: 'serviceCenters', index: 'byKind', hashValue: filter.kind, range };
    if (filter.status) filters.push(eq('status', filter.status));
  } else if (filter.status) {
    spec = { table: 'serviceCenters', index: 'byStatus', hashValue: filter.status, range };
  } else {
    spec = { table: 'serviceCenters', index: 'byPath', hashValue: TREE, range };
  }
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const items = page.items.map((item) => ({ center: centerFromItem(item), distanceMeters: null }));
  const totalCount = async (): Promise<number | null> => {
    if (filter.nameContains) return null;
    if (filter.organizationId) {
      if (filter.under || filter.kind || filter.status) return null;
      return (await session.loaders.stats.load(filter.organizationId)).ownCenters;
    }
    return countCenters(await session.loaders.stats.load(list.countedBy), filter);
  };
  return { ...page, items, totalCount };
}

const countCenters = (stats: SubtreeStats, filter: ServiceCenterFilter) =>
  stats.centers
    .filter(
      (c) =>
        (!filter.kind || c.kind === filter.kind) && (!filter.status || c.status === filter.status),
    )
    .reduce((sum, c) => sum + c.count, 0);

/**
 * Centers within a radius: reads the geohash cells that cover the circle (a Query per cell,
 * on the cell index with a prefix on the full geohash), keeps those truly inside by
 * great-circle distance, and orders them nearest first.
 */
async function listNear(
  session: Session,
  filter: ServiceCenterFilter,
  /** The scope or `under` prefix: the key here is the geohash cell, so it applies to what the cells hold. */
  underPath: string | null,
  args: PageArgs,
) {
  const near = parseInput(nearInput, filter.near, 'filter.near');
  const cells = coveringCells(near.lat, near.lng, near.radiusMeters);
  const found: CenterWithDistance[] = [];
  await Promise.all(
    cells.map(async (cell) => {
      for await (const item of queryAll(session.db, {
        table: 'serviceCenters',
        index: 'byCell',
        hashValue: cell.slice(0, CELL_PRECISION),
        range: { beginsWith: cell },
      })) {
        const center = centerFromItem(item);
        const distance = distanceMeters(near, center.location);
        const keep =
          distance <= near.radiusMeters &&
          (!filter.organizationId || center.organizationId === filter.organizationId) &&
          (!underPath || center.orgPath.startsWith(underPath)) &&
          (!filter.kind || center.kind === filter.kind) &&
          (!filter.status || center.status === filter.status) &&
          (!filter.nameContains || center.name.includes(filter.nameContains));
        if (keep) found.push({ center, distanceMeters: Math.round(distance * 10) / 10 });
      }
    }),
  );
  const page = pageArray(
    found,
    (c) => `${c.distanceMeters?.toFixed(1).padStart(12, '0')}#${c.center.id}`,
    args,
  );
  return { ...page, totalCount: async () => found.length };
}
