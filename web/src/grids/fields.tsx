import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { choices, GRID_STAFF_ROLES } from '../common/choices.ts';
import { cornersOf } from './corners.ts';

export const STAFF_ROLES = choices('GridStaffRole', GRID_STAFF_ROLES);

/** Whether the grid's boundary is drawn: the list shows which still lack one. */
export const BoundaryDrawnField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const drawn = cornersOf(record).length > 0;
  return (
    <Typography variant="body2" color={drawn ? 'text.primary' : 'text.secondary'}>
      {translate(drawn ? 'grassroots.grids.drawn' : 'grassroots.grids.notDrawn')}
    </Typography>
  );
};

/** Whether the grid meets 一格一长一警一专多兼 (at least one head, police officer, specialist, part-timer). */
export const StaffingField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.staffingComplete ? 'success' : 'warning'}
      label={translate(
        record.staffingComplete ? 'grassroots.grids.complete' : 'grassroots.grids.incomplete',
      )}
    />
  );
};
