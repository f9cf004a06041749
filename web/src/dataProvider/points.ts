/** A point as the API gives and takes it (GeoPoint, GeoPointInput). */
export interface PointNode {
  lat: number;
  lng: number;
}

/** A point as the API takes it (GeoPointInput), or null for none. */
export const pointInput = (point: unknown) => {
  const p = point as Partial<PointNode> | null | undefined;
  return typeof p?.lat === 'number' && typeof p.lng === 'number'
    ? { lat: p.lat, lng: p.lng }
    : null;
};

/** Points as the API takes them (a boundary); none is null, which clears it. */
export const pointsInput = (points: unknown) =>
  Array.isArray(points) && points.length
    ? points.map((p) => pointInput(p)).filter((p) => p !== null)
    : null;
