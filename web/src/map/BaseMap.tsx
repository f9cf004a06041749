import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { MapContainer, TileLayer } from 'react-leaflet';
import { DEFAULT_MAP_CENTER, DEFAULT_MAP_ZOOM, TILE_ATTRIBUTION, TILE_URL } from '../config.ts';

/**
 * A Leaflet map with the configured tiles, or none: markers and circles are vector layers,
 * so they draw on the plain background when there is no tile URL or no network.
 */
export const BaseMap = ({
  children,
  center = DEFAULT_MAP_CENTER,
  zoom = DEFAULT_MAP_ZOOM,
  height = 360,
  testId,
}: {
  children: ReactNode;
  center?: [number, number];
  zoom?: number;
  height?: number;
  testId?: string;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ position: 'relative', height, width: '100%' }} data-testid={testId}>
      <MapContainer
        center={center}
        zoom={zoom}
        style={{ height: '100%', width: '100%', background: '#eef2f5' }}
        attributionControl={Boolean(TILE_URL)}
      >
        {TILE_URL && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
        {children}
      </MapContainer>
      {!TILE_URL && (
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ position: 'absolute', right: 8, bottom: 4, zIndex: 1000 }}
        >
          {translate('grassroots.map.blank')}
        </Typography>
      )}
    </Box>
  );
};
