import type { TranslateFunction } from 'react-admin';
import type { Column } from '../common/csv.ts';

export const centerColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
): Column[] => [
  [field('name'), (r) => r.name],
  [field('kind'), (r) => translate(`enums.ServiceCenterKind.${r.kind}`)],
  [field('status'), (r) => translate(`enums.ServiceCenterStatus.${r.status}`)],
  [field('organization.name'), (r) => r.organization?.name],
  [field('address'), (r) => r.address],
  [field('location.lat'), (r) => r.location?.lat],
  [field('location.lng'), (r) => r.location?.lng],
  [field('radiusMeters'), (r) => r.radiusMeters],
  [field('openingHours'), (r) => r.openingHours],
  [field('services'), (r) => (r.services ?? []).join('、')],
  [field('layout'), (r) => r.layout],
  [field('distanceMeters'), (r) => (r.distanceMeters == null ? '' : Math.round(r.distanceMeters))],
  ['id', (r) => r.id],
];
