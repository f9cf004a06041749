import { useCallback } from 'react';
import { type Exporter, type RaRecord, useTranslate } from 'react-admin';
import { type Column, type CsvColumns, exportColumns, exportName } from './csv.ts';

type Cell = string | number | null | { value: string; fontWeight: 'bold' };

/**
 * The rows of an Excel sheet for `records`: a bold header, then one row a record. Numbers
 * stay numbers (Excel sums funds and counts); codes such as division codes are strings in
 * the API and stay text, so no leading digit is lost.
 */
export function sheetRows(columns: Column[], records: RaRecord[]): Cell[][] {
  const cell = (value: unknown): Cell => {
    if (value === null || value === undefined || value === '') return null;
    return typeof value === 'number' ? value : String(value);
  };
  return [
    columns.map(([header]) => ({ value: header, fontWeight: 'bold' as const })),
    ...records.map((record) => columns.map(([, value]) => cell(value(record)))),
  ];
}

/** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
export const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/**
 * An exporter of the current list as an Excel workbook (.xlsx), the header row frozen. The
 * writer is loaded on the first export, so the console does not carry it until then.
 */
export function useExcelExporter(resource: string, columns: CsvColumns): Exporter {
  const translate = useTranslate();
  return useCallback(
    async (records: RaRecord[]) => {
      const { default: writeExcelFile } = await import('write-excel-file/browser');
      const title = translate(`resources.${resource}.name`, { smart_count: 2 });
      await writeExcelFile(sheetRows(exportColumns(resource, columns, translate), records), {
        sheet: sheetName(title),
        stickyRowsCount: 1,
      }).toFile(`${exportName(resource)}.xlsx`);
    },
    [columns, resource, translate],
  );
}
