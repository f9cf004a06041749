import { Box, Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useGetList, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { CircleMarker, Polygon, Tooltip } from 'react-leaflet';
import type { GrassrootsDataProvider } from '../dataProvider/index.ts';
import { cornersOf } from '../grids/corners.ts';
import type { LatLng } from '../map/area.ts';
import { BaseMap } from '../map/BaseMap.tsx';
import { ClickToPick } from '../map/ClickToPick.tsx';
import { FitBounds } from '../map/FitBounds.tsx';

/** The most grid outlines the map draws. */
const OUTLINES = 100;

/**
 * Where the matter arose: a click on the map sets the point. The receiving organization's
 * grids with a drawn boundary are on the map, and the grid whose boundary holds the point,
 * as the API finds it (`gridsAt`, as it does on saving), is filled in when none was chosen.
 */
export const RequestLocationInput = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GrassrootsDataProvider>();
  const { setValue, getValues } = useFormContext();
  const location = useWatch({ name: 'location' }) as LatLng | null | undefined;
  const organizationId = useWatch({ name: 'organizationId' }) as string | null | undefined;
  const {
    data: grids = [],
    total,
    pageInfo,
  } = useGetList(
    'grids',
    {
      filter: { under: organizationId, drawn: 'true' },
      pagination: { page: 1, perPage: OUTLINES },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: Boolean(organizationId) },
  );
  const drawn = grids.filter((g) => cornersOf(g).length >= 3);
  // a banner's hotline may hold more drawn grids than the map outlines; the API still finds
  // the grid of a point among all of them
  const outlinedSome = pageInfo?.hasNextPage === true || (total ?? 0) > grids.length;
  const asking = Boolean(location && organizationId && drawn.length);
  const { data: found } = useQuery({
    queryKey: ['gridsAt', location?.lat, location?.lng, organizationId],
    queryFn: () => dataProvider.gridsAt(location as LatLng, organizationId ?? null),
    enabled: asking,
  });
  // undefined while the API is asked; no drawn grid here holds any point
  const holding = asking ? found : [];
  const only = holding?.length === 1 ? holding[0] : undefined;
  useEffect(() => {
    if (only && !getValues('gridId')) {
      setValue('gridId', only.id, { shouldDirty: true });
    }
  }, [only, getValues, setValue]);
  // framed once: the point it had when the form opened, else the grids once they load
  const [opened] = useState(() => (location ? [location] : null));
  const framing = opened ?? drawn.flatMap(cornersOf);
  const set = (point: LatLng | null) =>
    setValue('location', point, { shouldDirty: true, shouldValidate: true });
  let caption = translate('grassroots.requests.locationHint');
  if (holding?.length) {
    caption = translate('grassroots.requests.inGrid', {
      name: holding.map((g) => g.name).join('、'),
    });
  } else if (location && holding) {
    caption = translate('grassroots.requests.inNoGrid');
  }
  return (
    <Box sx={{ width: '100%', maxWidth: 720, mb: 2 }}>
      <Typography variant="subtitle2">{translate('resources.requests.fields.location')}</Typography>
      <BaseMap testId="request-location" height={300}>
        <FitBounds points={framing} />
        <ClickToPick onPick={(lat, lng) => set({ lat, lng })} />
        {drawn.map((g) => (
          <Polygon
            key={g.id}
            positions={cornersOf(g)}
            // a class per grid, so a test (or a stylesheet) can find one grid's outline
            pathOptions={{ weight: 1, fillOpacity: 0.08, className: `grid-${g.id}` }}
          >
            <Tooltip>{g.name}</Tooltip>
          </Polygon>
        ))}
        {location && <CircleMarker center={location} radius={7} pathOptions={{ fillOpacity: 1 }} />}
      </BaseMap>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
        <Button size="small" disabled={!location} onClick={() => set(null)}>
          {translate('grassroots.requests.clearLocation')}
        </Button>
        <Typography variant="caption" color="text.secondary" data-testid="request-location-note">
          {caption}
          {outlinedSome && translate('grassroots.requests.someOutlined', { count: OUTLINES })}
        </Typography>
      </Stack>
    </Box>
  );
};
