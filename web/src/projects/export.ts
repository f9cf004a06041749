import type { TranslateFunction } from 'react-admin';
import { type Column, yesNo } from '../common/csv.ts';
import { partyNames } from './parties.ts';

export const projectColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
): Column[] => [
  [field('title'), (r) => r.title],
  [field('kind'), (r) => translate(`enums.ProjectKind.${r.kind}`)],
  [field('status'), (r) => translate(`enums.ProjectStatus.${r.status}`)],
  [field('overdue'), (r) => yesNo(translate, r.overdue)],
  [field('leadOrganization.name'), (r) => partyNames(r, 'lead')],
  [field('partnerIds'), (r) => partyNames(r, 'partners')],
  [field('servedOrganizationIds'), (r) => partyNames(r, 'served')],
  [field('funds'), (r) => r.funds],
  [field('startDate'), (r) => r.startDate],
  [field('dueDate'), (r) => r.dueDate],
  [field('responsibleLeader'), (r) => r.responsibleLeader],
  [field('beneficiaryHouseholds'), (r) => r.beneficiaryHouseholds],
  [field('evaluation'), (r) => (r.evaluation ? translate(`enums.Evaluation.${r.evaluation}`) : '')],
  ['id', (r) => r.id],
];
