import { Fragment } from 'react';
import { type RaRecord, useCreatePath, useNavigate } from 'react-admin';
import { Circle, CircleMarker, Tooltip } from 'react-leaflet';

const COLORS: Record<string, string> = {
  OPEN: '#c62828',
  UNDER_CONSTRUCTION: '#ef6c00',
  PLANNED: '#5c6bc0',
  CLOSED: '#757575',
};

export const hasLocation = (record: RaRecord) =>
  Number.isFinite(record.location?.lat) && Number.isFinite(record.location?.lng);

/** Each center as a dot (color by status) inside its service-radius circle; a click opens it. */
export const CenterMarkers = ({ records }: { records: RaRecord[] }) => {
  const navigate = useNavigate();
  const createPath = useCreatePath();
  return records.filter(hasLocation).map((center) => {
    const color = COLORS[center.status] ?? COLORS.OPEN;
    const at: [number, number] = [center.location.lat, center.location.lng];
    return (
      <Fragment key={center.id}>
        <Circle
          center={at}
          radius={center.radiusMeters ?? 1000}
          pathOptions={{ color, weight: 1, fillOpacity: 0.08 }}
        />
        <CircleMarker
          center={at}
          radius={7}
          pathOptions={{ color: '#fff', weight: 2, fillColor: color, fillOpacity: 1 }}
          eventHandlers={{
            click: () =>
              navigate(createPath({ resource: 'serviceCenters', id: center.id, type: 'show' })),
          }}
        >
          <Tooltip>{center.name}</Tooltip>
        </CircleMarker>
      </Fragment>
    );
  });
};
