import * as z from 'zod';
import { isMaskOf, maskName } from '../pii/mask.ts';
import { geoPoint } from '../service-centers/validation.ts';
import { isoDate, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import type { ResidentContact } from './model.ts';
import { EVALUATIONS, REQUEST_SOURCES, REQUEST_STATUSES } from './types.ts';

const resident = z.object({
  name: text(50),
  phone: phone.nullish().transform((v) => v ?? null),
});

const editable = {
  title: text(100),
  category: text(30),
  description: text(2000, { multiline: true }),
  source: z.enum(REQUEST_SOURCES),
  gridId: z.string().min(1).nullable(),
  address: text(200).nullable(),
  location: geoPoint.nullable(),
  resident: resident.nullable(),
  responsibleLeader: text(50).nullable(),
  department: text(50).nullable(),
  deadline: isoDate.nullable(),
  disclosed: z.boolean(),
};

const absentIsNull = <T extends z.ZodType>(schema: T) =>
  schema.optional().transform((v) => (v ?? null) as z.output<T> | null);

export const createRequestInput = z.object({
  ...editable,
  /** The organization that received it: where it arose, and the first level to handle it. */
  organizationId: z.string().min(1),
  gridId: absentIsNull(editable.gridId),
  address: absentIsNull(editable.address),
  location: absentIsNull(editable.location),
  resident: absentIsNull(editable.resident),
  responsibleLeader: absentIsNull(editable.responsibleLeader),
  department: absentIsNull(editable.department),
  deadline: absentIsNull(editable.deadline),
  disclosed: editable.disclosed.default(false),
});
export type CreateRequestInput = z.input<typeof createRequestInput>;

export const updateRequestInput = z.object(
  Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof editable]: z.ZodOptional<(typeof editable)[K]>;
  },
);
export type UpdateRequestInput = Patch<z.input<typeof updateRequestInput>>;

export const transitionInput = z.object({
  to: z.enum(REQUEST_STATUSES),
  note: absentIsNull(text(1000, { multiline: true }).nullable()),
  /** Why this level cannot solve it: required to escalate. */
  reason: absentIsNull(text(500, { multiline: true }).nullable()),
  /** The resident's evaluation: required to close. */
  evaluation: absentIsNull(z.enum(EVALUATIONS).nullable()),
  evaluationComment: absentIsNull(text(500, { multiline: true }).nullable()),
});
export type TransitionInput = z.input<typeof transitionInput>;
export type Transition = z.output<typeof transitionInput>;

/** A form that sends back the resident as it showed them (masked) leaves the stored contact as it is. */
export function unmaskedResident(
  raw: UpdateRequestInput,
  stored: ResidentContact | null,
): UpdateRequestInput {
  const sent = raw.resident;
  if (!sent || !stored) return raw;
  return {
    ...raw,
    resident: {
      name: sent.name === maskName(stored.name) ? stored.name : sent.name,
      phone: isMaskOf(sent.phone, stored.phone) ? stored.phone : sent.phone,
    },
  };
}
