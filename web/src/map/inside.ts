import type { LatLng } from './area.ts';

/**
 * Whether a point lies inside a polygon (even-odd rule, by a ray cast east of the point),
 * in plain degrees: at the size of a grid the curvature between two corners is negligible.
 */
export function inside(point: LatLng, polygon: readonly LatLng[]): boolean {
  let crossings = 0;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length] as LatLng;
    if (a.lat > point.lat === b.lat > point.lat) return;
    const lngAtPoint = a.lng + ((point.lat - a.lat) / (b.lat - a.lat)) * (b.lng - a.lng);
    if (point.lng < lngAtPoint) crossings += 1;
  });
  return polygon.length >= 3 && crossings % 2 === 1;
}
