import * as z from 'zod/mini';
import { crossesItself } from '../geo/polygon.ts';
import { isMaskOf } from '../pii/mask.ts';
import { geoPoint } from '../service-centers/validation.ts';
import { absentIs, absentIsNull, count, id, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import type { GridStaff } from './model.ts';
import { MAX_GRID_STAFF, STAFF_ROLES } from './types.ts';

const staffMember = z.object({
  /** Present for someone already on the staff: keeps their id (and their phone, if sent back masked). */
  id: z.nullish(id),
  role: z.enum(STAFF_ROLES),
  name: text(50),
  phone: absentIsNull(z.nullable(phone)),
  partyMember: absentIs(z.nullable(z.boolean()), false),
});
export type StaffInput = z.input<typeof staffMember>;

const editable = {
  name: text(100),
  organizationId: id,
  branchId: z.nullable(id),
  households: count(1_000_000),
  buildings: count(100_000),
  boundary: z.nullable(
    z.array(geoPoint).check(
      z.minLength(3, 'A boundary has at least 3 points.'),
      z.maxLength(500, 'At most 500 points.'),
      z.refine(
        (boundary) => !crossesItself(boundary),
        'The boundary crosses itself: give the corners in order around the grid.',
      ),
    ),
  ),
  staff: z
    .array(staffMember)
    .check(z.maxLength(MAX_GRID_STAFF, `At most ${MAX_GRID_STAFF} people.`)),
};

export const createGridInput = z.object({
  ...editable,
  branchId: absentIsNull(editable.branchId),
  households: z._default(editable.households, 0),
  buildings: z._default(editable.buildings, 0),
  boundary: absentIsNull(editable.boundary),
  staff: z._default(editable.staff, []),
});
export type CreateGridInput = z.input<typeof createGridInput>;

/** The owning village or community does not change: a grid belongs to where it was drawn. */
export const updateGridInput = z.partial(z.omit(z.object(editable), { organizationId: true }));
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
