import { SelectField } from 'react-admin';
import { choices, REQUEST_SOURCES, REQUEST_STATUSES } from '../common/choices.ts';
import { OverdueChip } from '../common/fields.tsx';

export const SOURCES = choices('RequestSource', REQUEST_SOURCES);
export const STATUSES = choices('RequestStatus', REQUEST_STATUSES);
export const OPEN_CHOICES = [
  { id: 'true', name: 'grassroots.requests.open.true' },
  { id: 'false', name: 'grassroots.requests.open.false' },
];

/** The status, with a warning chip while the request is past its deadline and unresolved. */
export const RequestStatusField = (_props: { label?: string }) => (
  <span data-testid="request-status">
    <SelectField source="status" choices={STATUSES} />
    <OverdueChip label="grassroots.requests.overdue" />
  </span>
);
