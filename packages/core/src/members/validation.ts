import * as z from 'zod';
import { isoDate, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { COMMITMENT_STATUSES } from './types.ts';

const editable = {
  name: text(50),
  phone: phone.nullable(),
  organizationId: z.string().min(1),
  /** The grid the member reports to; null: not (or no longer) reported. */
  gridId: z.string().min(1).nullable(),
  post: text(50).nullable(),
  duties: text(500, { multiline: true }).nullable(),
};

const absentIsNull = <T extends z.ZodType>(schema: T) =>
  schema.optional().transform((v) => (v ?? null) as z.output<T> | null);

export const createMemberInput = z.object({
  ...editable,
  phone: absentIsNull(editable.phone),
  gridId: absentIsNull(editable.gridId),
  post: absentIsNull(editable.post),
  duties: absentIsNull(editable.duties),
});
export type CreateMemberInput = z.input<typeof createMemberInput>;

export const updateMemberInput = z.object(
  Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof editable]: z.ZodOptional<(typeof editable)[K]>;
  },
);
export type UpdateMemberInput = Patch<z.input<typeof updateMemberInput>>;

export const commitmentInput = z.object({
  text: text(200),
  dueDate: absentIsNull(isoDate.nullable()),
});
export type CommitmentInput = z.input<typeof commitmentInput>;

export const updateCommitmentInput = z.object({
  text: text(200).optional(),
  dueDate: isoDate.nullable().optional(),
  status: z.enum(COMMITMENT_STATUSES).optional(),
});
export type UpdateCommitmentInput = Patch<z.input<typeof updateCommitmentInput>>;
