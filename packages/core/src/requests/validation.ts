import * as z from 'zod/mini';
import { isMaskOf, maskName } from '../pii/mask.ts';
import { geoPoint } from '../service-centers/validation.ts';
import { absentIsNull, id, isoDate, phone, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import type { ResidentContact } from './model.ts';
import { EVALUATIONS, REQUEST_SOURCES, REQUEST_STATUSES } from './types.ts';

const resident = z.object({
  name: text(50),
  phone: absentIsNull(z.nullable(phone)),
});

const editable = {
  title: text(100),
  category: text(30),
  description: text(2000, { multiline: true }),
  source: z.enum(REQUEST_SOURCES),
  gridId: z.nullable(id),
  address: z.nullable(text(200)),
  location: z.nullable(geoPoint),
  resident: z.nullable(resident),
  responsibleLeader: z.nullable(text(50)),
  department: z.nullable(text(50)),
  deadline: z.nullable(isoDate),
  disclosed: z.boolean(),
};

export const createRequestInput = z.object({
  ...editable,
  /** The organization that received it: where it arose, and the first level to handle it. */
  organizationId: id,
  gridId: absentIsNull(editable.gridId),
  address: absentIsNull(editable.address),
  location: absentIsNull(editable.location),
  resident: absentIsNull(editable.resident),
  responsibleLeader: absentIsNull(editable.responsibleLeader),
  department: absentIsNull(editable.department),
  deadline: absentIsNull(editable.deadline),
  disclosed: z._default(editable.disclosed, false),
});
export type CreateRequestInput = z.input<typeof createRequestInput>;

export const updateRequestInput = z.partial(z.object(editable));
export type UpdateRequestInput = Patch<z.input<typeof updateRequestInput>>;

export const transitionInput = z.object({
  to: z.enum(REQUEST_STATUSES),
  note: absentIsNull(z.nullable(text(1000, { multiline: true }))),
  /** Why this level cannot solve it: required to escalate. */
  reason: absentIsNull(z.nullable(text(500, { multiline: true }))),
  /** The organization below the level holding it that it is handed to: required to assign. */
  toOrganizationId: absentIsNull(z.nullable(id)),
  /** The resident's evaluation: required to close. */
  evaluation: absentIsNull(z.nullable(z.enum(EVALUATIONS))),
  evaluationComment: absentIsNull(z.nullable(text(500, { multiline: true }))),
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
