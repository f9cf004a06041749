import { DataTable, SearchInput, SelectInput } from 'react-admin';
import { LocaleNumberField } from '../common/fields.tsx';
import { referenceFilter } from '../common/filters.tsx';
import { ResourceList } from '../common/ResourceList.tsx';
import { gridColumns } from './export.ts';
import { BoundaryDrawnField, StaffingField } from './fields.tsx';

// 未绘制 finds the grids whose boundary is still to be drawn
const DRAWN_CHOICES = [
  { id: 'true', name: 'grassroots.grids.drawn' },
  { id: 'false', name: 'grassroots.grids.notDrawn' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  referenceFilter('under'),
  referenceFilter('organizationId'),
  <SelectInput key="drawn" source="drawn" choices={DRAWN_CHOICES} />,
];

export const GridList = () => (
  <ResourceList filters={filters} csvColumns={gridColumns}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="organization.name" disableSort />
      <DataTable.Col source="households" disableSort>
        <LocaleNumberField source="households" />
      </DataTable.Col>
      <DataTable.Col source="buildings" disableSort>
        <LocaleNumberField source="buildings" />
      </DataTable.Col>
      <DataTable.Col
        source="staffCount"
        disableSort
        render={(record) => record.staff?.length ?? 0}
      />
      <DataTable.Col source="partyStaff" disableSort />
      <DataTable.Col source="staffingComplete" disableSort>
        <StaffingField />
      </DataTable.Col>
      <DataTable.Col source="boundaryDrawn" disableSort>
        <BoundaryDrawnField />
      </DataTable.Col>
    </DataTable>
  </ResourceList>
);
