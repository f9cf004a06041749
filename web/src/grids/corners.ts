import type { RaRecord } from 'react-admin';
import type { LatLng } from '../map/area.ts';

/** A grid record's boundary corners: none when no boundary is drawn. */
export const cornersOf = (grid: RaRecord | undefined): LatLng[] =>
  Array.isArray(grid?.boundary) ? (grid.boundary as LatLng[]) : [];
