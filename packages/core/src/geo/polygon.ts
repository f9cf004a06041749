import type { GeoPoint } from '../service-centers/model.ts';

/** The smallest latitude/longitude box holding a polygon. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function boundsOf(polygon: readonly GeoPoint[]): Bounds {
  const lats = polygon.map((p) => p.lat);
  const lngs = polygon.map((p) => p.lng);
  return {
    south: Math.min(...lats),
    west: Math.min(...lngs),
    north: Math.max(...lats),
    east: Math.max(...lngs),
  };
}

/**
 * Whether a point lies inside a polygon (even-odd rule, by a ray cast east of the point), in
 * plain degrees: at the size of a grid the curvature between two corners is negligible.
 */
export function contains(polygon: readonly GeoPoint[], point: GeoPoint): boolean {
  let crossings = 0;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length] as GeoPoint;
    if (a.lat > point.lat === b.lat > point.lat) return;
    const lngAtPoint = a.lng + ((point.lat - a.lat) / (b.lat - a.lat)) * (b.lng - a.lng);
    if (point.lng < lngAtPoint) crossings += 1;
  });
  return polygon.length >= 3 && crossings % 2 === 1;
}

/** Which side of the line a→b the point c lies on: 1 left, -1 right, 0 on it. */
const side = (a: GeoPoint, b: GeoPoint, c: GeoPoint) =>
  Math.sign((b.lng - a.lng) * (c.lat - a.lat) - (b.lat - a.lat) * (c.lng - a.lng));

/** Whether c, known to be on the line through a and b, lies between them. */
const within = (a: GeoPoint, b: GeoPoint, c: GeoPoint) =>
  Math.min(a.lng, b.lng) <= c.lng &&
  c.lng <= Math.max(a.lng, b.lng) &&
  Math.min(a.lat, b.lat) <= c.lat &&
  c.lat <= Math.max(a.lat, b.lat);

/** Whether the segments p1–p2 and q1–q2 meet, touching included. */
function segmentsMeet(p1: GeoPoint, p2: GeoPoint, q1: GeoPoint, q2: GeoPoint): boolean {
  const d1 = side(q1, q2, p1);
  const d2 = side(q1, q2, p2);
  const d3 = side(p1, p2, q1);
  const d4 = side(p1, p2, q2);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && within(q1, q2, p1)) ||
    (d2 === 0 && within(q1, q2, p2)) ||
    (d3 === 0 && within(p1, p2, q1)) ||
    (d4 === 0 && within(p1, p2, q2))
  );
}

/**
 * Whether the outline of a closed polygon crosses or touches itself anywhere but where
 * neighbouring sides share a corner: a figure eight, or corners clicked out of order. A
 * corner repeated in place (a double click) is not a crossing.
 */
export function crossesItself(polygon: readonly GeoPoint[]): boolean {
  const corners = polygon.filter((p, i) => {
    const next = polygon[(i + 1) % polygon.length] as GeoPoint;
    return p.lat !== next.lat || p.lng !== next.lng;
  });
  const n = corners.length;
  const corner = (i: number) => corners[i % n] as GeoPoint;
  for (let i = 0; i < n; i++) {
    // sides i and i + 1 share a corner, and so do the last and the first
    for (let j = i + 2; j < (i === 0 ? n - 1 : n); j++) {
      if (segmentsMeet(corner(i), corner(i + 1), corner(j), corner(j + 1))) return true;
    }
  }
  return false;
}
