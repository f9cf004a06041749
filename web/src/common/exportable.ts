import type { DataProvider, GetListParams, RaRecord } from 'react-admin';

/** The most records one export holds; the list is walked 100 records a request. */
export const EXPORT_LIMIT = 10_000;

export type Exportable =
  | { whole: true; records: RaRecord[] }
  /** `total` when the API counts the list, else null (all that is known: over the limit). */
  | { whole: false; total: number | null };

/**
 * The whole list (its filters and order) to export, or, when it holds more than `limit`
 * records, how many: a file cut short at the limit would pass for the whole list.
 */
export async function exportable(
  dataProvider: DataProvider,
  resource: string,
  { filter, sort }: Pick<GetListParams, 'filter' | 'sort'>,
  limit = EXPORT_LIMIT,
): Promise<Exportable> {
  const result = await dataProvider.getList(resource, {
    filter,
    sort,
    pagination: { page: 1, perPage: limit },
  });
  const more = (result.total ?? 0) > result.data.length || result.pageInfo?.hasNextPage === true;
  return more
    ? { whole: false, total: result.total ?? null }
    : { whole: true, records: result.data };
}
