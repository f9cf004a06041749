import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate, ValidationError } from 'react-admin';
import type { LatLng } from '../map/area.ts';
import { BaseMap } from '../map/BaseMap.tsx';
import { ClickToPick } from '../map/ClickToPick.tsx';
import { FitBounds } from '../map/FitBounds.tsx';
import { AreaText } from './AreaText.tsx';
import { BoundaryLayers } from './BoundaryLayers.tsx';

/** What the API takes: 3 to 500 corners, or none. */
const MAX_POINTS = 500;

const validateBoundary = (value: unknown) => {
  const count = Array.isArray(value) ? value.length : 0;
  if (count > 0 && count < 3) return 'grassroots.grids.boundaryTooFew';
  if (count > MAX_POINTS) return 'grassroots.grids.boundaryTooMany';
  return undefined;
};

/**
 * The boundary drawn on the map: each click adds the next corner; the last one can be taken
 * back and the whole boundary cleared. The map frames the boundary the grid had when the form
 * opened, and stays where the user puts it while they draw.
 */
export const BoundaryInput = (_props: { label?: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'boundary', validate: validateBoundary });
  const points = (Array.isArray(field.value) ? field.value : []) as LatLng[];
  const [opened] = useState(points);
  const set = (next: LatLng[]) => field.onChange(next.length ? next : null);
  const error = fieldState.error?.message;
  return (
    <Box sx={{ width: '100%', maxWidth: 720, mb: 2 }}>
      <Typography variant="subtitle2">{translate('resources.grids.fields.boundary')}</Typography>
      <BaseMap testId="boundary-picker" height={320}>
        <FitBounds points={opened} />
        <ClickToPick onPick={(lat, lng) => set([...points, { lat, lng }])} />
        <BoundaryLayers points={points} />
      </BaseMap>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
        <Button size="small" disabled={!points.length} onClick={() => set(points.slice(0, -1))}>
          {translate('grassroots.grids.undoPoint')}
        </Button>
        <Button size="small" disabled={!points.length} onClick={() => set([])}>
          {translate('grassroots.grids.clearBoundary')}
        </Button>
        <Typography variant="caption" color="text.secondary" data-testid="boundary-count">
          {translate('grassroots.grids.boundaryPoints', { count: points.length })}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          <AreaText points={points} />
        </Typography>
      </Stack>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'}>
        {error ? <ValidationError error={error} /> : translate('grassroots.grids.boundaryHint')}
      </Typography>
    </Box>
  );
};
