import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { LatLng } from '../map/area.ts';
import { BaseMap } from '../map/BaseMap.tsx';
import { FitBounds } from '../map/FitBounds.tsx';
import { AreaText } from './AreaText.tsx';
import { BoundaryLayers } from './BoundaryLayers.tsx';

/** The grid's boundary drawn on a map with its area, or a note that none is drawn yet. */
export const BoundaryField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const points = (record?.boundary ?? []) as LatLng[];
  if (points.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="boundary-none">
        {translate('grassroots.grids.noBoundary')}
      </Typography>
    );
  }
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <BaseMap testId="boundary-map" height={300}>
        <FitBounds points={points.map((p) => [p.lat, p.lng])} />
        <BoundaryLayers points={points} />
      </BaseMap>
      <Typography variant="caption" color="text.secondary">
        <AreaText points={points} />
      </Typography>
    </Box>
  );
};
