import { CircleMarker, Polygon, Polyline } from 'react-leaflet';
import type { LatLng } from '../map/area.ts';

/** A grid's boundary on a map: the polygon (or the line while it has two points) and its corners. */
export const BoundaryLayers = ({ points }: { points: readonly LatLng[] }) => {
  return (
    <>
      {points.length >= 3 && (
        <Polygon positions={[...points]} pathOptions={{ weight: 2, fillOpacity: 0.15 }} />
      )}
      {points.length === 2 && <Polyline positions={[...points]} pathOptions={{ weight: 2 }} />}
      {points.map((position, i) => (
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
