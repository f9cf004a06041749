import { Chip } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { COMMITMENT_STATUSES, choices, MEMBER_LIST_BASES } from '../common/choices.ts';

export const COMMITMENT_CHOICES = choices('CommitmentStatus', COMMITMENT_STATUSES);
export const BASES = choices('MemberListBasis', MEMBER_LIST_BASES);

const COLORS = {
  PLEDGED: 'default',
  IN_PROGRESS: 'info',
  FULFILLED: 'success',
  DROPPED: 'warning',
} as const;

export const CommitmentStatusChip = ({ status }: { status: keyof typeof COLORS }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      label={translate(`enums.CommitmentStatus.${status}`)}
    />
  );
};

/**
 * The member's organization, linked; a member seen only through the grid it reports to
 * has its organization outside the scope, which is named but not linked.
 */
export const MemberOrganizationField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.organizationId) {
    return <ReferenceField source="organizationId" reference="organizations" link="show" />;
  }
  return (
    <>
      <TextField source="organizationName" />
      <Chip
        size="small"
        variant="outlined"
        label={translate('grassroots.members.organizationOutOfScope')}
        sx={{ ml: 1 }}
      />
    </>
  );
};

/** The grid the member reports to, or "未报到". */
export const MemberGridField = (_props: { label?: string }) => (
  <ReferenceField
    source="gridId"
    reference="grids"
    link="show"
    emptyText="grassroots.members.notReported"
  />
);

/** The 报到 filter: reported to a grid, or not yet (those to follow up). */
export const REPORTED_CHOICES = [
  { id: 'true', name: 'grassroots.members.reported' },
  { id: 'false', name: 'grassroots.members.notReported' },
];
