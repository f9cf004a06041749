import * as z from 'zod/mini';
import { EVALUATIONS } from '../requests/types.ts';
import { absentIsNull, count, id, isoDate, text, yuanToFen } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';
import { PROJECT_KINDS, PROJECT_STATUSES } from './types.ts';

/** Partners and served organizations together, so one transaction can check them all. */
export const MAX_PROJECT_LINKS = 20;

const ids = (what: string) =>
  z.array(id).check(
    z.maxLength(MAX_PROJECT_LINKS, `At most ${MAX_PROJECT_LINKS} ${what}.`),
    z.refine((list) => new Set(list).size === list.length, `Each of the ${what} only once.`),
  );

const editable = {
  title: text(200),
  kind: z.enum(PROJECT_KINDS),
  leadOrganizationId: id,
  servedOrganizationIds: ids('served organizations'),
  responsibleLeader: z.nullable(text(50)),
  funds: z.nullable(yuanToFen),
  startDate: z.nullable(isoDate),
  dueDate: z.nullable(isoDate),
  status: z.enum(PROJECT_STATUSES),
  beneficiaryHouseholds: count(10_000_000),
  commitment: z.nullable(text(500, { multiline: true })),
  description: z.nullable(text(2000, { multiline: true })),
  /** The residents' evaluation (群众评议) of what the project delivered. */
  evaluation: z.nullable(z.enum(EVALUATIONS)),
  evaluationComment: z.nullable(text(500, { multiline: true })),
};

export const createProjectInput = z.object({
  ...editable,
  partnerIds: z._default(ids('partners'), []),
  servedOrganizationIds: z._default(editable.servedOrganizationIds, []),
  responsibleLeader: absentIsNull(editable.responsibleLeader),
  funds: absentIsNull(editable.funds),
  startDate: absentIsNull(editable.startDate),
  dueDate: absentIsNull(editable.dueDate),
  status: z._default(editable.status, 'PROPOSED'),
  beneficiaryHouseholds: z._default(editable.beneficiaryHouseholds, 0),
  commitment: absentIsNull(editable.commitment),
  description: absentIsNull(editable.description),
  evaluation: absentIsNull(editable.evaluation),
  evaluationComment: absentIsNull(editable.evaluationComment),
});
export type CreateProjectInput = z.input<typeof createProjectInput>;

export const updateProjectInput = z.partial(z.object(editable));
export type UpdateProjectInput = Patch<z.input<typeof updateProjectInput>>;

export const noteText = text(2000, { multiline: true });

/** Due date on or after the start date, checked on the record as it will be stored. */
export const datesInOrder = (p: { startDate: string | null; dueDate: string | null }) =>
  !p.startDate || !p.dueDate || p.dueDate >= p.startDate;
