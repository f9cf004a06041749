import * as z from 'zod/mini';
import { absentIsNull, id, isoDate, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { COMMITMENT_STATUSES } from './types.ts';

const editable = {
  name: text(50),
  phone: z.nullable(phone),
  organizationId: id,
  /** The grid the member reports to; null: not (or no longer) reported. */
  gridId: z.nullable(id),
  post: z.nullable(text(50)),
  duties: z.nullable(text(500, { multiline: true })),
};

export const createMemberInput = z.object({
  ...editable,
  phone: absentIsNull(editable.phone),
  gridId: absentIsNull(editable.gridId),
  post: absentIsNull(editable.post),
  duties: absentIsNull(editable.duties),
});
export type CreateMemberInput = z.input<typeof createMemberInput>;

export const updateMemberInput = z.partial(z.object(editable));
export type UpdateMemberInput = Patch<z.input<typeof updateMemberInput>>;

export const commitmentInput = z.object({
  text: text(200),
  dueDate: absentIsNull(z.nullable(isoDate)),
});
export type CommitmentInput = z.input<typeof commitmentInput>;

export const updateCommitmentInput = z.object({
  text: z.optional(text(200)),
  dueDate: z.optional(z.nullable(isoDate)),
  status: z.optional(z.enum(COMMITMENT_STATUSES)),
});
export type UpdateCommitmentInput = Patch<z.input<typeof updateCommitmentInput>>;
