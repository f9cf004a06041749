import type { TranslateFunction } from 'react-admin';
import { type Column, yesNo } from '../common/csv.ts';

// The resident is personal information: the export, like the list, leaves them out.
export const requestColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
): Column[] => [
  [field('title'), (r) => r.title],
  [field('category'), (r) => r.category],
  [field('source'), (r) => translate(`enums.RequestSource.${r.source}`)],
  [field('status'), (r) => translate(`enums.RequestStatus.${r.status}`)],
  [field('overdue'), (r) => yesNo(translate, r.overdue)],
  [field('originOrganizationName'), (r) => r.originOrganizationName],
  [field('handlingOrganizationName'), (r) => r.handlingOrganizationName],
  [field('escalations'), (r) => r.escalations],
  [field('receivedAt'), (r) => r.receivedAt],
  [field('deadline'), (r) => r.deadline],
  [field('resolvedAt'), (r) => r.resolvedAt],
  [field('evaluation'), (r) => (r.evaluation ? translate(`enums.Evaluation.${r.evaluation}`) : '')],
  [field('department'), (r) => r.department],
  [field('disclosed'), (r) => yesNo(translate, r.disclosed)],
  ['id', (r) => r.id],
];
