import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { WHOLE_STACK } from '../auth/actor.ts';
import { inScope, requirePermission } from '../auth/scope.ts';
import { queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import type { PageArgs } from '../paging.ts';
import type { Session } from '../session.ts';
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

/** Accounts scoped inside the caller's subtree, by scope path (key condition). */
export async function listAccounts(session: Session, args: PageArgs) {
  requirePermission(session, 'manageAccounts', 'list accounts');
  const prefix = session.actor.scopePath;
  const page = await queryPage(
    session.db,
    {
      table: 'accounts',
      index: 'byScope',
      hashValue: TREE,
      ...(prefix === WHOLE_STACK ? {} : { range: { beginsWith: prefix } }),
    },
    args,
  );
  return { ...page, items: page.items.map(accountFromItem), totalCount: async () => null };
}
