import { useCallback } from 'react';
import {
  downloadCSV,
  type Exporter,
  type RaRecord,
  type TranslateFunction,
  useTranslate,
} from 'react-admin';

export type Column = [header: string, value: (record: RaRecord) => unknown];

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A list's export columns (CSV and Excel), in the user's language (`field` names a field of the resource). */
export type CsvColumns = (
  translate: TranslateFunction,
  field: (name: string) => string,
) => Column[];

/** The columns of `resource`, headed with its field labels in the user's language. */
export const exportColumns = (
  resource: string,
  columns: CsvColumns,
  translate: TranslateFunction,
): Column[] => columns(translate, (name) => translate(`resources.${resource}.fields.${name}`));

/** A file name for today's export of `resource`. */
export const exportName = (resource: string) =>
  `${resource}-${new Date().toISOString().slice(0, 10)}`;

/**
 * An exporter of the current list (its filters applied) as CSV, with headers and labels in
 * the user's language. The byte-order mark makes Excel read the file as UTF-8 (it guesses
 * GBK otherwise and garbles the Chinese).
 */
export function useCsvExporter(resource: string, columns: CsvColumns): Exporter {
  const translate = useTranslate();
  return useCallback(
    (records: RaRecord[]) => {
      const list = exportColumns(resource, columns, translate);
      const lines = [
        list.map(([header]) => cell(header)).join(','),
        ...records.map((record) => list.map(([, value]) => cell(value(record))).join(',')),
      ];
      downloadCSV(`\uFEFF${lines.join('\r\n')}`, exportName(resource));
    },
    [columns, resource, translate],
  );
}

export const yesNo = (translate: TranslateFunction, value: unknown) =>
  translate(`ra.boolean.${Boolean(value)}`);
