import TableViewIcon from '@mui/icons-material/TableView';
import type { ReactElement } from 'react';
import {
  CreateButton,
  FilterButton,
  List,
  type ListProps,
  TopToolbar,
  useResourceContext,
} from 'react-admin';
import { type CsvColumns, useCsvExporter } from './csv.ts';
import { useExcelExporter } from './excel.ts';
import { ListExportButton } from './ListExportButton.tsx';
import { ListFilterForm } from './ListFilterForm.tsx';
import { ListPagination } from './ListPagination.tsx';

const Actions = ({ columns, filters }: { columns: CsvColumns; filters?: ReactElement[] }) => {
  const excel = useExcelExporter(useResourceContext() ?? '', columns);
  return (
    <TopToolbar>
      {filters && <FilterButton filters={filters} />}
      <CreateButton />
      <ListExportButton label="grassroots.export.csv" />
      <ListExportButton exporter={excel} label="grassroots.export.excel" icon={<TableViewIcon />} />
    </TopToolbar>
  );
};

/**
 * A resource's list with the console's toolbar, filters, paging and export of the current
 * list (CSV, Excel).
 */
export const ResourceList = ({
  csvColumns,
  filters,
  ...props
}: Omit<ListProps, 'actions' | 'exporter' | 'pagination' | 'filters'> & {
  csvColumns: CsvColumns;
  filters?: ReactElement[];
}) => {
  const exporter = useCsvExporter(useResourceContext() ?? '', csvColumns);
  return (
    <List
      actions={<Actions columns={csvColumns} filters={filters} />}
      filters={filters && <ListFilterForm filters={filters} />}
      exporter={exporter}
      pagination={<ListPagination />}
      perPage={25}
      {...props}
    />
  );
};
