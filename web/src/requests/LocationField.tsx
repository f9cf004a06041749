import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { CircleMarker } from 'react-leaflet';
import { BaseMap } from '../map/BaseMap.tsx';
import { FitBounds } from '../map/FitBounds.tsx';

/** Where the matter arose, on a small map, or a dash when it was not marked. */
export const LocationField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const location = record?.location as { lat: number; lng: number } | null | undefined;
  if (!location) return <Typography variant="body2">—</Typography>;
  return (
    <BaseMap testId="request-location-map" height={220}>
      <FitBounds points={[location]} />
      <CircleMarker center={location} radius={7} pathOptions={{ fillOpacity: 1 }} />
    </BaseMap>
  );
};
