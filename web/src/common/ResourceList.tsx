import TableViewIcon from '@mui/icons-material/TableView';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  type ListProps,
  TopToolbar,
  useResourceContext,
} from 'react-admin';
import { type CsvColumns, useCsvExporter } from './csv.ts';
import { useExcelExporter } from './excel.ts';
import { ListPagination } from './ListPagination.tsx';

// The export walks the current list page by page (100 records a request) up to this many.
const EXPORT_LIMIT = 10_000;

const Actions = ({ columns }: { columns: CsvColumns }) => {
  const excel = useExcelExporter(useResourceContext() ?? '', columns);
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      <ExportButton maxResults={EXPORT_LIMIT} label="grassroots.export.csv" />
      <ExportButton
        maxResults={EXPORT_LIMIT}
        exporter={excel}
        label="grassroots.export.excel"
        icon={<TableViewIcon />}
      />
    </TopToolbar>
  );
};

/** A resource's list with the console's toolbar, paging and export of the current list (CSV, Excel). */
export const ResourceList = ({
  csvColumns,
  ...props
}: Omit<ListProps, 'actions' | 'exporter' | 'pagination'> & { csvColumns: CsvColumns }) => {
  const exporter = useCsvExporter(useResourceContext() ?? '', csvColumns);
  return (
    <List
      actions={<Actions columns={csvColumns} />}
      exporter={exporter}
      pagination={<ListPagination />}
      perPage={25}
      {...props}
    />
  );
};
