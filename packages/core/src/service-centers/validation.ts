import * as z from 'zod';
import { MAX_NEAR_RADIUS_METERS } from '../geo/geohash.ts';
import { text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { CENTER_KINDS, CENTER_STATUSES, DEFAULT_SERVICE_RADIUS_METERS } from './types.ts';

export const latitude = z
  .number()
  .min(-90, 'Latitude runs from -90 to 90.')
  .max(90, 'Latitude runs from -90 to 90.');
export const longitude = z
  .number()
  .min(-180, 'Longitude runs from -180 to 180.')
  .max(180, 'Longitude runs from -180 to 180.');

export const geoPoint = z.object({ lat: latitude, lng: longitude });

const radius = z
  .number()
  .int('Whole meters.')
  .min(50, 'At least 50 meters.')
  .max(20_000, 'At most 20,000 meters (20 km).');

const editable = {
  name: text(100),
  kind: z.enum(CENTER_KINDS),
  organizationId: z.string().min(1),
  address: text(200),
  location: geoPoint,
  radiusMeters: radius,
  openingHours: text(100).nullable(),
  services: z.array(text(50)).max(30, 'At most 30 services.'),
  layout: text(50).nullable(),
  status: z.enum(CENTER_STATUSES),
};

export const createCenterInput = z.object({
  ...editable,
  radiusMeters: radius.default(DEFAULT_SERVICE_RADIUS_METERS),
  openingHours: editable.openingHours.optional().transform((v) => v ?? null),
  services: editable.services.default([]),
  layout: editable.layout.optional().transform((v) => v ?? null),
  status: editable.status.default('OPEN'),
});
export type CreateCenterInput = z.input<typeof createCenterInput>;

export const updateCenterInput = z.object(
  Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof editable]: z.ZodOptional<(typeof editable)[K]>;
  },
);
export type UpdateCenterInput = Patch<z.input<typeof updateCenterInput>>;

export const nearInput = z.object({
  lat: latitude,
  lng: longitude,
  radiusMeters: z
    .number()
    .positive('Must be more than 0 meters.')
    .max(MAX_NEAR_RADIUS_METERS, `At most ${MAX_NEAR_RADIUS_METERS} meters.`)
    .default(DEFAULT_SERVICE_RADIUS_METERS),
});
export type NearInput = z.input<typeof nearInput>;
