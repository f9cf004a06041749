import DownloadIcon from '@mui/icons-material/GetApp';
import { type ReactNode, useState } from 'react';
import {
  Button,
  type Exporter,
  fetchRelatedRecords,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
} from 'react-admin';
import { EXPORT_LIMIT, exportable } from './exportable.ts';
import { useNotifyError } from './useNotifyError.ts';

/**
 * Exports the whole current list or nothing. A list longer than one export holds is refused
 * with how to narrow it, rather than written out cut short. Disabled while it runs (up to a
 * hundred requests).
 */
export const ListExportButton = ({
  exporter,
  label,
  icon = <DownloadIcon />,
}: {
  exporter?: Exporter;
  label: string;
  icon?: ReactNode;
}) => {
  const list = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const [locale] = useLocaleState();
  const [running, setRunning] = useState(false);
  const tooLong = (total: number | null) =>
    notify(total === null ? 'grassroots.export.overLimit' : 'grassroots.export.tooMany', {
      type: 'warning',
      messageArgs: {
        total: total?.toLocaleString(locale),
        limit: EXPORT_LIMIT.toLocaleString(locale),
      },
    });
  const run = async () => {
    const { resource, sort, total } = list;
    if (total !== undefined && total > EXPORT_LIMIT) return tooLong(total);
    setRunning(true);
    try {
      const filter = { ...list.filterValues, ...list.filter };
      const found = await exportable(dataProvider, resource, { filter, sort });
      if (!found.whole) return tooLong(found.total);
      const write = exporter ?? list.exporter;
      if (write) {
        await write(found.records, fetchRelatedRecords(dataProvider), dataProvider, resource);
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button label={label} onClick={run} disabled={list.total === 0 || running}>
      {icon}
    </Button>
  );
};
