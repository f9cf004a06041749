import { Box, Typography } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  SelectField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { PersonalValue } from '../common/PersonalValue.tsx';
import { STAFF_ROLES } from './fields.tsx';

/** A staff member's phone, masked; the reveal asks for it by the GridStaff id. */
const StaffPhone = ({ version }: { version: number }) => {
  const staff = useRecordContext();
  if (!staff) return null;
  return (
    <PersonalValue
      value={staff.phone}
      field="GRID_STAFF_PHONE"
      holderId={String(staff.id)}
      version={version}
      testId="staff-phone"
    />
  );
};

/** The grid's staff (一格一长一警一专多兼), phones masked. */
export const StaffTable = (_props: { label?: string }) => {
  const grid = useRecordContext();
  const translate = useTranslate();
  if (!grid) return null;
  const field = (name: string) => `resources.grids.fields.${name}`;
  return (
    <Box data-testid="grid-staff">
      <Typography variant="caption" color="text.secondary">
        {translate('grassroots.grids.partyOf', {
          party: grid.partyStaff,
          total: grid.staff?.length ?? 0,
        })}
      </Typography>
      <ArrayField source="staff">
        <DataTable
          rowClick={false}
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('grassroots.grids.noStaff')}</Typography>}
        >
          <DataTable.Col source="role" label={field('role')}>
            <SelectField source="role" choices={STAFF_ROLES} />
          </DataTable.Col>
          <DataTable.Col source="name" label={field('staffName')} />
          <DataTable.Col source="phone" label={field('phone')}>
            <StaffPhone version={grid.version} />
          </DataTable.Col>
          <DataTable.Col source="partyMember" label={field('partyMember')}>
            <BooleanField source="partyMember" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </Box>
  );
};
