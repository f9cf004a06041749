import {
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_STATUSES,
  EVALUATION_LABELS,
  EVALUATIONS,
  REQUEST_SOURCE_LABELS,
  REQUEST_SOURCES,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
} from '@grassroots/core';
import { builder } from '../builder.ts';

const values = <T extends string>(all: readonly T[], labels: Record<T, string>) =>
  Object.fromEntries(
    all.map((v) => [v, { value: v, description: labels[v] as string }]),
  ) as unknown as {
    [K in T]: { value: K };
  };

export const StaffRoleEnum = builder.enumType('GridStaffRole', {
  description: '一格一长一警一专多兼: grid head, police officer, specialist, part-timers.',
  values: values(STAFF_ROLES, STAFF_ROLE_LABELS),
});

export const CommitmentStatusEnum = builder.enumType('CommitmentStatus', {
  description: 'How a member’s commitment (履责践诺) stands.',
  values: values(COMMITMENT_STATUSES, COMMITMENT_STATUS_LABELS),
});

export const RequestSourceEnum = builder.enumType('RequestSource', {
  description: 'Where a request came in.',
  values: values(REQUEST_SOURCES, REQUEST_SOURCE_LABELS),
});

export const RequestStatusEnum = builder.enumType('RequestStatus', {
  description:
    'RECEIVED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED; ESCALATED hands it to the level above, ASSIGNED (交办) to an organization below the level holding it, where it waits to be accepted.',
  values: values(REQUEST_STATUSES, REQUEST_STATUS_LABELS),
});

export const EvaluationEnum = builder.enumType('Evaluation', {
  description: 'The resident’s evaluation when a request is closed (群众评议).',
  values: values(EVALUATIONS, EVALUATION_LABELS),
});

export const MemberListBasisEnum = builder.enumType('MemberListBasis', {
  description:
    'MEMBERSHIP: members of the organizations of the subtree; REPORTING: members reported to the grids of the subtree (双报到).',
  values: ['MEMBERSHIP', 'REPORTING'] as const,
});
