import { listRoot } from '../auth/list-root.ts';
import { type Filter, type QuerySpec, queryAll } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { contains } from '../geo/polygon.ts';
import { loadExisting } from '../loaders.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import { geoPoint } from '../service-centers/validation.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import type { Grid } from './model.ts';

const ENTRIES_PER_CALL = 1000;

/** The box of a drawn grid holds the point: what the index can tell before the boundary is read. */
const boxHolds =
  (point: GeoPoint): Filter =>
  (e) => {
    const side = (name: string) => `${e.name('bounds')}.${e.name(name)}`;
    return [
      `${side('south')} <= ${e.value(point.lat)}`,
      `${side('north')} >= ${e.value(point.lat)}`,
      `${side('west')} <= ${e.value(point.lng)}`,
      `${side('east')} >= ${e.value(point.lng)}`,
    ].join(' AND ');
  };

/**
 * The drawn grids in a subtree whose boundary holds a point, in path order: one for a point
 * inside a grid, none outside every grid, more only where boundaries overlap. It reads the
 * small `drawnByPath` entries of the subtree and then only the grids whose box holds the point.
 */
export async function gridsInSubtreeAt(
  session: Session,
  prefix: string | null,
  rawPoint: GeoPoint,
): Promise<Grid[]> {
  const point = parseInput(geoPoint, rawPoint, 'point');
  const ids: string[] = [];
  const spec: QuerySpec = {
    table: 'grids',
    index: 'drawnByPath',
    hashValue: TREE,
    ...(prefix ? { range: { beginsWith: prefix } } : {}),
    filters: [boxHolds(point)],
  };
  // an entry is a few hundred bytes: a thousand a call, some 30 read units
  for await (const item of queryAll(session.db, spec, ENTRIES_PER_CALL)) {
    ids.push(item.id as string);
  }
  const grids = await loadExisting(session.loaders.grids, ids);
  return grids.filter((grid) => grid.boundary && contains(grid.boundary, point));
}

/** `gridsInSubtreeAt` for a caller: under an organization they may see, else their scope. */
export async function gridsAt(session: Session, point: GeoPoint, under?: string | null) {
  const { prefix } = await listRoot(session, under);
  return gridsInSubtreeAt(session, prefix, point);
}
