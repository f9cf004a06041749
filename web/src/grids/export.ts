import type { TranslateFunction } from 'react-admin';
import { type Column, yesNo } from '../common/csv.ts';
import { cornersOf } from './corners.ts';

// Staff phones are personal information: the export, like the page, never holds them.
export const gridColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
): Column[] => [
  [field('name'), (r) => r.name],
  [field('organizationId'), (r) => r.organization?.name],
  [field('branchId'), (r) => r.branch?.name],
  [field('households'), (r) => r.households],
  [field('buildings'), (r) => r.buildings],
  [field('staffCount'), (r) => r.staff?.length ?? 0],
  [field('partyStaff'), (r) => r.partyStaff],
  [field('staffingComplete'), (r) => yesNo(translate, r.staffingComplete)],
  [field('boundaryDrawn'), (r) => yesNo(translate, cornersOf(r).length > 0)],
  ['id', (r) => r.id],
];
