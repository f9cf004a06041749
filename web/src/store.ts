import { localStorageStore, type Store } from 'react-admin';

/**
 * react-admin's store in localStorage (list filters, the tree's open nodes, the dashboard's
 * scope, the language). Logging out or in resets it, since one account's filters may name
 * organizations another cannot see; the chosen language stays, it belongs to the person at
 * the screen.
 */
export function consoleStore(): Store {
  const store = localStorageStore();
  return {
    ...store,
    reset() {
      const locale = store.getItem<string>('locale');
      store.reset();
      if (locale) store.setItem('locale', locale);
    },
  };
}
