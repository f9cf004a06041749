import DataLoader from 'dataloader';
import { batchGet } from './db/batch-get.ts';
import type { Db } from './db/client.ts';
import { keyString } from './db/keys.ts';
import type { TableKey } from './db/tables.ts';
import { type Grid, gridFromItem } from './grids/model.ts';
import { type Member, memberFromItem } from './members/model.ts';
import { type Organization, organizationFromItem } from './organizations/model.ts';
import { PROJECT_SK, type Project, projectFromItem } from './projects/model.ts';
import { REQUEST_SK, type Request, requestFromItem } from './requests/model.ts';
import { type SubtreeStats, statsFromItem } from './rollups/stats.ts';
import { centerFromItem, type ServiceCenter } from './service-centers/model.ts';

type Item = Record<string, unknown>;

function loader<T>(
  db: Db,
  consistent: boolean,
  table: TableKey,
  keyFor: (id: string) => Item,
  map: (item: Item | undefined) => T,
) {
  return new DataLoader<string, T>(
    async (ids) => {
      const keys = ids.map(keyFor);
      const found = await batchGet(db, table, keys, consistent);
      return keys.map((key) => map(found.get(keyString(table, key))));
    },
    { maxBatchSize: 100 },
  );
}

/**
 * Per-request batching: every record asked for while resolving one GraphQL request is
 * fetched with as few BatchGetItem calls as possible, and each only once. Reads for answers
 * are eventually consistent (half the capacity); writes use a strongly consistent set.
 */
export function createLoaders(db: Db, consistent = false) {
  return {
    organizations: loader(
      db,
      consistent,
      'organizations',
      (id) => ({ id }),
      (item) => (item ? organizationFromItem(item) : null),
    ) as DataLoader<string, Organization | null>,
    serviceCenters: loader(
      db,
      consistent,
      'serviceCenters',
      (id) => ({ id }),
      (item) => (item ? centerFromItem(item) : null),
    ) as DataLoader<string, ServiceCenter | null>,
    projects: loader(
      db,
      consistent,
      'projects',
      (id) => ({ id, sk: PROJECT_SK }),
      (item) => (item ? projectFromItem(item) : null),
    ) as DataLoader<string, Project | null>,
    grids: loader(
      db,
      consistent,
      'grids',
      (id) => ({ id }),
      (item) => (item ? gridFromItem(item) : null),
    ) as DataLoader<string, Grid | null>,
    members: loader(
      db,
      consistent,
      'members',
      (id) => ({ id }),
      (item) => (item ? memberFromItem(item) : null),
    ) as DataLoader<string, Member | null>,
    requests: loader(
      db,
      consistent,
      'requests',
      (id) => ({ id, sk: REQUEST_SK }),
      (item) => (item ? requestFromItem(item) : null),
    ) as DataLoader<string, Request | null>,
    stats: loader(db, consistent, 'rollups', (orgId) => ({ orgId }), statsFromItem) as DataLoader<
      string,
      SubtreeStats
    >,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many records, dropping ids with no record and failing on the first read error. */
export async function loadExisting<T>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<T[]> {
  const results = await loader.loadMany(ids);
  const failure = results.find((r): r is Error => r instanceof Error);
  if (failure) throw failure;
  return results.filter((r): r is Awaited<T> => r !== null) as T[];
}
