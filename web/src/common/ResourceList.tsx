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
import { ListPagination } from './ListPagination.tsx';

// The export walks the current list page by page (100 records a request) up to this many.
const EXPORT_LIMIT = 10_000;

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={EXPORT_LIMIT} />
  </TopToolbar>
);

/** A resource's list with the console's toolbar, paging and CSV export of the current list. */
export const ResourceList = ({
  csvColumns,
  ...props
}: Omit<ListProps, 'actions' | 'exporter' | 'pagination'> & { csvColumns: CsvColumns }) => {
  const exporter = useCsvExporter(useResourceContext() ?? '', csvColumns);
  return (
    <List
      actions={<Actions />}
      exporter={exporter}
      pagination={<ListPagination />}
      perPage={25}
      {...props}
    />
  );
};
