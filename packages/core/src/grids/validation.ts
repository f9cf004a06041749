import * as z from 'zod';
import { isMaskOf } from '../pii/mask.ts';
import { geoPoint } from '../service-centers/validation.ts';
import { count, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import type { GridStaff } from './model.ts';
import { MAX_GRID_STAFF, STAFF_ROLES } from './types.ts';

const staffMember = z.object({
  /** Present for someone already on the staff: keeps their id (and their phone, if sent back masked). */
  id: z.string().min(1).nullish(),
  role: z.enum(STAFF_ROLES),
  name: text(50),
  phone: phone.nullish().transform((v) => v ?? null),
  partyMember: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
export type StaffInput = z.input<typeof staffMember>;

const editable = {
  name: text(100),
  organizationId: z.string().min(1),
  branchId: z.string().min(1).nullable(),
  households: count(1_000_000),
  buildings: count(100_000),
  boundary: z
    .array(geoPoint)
    .min(3, 'A boundary has at least 3 points.')
    .max(500, 'At most 500 points.')
    .nullable(),
  staff: z.array(staffMember).max(MAX_GRID_STAFF, `At most ${MAX_GRID_STAFF} people.`),
};

export const createGridInput = z.object({
  ...editable,
  branchId: editable.branchId.optional().transform((v) => v ?? null),
  households: editable.households.default(0),
  buildings: editable.buildings.default(0),
  boundary: editable.boundary.optional().transform((v) => v ?? null),
  staff: editable.staff.default([]),
});
export type CreateGridInput = z.input<typeof createGridInput>;

/** The owning village or community does not change: a grid belongs to where it was drawn. */
export const updateGridInput = z.object({
  name: editable.name.optional(),
  branchId: editable.branchId.optional(),
  households: editable.households.optional(),
  buildings: editable.buildings.optional(),
  boundary: editable.boundary.optional(),
  staff: editable.staff.optional(),
});
export type UpdateGridInput = Patch<z.input<typeof updateGridInput>>;

/**
 * A form sends back the staff as it showed them, phones masked: someone whose id is kept and
 * whose phone is the mask of the stored one keeps the stored phone.
 */
export function unmaskedStaff<T extends { staff?: StaffInput[] | null }>(
  raw: T,
  current: readonly GridStaff[],
): T {
  if (!raw.staff) return raw;
  const stored = new Map(current.map((s) => [s.id, s.phone]));
  return {
    ...raw,
    staff: raw.staff.map((s) =>
      s.id && isMaskOf(s.phone, stored.get(s.id)) ? { ...s, phone: stored.get(s.id) } : s,
    ),
  };
}
