import type { Role } from '../auth/roles.ts';
import { TREE } from '../db/tables.ts';

export interface Account {
  id: string;
  /**
   * USER: a person who logs in; SERVICE: a client program holding a service token; PUBLIC: a
   * public page (党务公开栏) whose token reads the disclosed requests of its scope and nothing else.
   */
  kind: 'USER' | 'SERVICE' | 'PUBLIC';
  login: string;
  displayName: string;
  role: Role;
  /** The organization whose subtree the account may act in; null for a REGION_ADMIN. */
  scopeOrgId: string | null;
  scopePath: string;
  disabled: boolean;
  /** Bumped to revoke every refresh and service token issued before. */
  tokenVersion: number;
  failedLogins: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Item = Record<string, unknown>;

/** The item that claims a login name, so two accounts never share one. */
export const loginClaimId = (login: string) => `login#${login.toLowerCase()}`;

export function accountToItem(account: Account, passwordHash: string | null): Item {
  const { scopeOrgId, lockedUntil, lastLoginAt, ...rest } = account;
  return {
    ...rest,
    tree: TREE,
    ...(scopeOrgId ? { scopeOrgId } : {}),
    ...(lockedUntil ? { lockedUntil } : {}),
    ...(lastLoginAt ? { lastLoginAt } : {}),
    ...(passwordHash ? { passwordHash } : {}),
  };
}

export function accountFromItem(item: Item): Account {
  return {
    id: item.id as string,
    kind: item.kind as Account['kind'],
    login: item.login as string,
    displayName: item.displayName as string,
    role: item.role as Role,
    scopeOrgId: (item.scopeOrgId as string | undefined) ?? null,
    scopePath: item.scopePath as string,
    disabled: Boolean(item.disabled),
    tokenVersion: Number(item.tokenVersion ?? 0),
    failedLogins: Number(item.failedLogins ?? 0),
    lockedUntil: (item.lockedUntil as string | undefined) ?? null,
    lastLoginAt: (item.lastLoginAt as string | undefined) ?? null,
    version: item.version as number,
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
  };
}
