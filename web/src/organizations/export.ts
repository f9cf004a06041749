import type { TranslateFunction } from 'react-admin';
import { type Column, yesNo } from '../common/csv.ts';

export const organizationColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
): Column[] => [
  [field('name'), (r) => r.name],
  [field('type'), (r) => translate(`enums.OrganizationType.${r.type}`)],
  [field('divisionCode'), (r) => r.divisionCode],
  [field('parent.name'), (r) => r.parent?.name],
  [field('secretary.name'), (r) => r.secretary?.name],
  [field('memberCount'), (r) => r.memberCount],
  [field('starRating'), (r) => r.starRating],
  [field('standardized'), (r) => yesNo(translate, r.standardized)],
  [field('oneShoulder'), (r) => yesNo(translate, r.oneShoulder)],
  [field('childCount'), (r) => r.childCount],
  ['id', (r) => r.id],
];
