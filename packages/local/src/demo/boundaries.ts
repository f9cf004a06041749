import type { GeoPoint, ImportedGrid, ImportedRequest, Organization } from '@grassroots/core';
import { seededRandom } from './random.ts';

/** Half the height and width of a demo grid, in degrees: about 400 m by 400 m at 40-43°N. */
const HALF_LAT = 0.0018;
const HALF_LNG = 0.0024;
/** How far corners stray from a plain rectangle, in degrees (about 10 m). */
const JITTER = 0.0001;
/** The share of its slot a grid takes, leaving a lane between neighbours. */
const FILL = 0.85;
/** Spacing of the places that borrow an ancestor's center (about 3 km). */
const STEP = 0.03;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Boundaries for the grids of the demo's named villages and communities, so its grid pages
 * and request map have something to draw. A place with a service center of its own gets its
 * grids in a row across the center; another takes its nearest ancestor's center, moved
 * along a spiral a few kilometres per place so that neighbours do not overlap. Generated
 * places, and places with no center up their tree, get none. Invented geometry, like the
 * （示例） records it belongs to; the same every load.
 */
export function drawDemoBoundaries(
  grids: ImportedGrid[],
  organizations: readonly Organization[],
  locations: ReadonlyMap<string, GeoPoint>,
) {
  const rnd = seededRandom(20261129);
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const nearest = (org: Organization) =>
    org.path
      .split('/')
      .filter(Boolean)
      .reverse()
      .map((id) => locations.get(id))
      .find(Boolean);
  const gridsOf = new Map<string, ImportedGrid[]>();
  for (const grid of grids) {
    const place = byId.get(grid.organizationId);
    if (!place || place.name.includes('（生成）')) continue;
    gridsOf.set(place.id, [...(gridsOf.get(place.id) ?? []), grid]);
  }
  let borrowed = 0;
  // by name, so the spiral and the jitter fall the same way every load (ids are new each time)
  const places = [...gridsOf.keys()].map((id) => byId.get(id) as Organization);
  places.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const place of places) {
    const own = gridsOf.get(place.id) as ImportedGrid[];
    const placeId = place.id;
    const center = nearest(place);
    if (!center) continue;
    let anchor = center;
    if (!locations.has(placeId)) {
      borrowed += 1;
      const angle = borrowed * GOLDEN_ANGLE;
      const radius = STEP * Math.sqrt(borrowed);
      anchor = {
        lat: center.lat + radius * Math.sin(angle),
        lng: center.lng + radius * Math.cos(angle),
      };
    }
    own.forEach((grid, i) => {
      const lng = anchor.lng + (2 * i - (own.length - 1)) * HALF_LNG;
      const jitter = () => (rnd.next() - 0.5) * 2 * JITTER;
      grid.boundary = [
        [-1, -1],
        [-1, 1],
        [1, 1],
        [1, -1],
      ].map(([dy = 0, dx = 0]) => ({
        lat: round(anchor.lat + dy * HALF_LAT + jitter()),
        lng: round(lng + dx * HALF_LNG * FILL + jitter()),
      }));
    });
  }
}

/**
 * Marks where each request raised in a drawn grid arose: a point well inside that grid (the
 * middle of its corners, moved at most half way toward its sides), as a grid worker on
 * patrol would mark it on the map.
 */
export function locateDemoRequests(requests: ImportedRequest[], grids: readonly ImportedGrid[]) {
  const rnd = seededRandom(20261130);
  for (const request of requests) {
    const corners = request.grid == null ? null : grids[request.grid]?.boundary;
    if (!corners?.length) continue;
    const mean = (pick: (p: GeoPoint) => number) =>
      corners.reduce((sum, p) => sum + pick(p), 0) / corners.length;
    const offset = () => (rnd.next() - 0.5) * FILL;
    request.location = {
      lat: round(mean((p) => p.lat) + offset() * HALF_LAT),
      lng: round(mean((p) => p.lng) + offset() * HALF_LNG * FILL),
    };
  }
}

/** Six decimals, as the console's map picks them (about 0.1 m). */
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
