export interface NearPoint {
  lat: number;
  lng: number;
  radiusMeters: number;
}

/** The API's default search radius, the 1 km of "不出1公里". */
export const DEFAULT_NEAR_RADIUS = 1000;

/** The near filter as the filter form holds it (text), when it names a complete point. */
export function parseNear(value: unknown): NearPoint | null {
  const near = value as { lat?: unknown; lng?: unknown; radiusMeters?: unknown } | undefined;
  const lat = Number(near?.lat);
  const lng = Number(near?.lng);
  if (near?.lat === '' || near?.lng === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
    return null;
  }
  const radius = Number(near?.radiusMeters);
  return { lat, lng, radiusMeters: radius > 0 ? radius : DEFAULT_NEAR_RADIUS };
}
