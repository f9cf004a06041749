import { TREE } from '../db/tables.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import { drawnAttributes } from './drawn.ts';
import type { StaffRole } from './types.ts';

/** One member of a grid's staff. The phone is personal information: stored in clear, shown masked. */
export interface GridStaff {
  id: string;
  role: StaffRole;
  name: string;
  phone: string | null;
  partyMember: boolean;
}

export interface Grid {
  id: string;
  name: string;
  /** The village or community the grid divides. */
  organizationId: string;
  /** That organization's path, copied so subtree queries need no join. */
  organizationPath: string;
  /** The grid branch (网格党支部) built on the grid, if any. */
  branchId: string | null;
  households: number;
  buildings: number;
  boundary: GeoPoint[] | null;
  staff: GridStaff[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Counts kept on the grid item itself, added to by the writes that refer to the grid (a
 * member reporting, a request raised in it); a grid is deleted only while both are 0. They
 * change without a version bump, so they never make an edit of the grid conflict.
 */
export interface GridReferences {
  reportedMembers: number;
  requests: number;
}

type Item = Record<string, unknown>;

export function gridToItem(grid: Grid): Item {
  const { branchId, boundary, ...rest } = grid;
  return {
    ...rest,
    tree: TREE,
    ...(branchId ? { branchId } : {}),
    ...(boundary ? { boundary, ...drawnAttributes(boundary) } : {}),
  };
}

export function gridFromItem(item: Item): Grid {
  return {
    id: item.id as string,
    name: item.name as string,
    organizationId: item.organizationId as string,
    organizationPath: item.organizationPath as string,
    branchId: (item.branchId as string | undefined) ?? null,
    households: (item.households as number | undefined) ?? 0,
    buildings: (item.buildings as number | undefined) ?? 0,
    boundary: (item.boundary as GeoPoint[] | undefined) ?? null,
    staff: ((item.staff as GridStaff[] | undefined) ?? []).map((s) => ({
      ...s,
      phone: s.phone ?? null,
    })),
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}

export const referencesFromItem = (item: Item): GridReferences => ({
  reportedMembers: Number(item.reportedMembers ?? 0),
  requests: Number(item.requests ?? 0),
});
