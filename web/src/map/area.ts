/** Mean radius of the earth (IUGG), in metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const RADIANS = Math.PI / 180;

export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * The area in square metres of a polygon the size of a grid (a few kilometres across),
 * projected onto a plane at its mean latitude: within a fraction of a percent of the
 * spherical area at that size. Zero for fewer than three points.
 */
export function polygonArea(points: readonly LatLng[]): number {
  if (points.length < 3) return 0;
  const meanLat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const xScale = EARTH_RADIUS_M * RADIANS * Math.cos(meanLat * RADIANS);
  const yScale = EARTH_RADIUS_M * RADIANS;
  // metres from the first corner, so the products stay small and exact
  const [origin] = points as [LatLng];
  const xy = points.map((p) => [(p.lng - origin.lng) * xScale, (p.lat - origin.lat) * yScale]);
  let twice = 0;
  xy.forEach(([x1 = 0, y1 = 0], i) => {
    const [x2 = 0, y2 = 0] = xy[(i + 1) % xy.length] ?? [];
    twice += x1 * y2 - x2 * y1;
  });
  return Math.abs(twice) / 2;
}
