import { Box, Stack, Typography } from '@mui/material';
import { NumberInput, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Circle, CircleMarker } from 'react-leaflet';
import { BaseMap } from '../map/BaseMap.tsx';
import { ClickToPick } from '../map/ClickToPick.tsx';
import { FitBounds } from '../map/FitBounds.tsx';

/**
 * The location picker: a click on the map sets latitude and longitude (the inputs beside it
 * take typed coordinates too), and the service radius is drawn around the point.
 */
export const LocationInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const location = useWatch({ name: 'location' }) as { lat?: number; lng?: number } | null;
  const radius = Number(useWatch({ name: 'radiusMeters' })) || 1000;
  const point: [number, number] | null =
    Number.isFinite(location?.lat) && Number.isFinite(location?.lng)
      ? [Number(location?.lat), Number(location?.lng)]
      : null;
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Stack direction="row" spacing={2}>
        <NumberInput source="location.lat" validate={required()} step={0.000001} />
        <NumberInput source="location.lng" validate={required()} step={0.000001} />
      </Stack>
      <BaseMap testId="location-picker" height={320}>
        <FitBounds points={point ? [point] : []} />
        <ClickToPick
          onPick={(lat, lng) =>
            setValue('location', { lat, lng }, { shouldDirty: true, shouldValidate: true })
          }
        />
        {point && (
          <>
            <Circle center={point} radius={radius} pathOptions={{ weight: 1, fillOpacity: 0.1 }} />
            <CircleMarker center={point} radius={7} pathOptions={{ fillOpacity: 1 }} />
          </>
        )}
      </BaseMap>
      <Typography variant="caption" color="text.secondary">
        {translate('grassroots.map.pickHint')}
      </Typography>
    </Box>
  );
};
