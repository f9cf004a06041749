import { TREE } from '../db/tables.ts';
import { type Bounds, boundsOf } from '../geo/polygon.ts';
import type { GeoPoint } from '../service-centers/model.ts';

/**
 * The attributes that put a grid with a boundary on the `drawnByPath` index: the tree, and
 * the box around the boundary that a point lookup filters on. A grid without one is not on it.
 */
export interface DrawnAttributes {
  drawnTree: string;
  bounds: Bounds;
}

export const drawnAttributes = (boundary: readonly GeoPoint[]): DrawnAttributes => ({
  drawnTree: TREE,
  bounds: boundsOf(boundary),
});

/** The update of those attributes when a boundary is set (or cleared, with null). */
export const drawnUpdate = (boundary: readonly GeoPoint[] | null) =>
  boundary ? drawnAttributes(boundary) : { drawnTree: null, bounds: null };
