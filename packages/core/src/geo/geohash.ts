/**
 * Geohash encoding and the cells that cover a circle. Centers are indexed by their
 * precision-3 cell (partition) and full geohash (sort key); a `near` search reads the cells
 * of a precision whose size exceeds the radius, so the 3x3 block around the point covers it.
 */
const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

export const GEOHASH_PRECISION = 9;
export const CELL_PRECISION = 3;

export function encodeGeohash(lat: number, lng: number, precision = GEOHASH_PRECISION): string {
  let latMin = -90;
  let latMax = 90;
  let lngMin = -180;
  let lngMax = 180;
  let hash = '';
  let bits = 0;
  let value = 0;
  let evenBit = true;
  while (hash.length < precision) {
    if (evenBit) {
      const mid = (lngMin + lngMax) / 2;
      value = value * 2 + (lng >= mid ? 1 : 0);
      if (lng >= mid) lngMin = mid;
      else lngMax = mid;
    } else {
      const mid = (latMin + latMax) / 2;
      value = value * 2 + (lat >= mid ? 1 : 0);
      if (lat >= mid) latMin = mid;
      else latMax = mid;
    }
    evenBit = !evenBit;
    if (++bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}

/** Height and width in degrees of a cell of the given precision. */
function cellSize(precision: number): { lat: number; lng: number } {
  const totalBits = precision * 5;
  const lngBits = Math.ceil(totalBits / 2);
  const latBits = Math.floor(totalBits / 2);
  return { lat: 180 / 2 ** latBits, lng: 360 / 2 ** lngBits };
}

const METERS_PER_DEGREE_LAT = 111_320;

/**
 * The distinct cells of the coarsest useful precision that together cover the circle:
 * the cell of the centre and its eight neighbours, found by stepping one cell size away.
 */
export function coveringCells(lat: number, lng: number, radiusMeters: number): string[] {
  let precision = GEOHASH_PRECISION;
  for (; precision > CELL_PRECISION; precision--) {
    const size = cellSize(precision);
    const heightM = size.lat * METERS_PER_DEGREE_LAT;
    const widthM = size.lng * METERS_PER_DEGREE_LAT * Math.cos((Math.abs(lat) * Math.PI) / 180);
    if (heightM >= radiusMeters && widthM >= radiusMeters) break;
  }
  const size = cellSize(precision);
  const cells = new Set<string>();
  for (const dLat of [-1, 0, 1]) {
    for (const dLng of [-1, 0, 1]) {
      const cLat = lat + dLat * size.lat;
      if (cLat < -90 || cLat > 90) continue;
      const cLng = ((((lng + dLng * size.lng + 180) % 360) + 360) % 360) - 180;
      cells.add(encodeGeohash(cLat, cLng, precision));
    }
  }
  return [...cells];
}

/** Largest radius a `near` search accepts: the 3x3 block of precision-3 cells (~94 km wide at 53°N, China's northern tip) covers it. */
export const MAX_NEAR_RADIUS_METERS = 50_000;
