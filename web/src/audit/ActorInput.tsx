import { useMemo, useState } from 'react';
import { AutocompleteInput, type RaRecord, useGetList, useListContext } from 'react-admin';

/**
 * The actor filter. Choices are the accounts the administrator manages whose login or name
 * holds what is typed (the API searches them all), and the actors of the entries on the
 * page: those include accounts above the administrator's scope (a region administrator who
 * changed something here), which the accounts list does not.
 */
export const ActorInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { data: entries = [] } = useListContext();
  const [search, setSearch] = useState('');
  const { data: accounts = [] } = useGetList<RaRecord>('accounts', {
    filter: search ? { q: search } : {},
    pagination: { page: 1, perPage: 25 },
  });
  const choices = useMemo(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const account of accounts) {
      byId.set(String(account.id), { id: String(account.id), name: String(account.login) });
    }
    for (const entry of entries) {
      const id = String(entry.actorId);
      if (!byId.has(id)) byId.set(id, { id, name: String(entry.actorLogin) });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [accounts, entries]);
  return <AutocompleteInput source={source} choices={choices} setFilter={setSearch} />;
};
