import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { BaseMap } from '../map/BaseMap.tsx';
import { FitBounds } from '../map/FitBounds.tsx';
import { AreaText } from './AreaText.tsx';
import { BoundaryLayers } from './BoundaryLayers.tsx';
import { cornersOf } from './corners.ts';

/** The grid's boundary drawn on a map with its area, or a note that none is drawn yet. */
export const BoundaryField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const points = cornersOf(record);
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
        <FitBounds points={points} />
        <BoundaryLayers points={points} />
      </BaseMap>
      <Typography variant="caption" color="text.secondary">
        <AreaText points={points} />
      </Typography>
    </Box>
  );
};
