import type { TranslateFunction } from 'react-admin';
import { type Column, yesNo } from '../common/csv.ts';

type Commitment = { status: string };

// The phone is personal information: the export, like the page, never holds it.
export const memberColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
): Column[] => [
  [field('name'), (r) => r.name],
  [field('organizationName'), (r) => r.organizationName],
  [field('reported'), (r) => yesNo(translate, r.reported)],
  [field('gridId'), (r) => r.grid?.name],
  [field('reportedAt'), (r) => r.reportedAt],
  [field('post'), (r) => r.post],
  [field('duties'), (r) => r.duties],
  [field('commitments'), (r) => (r.commitments as Commitment[] | undefined)?.length ?? 0],
  [
    translate('enums.CommitmentStatus.FULFILLED'),
    (r) =>
      (r.commitments as Commitment[] | undefined)?.filter((c) => c.status === 'FULFILLED').length ??
      0,
  ],
  ['id', (r) => r.id],
];
