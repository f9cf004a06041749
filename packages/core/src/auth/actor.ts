import type { Role } from './roles.ts';

/**
 * Who is acting: a person's account, a client program's service account, or the system
 * itself (demo data, migrations). `scopePath` is the materialized path of the organization
 * the account is scoped to, read fresh for every request ('/' is the whole stack).
 */
export interface Actor {
  kind: 'USER' | 'SERVICE' | 'PUBLIC' | 'SYSTEM' | 'ANONYMOUS';
  accountId: string;
  login: string;
  role: Role;
  scopeOrgId: string | null;
  scopePath: string;
  /**
   * A PUBLIC token's subtree, whose disclosed requests it may read. Its `scopePath` holds
   * nothing, so every other read and write sees nothing, whatever reaches the core.
   */
  publicPath?: string;
}

/** Where a request came from, for the audit trail. */
export interface RequestInfo {
  requestId: string;
  clientAddress: string | null;
}

export const WHOLE_STACK = '/';

export const SYSTEM_ACTOR: Actor = {
  kind: 'SYSTEM',
  accountId: 'system',
  login: 'system',
  role: 'REGION_ADMIN',
  scopeOrgId: null,
  scopePath: WHOLE_STACK,
};

/** Lies in no scope: no materialized path begins with it. */
export const NO_SCOPE = '#nothing';

/** A request without credentials: it may log in and nothing else (no path lies in its scope). */
export const ANONYMOUS_ACTOR: Actor = {
  kind: 'ANONYMOUS',
  accountId: 'anonymous',
  login: 'anonymous',
  role: 'VIEWER',
  scopeOrgId: null,
  scopePath: NO_SCOPE,
};
