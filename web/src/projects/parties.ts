/** An organization taking part in a project, as the API names it to every reader of the project. */
export interface Party {
  id: string;
  name: string;
  inScope: boolean;
}

export type PartyRole = 'lead' | 'partners' | 'served';

type Parties = { lead: Party | null; partners: Party[]; served: Party[] };

/** The parties of one role, those outside the account's scope too. */
export function partiesOf(record: Record<string, unknown> | undefined, role: PartyRole): Party[] {
  const value = (record?.parties as Parties | undefined)?.[role];
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

/** Their names, as one line lists them. */
export const partyNames = (record: Record<string, unknown> | undefined, role: PartyRole) =>
  partiesOf(record, role)
    .map((p) => p.name)
    .join('、');
