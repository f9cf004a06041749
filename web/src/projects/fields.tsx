import { SelectField } from 'react-admin';
import { choices, PROJECT_KINDS, PROJECT_STATUSES } from '../common/choices.ts';
import { LocaleNumberField, OverdueChip } from '../common/fields.tsx';

export const KINDS = choices('ProjectKind', PROJECT_KINDS);
export const STATUSES = choices('ProjectStatus', PROJECT_STATUSES);

/** The funds in yuan, or 未填写 when none are recorded (not ¥0.00, which would be a figure). */
export const FundsField = ({ source = 'funds' }: { source?: string; label?: string }) => (
  <LocaleNumberField
    source={source}
    options={{ style: 'currency', currency: 'CNY' }}
    emptyText="grassroots.projects.fundsNotRecorded"
  />
);

/** The status, with a warning chip when the project is past its due date. */
export const StatusField = (_props: { label?: string }) => (
  <>
    <SelectField source="status" choices={STATUSES} />
    <OverdueChip label="grassroots.projects.overdue" />
  </>
);
