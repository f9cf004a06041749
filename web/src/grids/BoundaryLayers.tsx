import { CircleMarker, Polygon, Polyline } from 'react-leaflet';
import type { LatLng } from '../map/area.ts';

/** A grid's boundary on a map: the polygon (or the line while it has two points) and its corners. */
export const BoundaryLayers = ({ points }: { points: readonly LatLng[] }) => {
  const positions = points.map((p): [number, number] => [p.lat, p.lng]);
  return (
    <>
      {positions.length >= 3 && (
        <Polygon positions={positions} pathOptions={{ weight: 2, fillOpacity: 0.15 }} />
      )}
      {positions.length === 2 && <Polyline positions={positions} pathOptions={{ weight: 2 }} />}
      {positions.map((position, i) => (
        <CircleMarker
          // corners may repeat; their order is their identity
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          center={position}
          radius={4}
          pathOptions={{ weight: 1, fillOpacity: 1 }}
        />
      ))}
    </>
  );
};
