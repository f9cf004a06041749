import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { WHOLE_STACK } from '../auth/actor.ts';
import { inScope, requirePermission } from '../auth/scope.ts';
import { queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import type { PageArgs } from '../paging.ts';
import type { Session } from '../session.ts';
import { searchText } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { type Account, accountFromItem, loginClaimId } from './model.ts';

async function read(session: Session, id: string) {
  const out = await session.db.doc.send(
    new GetCommand({ TableName: session.db.tables.accounts, Key: { id }, ConsistentRead: true }),
  );
  return out.Item;
}

/** An account with its password hash, straight from the table (for logins and token checks). */
export async function accountRecord(session: Session, id: string) {
  const item = await read(session, id);
  return item?.login
    ? { account: accountFromItem(item), passwordHash: (item.passwordHash as string) ?? null }
    : null;
}

export async function accountByLogin(session: Session, login: string) {
  const claim = await read(session, loginClaimId(login));
  return claim ? accountRecord(session, claim.accountId as string) : null;
}

/** An account the caller may manage: scoped inside the caller's subtree. */
export async function requireManagedAccount(session: Session, id: string): Promise<Account> {
  requirePermission(session, 'manageAccounts', 'manage accounts');
  const found = await accountRecord(session, id);
  if (!found || !inScope(session, found.account.scopePath)) throw notFound('Account', id);
  return found.account;
}

/** The account by id, when the caller may manage it; null for one outside its subtree. */
export async function getManagedAccount(session: Session, id: string): Promise<Account | null> {
  requirePermission(session, 'manageAccounts', 'read accounts');
  const found = await accountRecord(session, id);
  return found && inScope(session, found.account.scopePath) ? found.account : null;
}

export interface AccountFilter {
  /** Part of the login or the display name. */
  search?: string | null;
}

/** Accounts scoped inside the caller's subtree, by scope path (key condition). */
export async function listAccounts(session: Session, args: PageArgs, filter: AccountFilter = {}) {
  requirePermission(session, 'manageAccounts', 'list accounts');
  const search = filter.search ? parseInput(searchText, filter.search, 'filter.search') : null;
  const prefix = session.actor.scopePath;
  const page = await queryPage(
    session.db,
    {
      table: 'accounts',
      index: 'byScope',
      hashValue: TREE,
      ...(prefix === WHOLE_STACK ? {} : { range: { beginsWith: prefix } }),
      ...(search
        ? {
            filters: [
              (e) =>
                `contains(${e.name('login')}, ${e.value(search)}) OR contains(${e.name('displayName')}, ${e.value(search)})`,
            ],
          }
        : {}),
    },
    args,
  );
  return { ...page, items: page.items.map(accountFromItem), totalCount: async () => null };
}
