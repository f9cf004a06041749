// Build-time settings (Vite `VITE_*` variables); see docs/console.md.

/**
 * The API. The local stack serves it beside the console (the default, `/graphql`); a
 * deployed stage's console is built with the API Gateway URL (infra/web.ts), whose CORS
 * allow-list holds the console's origin.
 */
export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL || '/graphql';

/**
 * Map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png. Empty by default: the
 * console must work on networks without map services, and it then draws the centers and
 * their service radii on a blank background.
 */
export const TILE_URL = import.meta.env.VITE_MAP_TILE_URL || '';
export const TILE_ATTRIBUTION = import.meta.env.VITE_MAP_TILE_ATTRIBUTION || '';

/** Where maps open when there is nothing to show yet: 赤峰市 (lat, lng) and a city zoom. */
export const DEFAULT_MAP_CENTER: [number, number] = [
  Number(import.meta.env.VITE_MAP_CENTER_LAT || 42.2578),
  Number(import.meta.env.VITE_MAP_CENTER_LNG || 118.8878),
];
export const DEFAULT_MAP_ZOOM = 12;
