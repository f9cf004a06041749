import * as z from 'zod';
import { count, divisionCode, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { HONOUR_LEVELS, ORGANIZATION_TYPES } from './types.ts';

const secretary = z.object({
  name: text(50),
  phone: phone.nullish().transform((p) => p ?? null),
});

const honour = z.object({
  title: text(50)
    .nullish()
    .transform((title) => title ?? '最强党支部'),
  level: z.enum(HONOUR_LEVELS),
  year: z
    .number()
    .int('Must be a whole year.')
    .min(1921, 'The Party was founded in 1921; enter a year from 1921 on.')
    .refine((y) => y <= new Date().getUTCFullYear(), { message: 'Must not be in the future.' }),
});

const editable = {
  name: text(100),
  type: z.enum(ORGANIZATION_TYPES),
  divisionCode,
  secretary: secretary.nullable(),
  memberCount: count(1_000_000),
  standardized: z.boolean(),
  starRating: z
    .number()
    .int('Must be a whole number of stars.')
    .min(0, 'From 0 stars.')
    .max(10, 'At most 10 stars (十星级).')
    .nullable(),
  honours: z.array(honour).max(50, 'At most 50 honours.'),
  oneShoulder: z.boolean(),
};

export const createOrganizationInput = z.object({
  parentId: z.string().nullish(),
  name: editable.name,
  type: editable.type,
  divisionCode: editable.divisionCode,
  secretary: editable.secretary.optional().transform((s) => s ?? null),
  memberCount: editable.memberCount.default(0),
  standardized: editable.standardized.default(false),
  starRating: editable.starRating.optional().transform((s) => s ?? null),
  honours: editable.honours.default([]),
  oneShoulder: editable.oneShoulder.default(false),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;

/** Every field optional; `null` clears the nullable ones. */
export const updateOrganizationInput = z.object({
  name: editable.name.optional(),
  type: editable.type.optional(),
  divisionCode: editable.divisionCode.optional(),
  secretary: editable.secretary.optional(),
  memberCount: editable.memberCount.optional(),
  standardized: editable.standardized.optional(),
  starRating: editable.starRating.optional(),
  honours: editable.honours.optional(),
  oneShoulder: editable.oneShoulder.optional(),
});
export type UpdateOrganizationInput = Patch<z.input<typeof updateOrganizationInput>>;
