import type { Db } from './db/client.ts';
import { type Backfills, createOrUpgradeTables } from './db/ensure-tables.ts';
import { backfillDrawnGrids } from './grids/backfill-drawn.ts';
import { backfillPartnerPaths } from './projects/backfill-partner-path.ts';
import { backfillOrderKeys } from './requests/backfill-order.ts';

/**
 * The data changes that index changes have needed, by table: each gives the items an older
 * version of the code wrote the attributes the current index keys read. They live here, above
 * the db layer, because each belongs to its domain module.
 */
const BACKFILLS: Backfills = {
  grids: backfillDrawnGrids,
  projects: backfillPartnerPaths,
  requests: backfillOrderKeys,
};

/**
 * Creates every table that does not exist yet and upgrades the indexes of those an older
 * version created, backfilling their items first; returns the indexes it rebuilt. Safe to
 * run on every start.
 */
export const ensureTables = (db: Db) => createOrUpgradeTables(db, BACKFILLS);
