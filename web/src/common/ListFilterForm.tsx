import type { ReactElement } from 'react';
import { FilterForm, ListContextProvider, useListContext, useLocation } from 'react-admin';

/** The route the console shows now (react-admin routes by the URL's hash). */
const shownPathname = () =>
  new URL(window.location.hash.slice(1) || '/', 'http://console').pathname;

/**
 * A list's filter form whose late changes are dropped once the person has left the list.
 * The form applies what is typed after a pause (react-admin's debounce); a row clicked within
 * that pause opens the record, and the late change would otherwise send the person back to
 * the list.
 */
export const ListFilterForm = ({ filters }: { filters: ReactElement[] }) => {
  const list = useListContext();
  const { pathname } = useLocation();
  const guarded = {
    ...list,
    setFilters: (...args: Parameters<typeof list.setFilters>) => {
      if (shownPathname() === pathname) list.setFilters(...args);
    },
  };
  return (
    <ListContextProvider value={guarded}>
      <FilterForm filters={filters} />
    </ListContextProvider>
  );
};
