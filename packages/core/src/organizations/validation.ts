import * as z from 'zod/mini';
import {
  absentIs,
  absentIsNull,
  count,
  divisionCode,
  phone,
  text,
  wholeNumber,
} from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { HONOUR_LEVELS, ORGANIZATION_TYPES } from './types.ts';

const secretary = z.object({
  name: text(50),
  phone: absentIsNull(z.nullable(phone)),
});

const honour = z.object({
  title: absentIs(z.nullable(text(50)), '最强党支部'),
  level: z.enum(HONOUR_LEVELS),
  year: z.number().check(
    z.int('Must be a whole year.'),
    z.gte(1921, 'The Party was founded in 1921; enter a year from 1921 on.'),
    z.refine((y) => y <= new Date().getUTCFullYear(), 'Must not be in the future.'),
  ),
});

const editable = {
  name: text(100),
  type: z.enum(ORGANIZATION_TYPES),
  divisionCode,
  secretary: z.nullable(secretary),
  memberCount: count(1_000_000),
  standardized: z.boolean(),
  starRating: z.nullable(
    wholeNumber(
      'Must be a whole number of stars.',
      [0, 'From 0 stars.'],
      [10, 'At most 10 stars (十星级).'],
    ),
  ),
  honours: z.array(honour).check(z.maxLength(50, 'At most 50 honours.')),
  oneShoulder: z.boolean(),
};

export const createOrganizationInput = z.object({
  parentId: z.nullish(z.string()),
  name: editable.name,
  type: editable.type,
  divisionCode: editable.divisionCode,
  secretary: absentIsNull(editable.secretary),
  memberCount: z._default(editable.memberCount, 0),
  standardized: z._default(editable.standardized, false),
  starRating: absentIsNull(editable.starRating),
  honours: z._default(editable.honours, []),
  oneShoulder: z._default(editable.oneShoulder, false),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

/** Every field optional; `null` clears the nullable ones. */
export const updateOrganizationInput = z.partial(z.object(editable));
export type UpdateOrganizationInput = Patch<z.input<typeof updateOrganizationInput>>;
