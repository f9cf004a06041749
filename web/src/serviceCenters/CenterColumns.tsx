import { DataTable, SelectField, useListContext } from 'react-admin';
import { CENTER_KINDS, CENTER_STATUSES, choices } from '../common/choices.ts';
import { LocaleNumberField } from '../common/fields.tsx';
import { parseNear } from './near.ts';

export const KINDS = choices('ServiceCenterKind', CENTER_KINDS);
export const STATUSES = choices('ServiceCenterStatus', CENTER_STATUSES);

/** The table of centers, with the distance column while a "near" search is on. */
export const CenterColumns = () => {
  const { filterValues } = useListContext();
  const near = parseNear(filterValues?.near);
  return (
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={KINDS} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={STATUSES} />
      </DataTable.Col>
      <DataTable.Col source="organization.name" disableSort />
      <DataTable.Col source="address" disableSort />
      <DataTable.Col source="radiusMeters" disableSort>
        <LocaleNumberField source="radiusMeters" />
      </DataTable.Col>
      {near && (
        <DataTable.Col source="distanceMeters" disableSort>
          <LocaleNumberField source="distanceMeters" options={{ maximumFractionDigits: 0 }} />
        </DataTable.Col>
      )}
    </DataTable>
  );
};
