import { Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { Circle, CircleMarker } from 'react-leaflet';
import { BaseMap } from '../map/BaseMap.tsx';
import { ClickToPick } from '../map/ClickToPick.tsx';
import { FitBounds } from '../map/FitBounds.tsx';
import { CenterMarkers, hasLocation } from './CenterMarkers.tsx';
import { DEFAULT_NEAR_RADIUS, parseNear } from './near.ts';

/**
 * The centers of the current page on a map. A click on the map sets the "near" filter to
 * that point (keeping the chosen radius), and the search circle is drawn dashed.
 */
export const CentersMap = () => {
  const translate = useTranslate();
  const { data = [], filterValues, displayedFilters, setFilters } = useListContext();
  const near = parseNear(filterValues.near);
  const points: [number, number][] = data
    .filter(hasLocation)
    .map((c) => [c.location.lat, c.location.lng]);
  if (near) points.push([near.lat, near.lng]);
  return (
    <>
      <BaseMap testId="centers-map">
        <FitBounds points={points} />
        <ClickToPick
          onPick={(lat, lng) =>
            setFilters(
              {
                ...filterValues,
                near: { lat, lng, radiusMeters: near?.radiusMeters ?? DEFAULT_NEAR_RADIUS },
              },
              { ...displayedFilters, near: true },
            )
          }
        />
        <CenterMarkers records={data} />
        {near && (
          <>
            <Circle
              center={[near.lat, near.lng]}
              radius={near.radiusMeters}
              pathOptions={{ color: '#1565c0', dashArray: '6 6', weight: 2, fillOpacity: 0.04 }}
            />
            <CircleMarker
              center={[near.lat, near.lng]}
              radius={4}
              pathOptions={{ color: '#1565c0' }}
            />
          </>
        )}
      </BaseMap>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2 }}>
        {translate('grassroots.map.nearHint')}
      </Typography>
    </>
  );
};
