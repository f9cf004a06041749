import { type LatLngLiteral, type LatLngTuple, latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Frames the given points whenever the set of points changes (not on every render). */
export const FitBounds = ({ points }: { points: readonly (LatLngTuple | LatLngLiteral)[] }) => {
  const map = useMap();
  const key = JSON.stringify(points);
  useEffect(() => {
    const list = JSON.parse(key) as (LatLngTuple | LatLngLiteral)[];
    if (list.length === 1 && list[0]) map.setView(list[0], Math.max(map.getZoom(), 14));
    else if (list.length > 1) map.fitBounds(latLngBounds(list), { padding: [24, 24], maxZoom: 15 });
  }, [key, map]);
  return null;
};
