import * as z from 'zod/mini';
import { MAX_NEAR_RADIUS_METERS } from '../geo/geohash.ts';
import { absentIsNull, id, text, wholeNumber } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { CENTER_KINDS, CENTER_STATUSES, DEFAULT_SERVICE_RADIUS_METERS } from './types.ts';

export const latitude = z
  .number()
  .check(z.gte(-90, 'Latitude runs from -90 to 90.'), z.lte(90, 'Latitude runs from -90 to 90.'));
export const longitude = z
  .number()
  .check(
    z.gte(-180, 'Longitude runs from -180 to 180.'),
    z.lte(180, 'Longitude runs from -180 to 180.'),
  );

export const geoPoint = z.object({ lat: latitude, lng: longitude });

const radius = wholeNumber(
  'Whole meters.',
  [50, 'At least 50 meters.'],
  [20_000, 'At most 20,000 meters (20 km).'],
);

const editable = {
  name: text(100),
  kind: z.enum(CENTER_KINDS),
  organizationId: id,
  address: text(200),
  location: geoPoint,
  radiusMeters: radius,
  openingHours: z.nullable(text(100)),
  services: z.array(text(50)).check(z.maxLength(30, 'At most 30 services.')),
  layout: z.nullable(text(50)),
  status: z.enum(CENTER_STATUSES),
};

export const createCenterInput = z.object({
  ...editable,
  radiusMeters: z._default(radius, DEFAULT_SERVICE_RADIUS_METERS),
  openingHours: absentIsNull(editable.openingHours),
  services: z._default(editable.services, []),
  layout: absentIsNull(editable.layout),
  status: z._default(editable.status, 'OPEN'),
});
export type CreateCenterInput = z.input<typeof createCenterInput>;

export const updateCenterInput = z.partial(z.object(editable));
export type UpdateCenterInput = Patch<z.input<typeof updateCenterInput>>;

export const nearInput = z.object({
  lat: latitude,
  lng: longitude,
  radiusMeters: z._default(
    z
      .number()
      .check(
        z.gt(0, 'Must be more than 0 meters.'),
        z.lte(MAX_NEAR_RADIUS_METERS, `At most ${MAX_NEAR_RADIUS_METERS} meters.`),
      ),
    DEFAULT_SERVICE_RADIUS_METERS,
  ),
});
export type NearInput = z.input<typeof nearInput>;
