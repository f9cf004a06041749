import * as z from 'zod';
import { count, isoDate, text, yuanToFen } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { PROJECT_KINDS, PROJECT_STATUSES } from './types.ts';

/** Partners and served organizations together, so one transaction can check them all. */
export const MAX_PROJECT_LINKS = 20;

const ids = (what: string) =>
  z
    .array(z.string().min(1))
    .max(MAX_PROJECT_LINKS, `At most ${MAX_PROJECT_LINKS} ${what}.`)
    .refine((list) => new Set(list).size === list.length, {
      message: `Each of the ${what} only once.`,
    });

const editable = {
  title: text(200),
  kind: z.enum(PROJECT_KINDS),
  leadOrganizationId: z.string().min(1),
  servedOrganizationIds: ids('served organizations'),
  responsibleLeader: text(50).nullable(),
  funds: yuanToFen,
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  status: z.enum(PROJECT_STATUSES),
  beneficiaryHouseholds: count(10_000_000),
  commitment: text(500, { multiline: true }).nullable(),
  description: text(2000, { multiline: true }).nullable(),
};

const nullToDefault = <T extends z.ZodType>(schema: T) =>
  schema.optional().transform((v) => (v ?? null) as z.output<T> | null);

export const createProjectInput = z.object({
  ...editable,
  partnerIds: ids('partners').default([]),
  servedOrganizationIds: editable.servedOrganizationIds.default([]),
  responsibleLeader: nullToDefault(editable.responsibleLeader),
  funds: editable.funds.default(0),
  startDate: nullToDefault(editable.startDate),
  dueDate: nullToDefault(editable.dueDate),
  status: editable.status.default('PROPOSED'),
  beneficiaryHouseholds: editable.beneficiaryHouseholds.default(0),
  commitment: nullToDefault(editable.commitment),
  description: nullToDefault(editable.description),
});
export type CreateProjectInput = z.input<typeof createProjectInput>;

export const updateProjectInput = z.object(
  Object.fromEntries(Object.entries(editable).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof editable]: z.ZodOptional<(typeof editable)[K]>;
  },
);
export type UpdateProjectInput = Patch<z.input<typeof updateProjectInput>>;

export const noteText = text(2000, { multiline: true });

/** Due date on or after the start date, checked on the record as it will be stored. */
export const datesInOrder = (p: { startDate: string | null; dueDate: string | null }) =>
  !p.startDate || !p.dueDate || p.dueDate >= p.startDate;
