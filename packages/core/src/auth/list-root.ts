import { invalid } from '../errors.ts';
import type { Organization } from '../organizations/model.ts';
import { ALL } from '../rollups/counters.ts';
import type { Session } from '../session.ts';
import { inScope } from './scope.ts';

export interface ListRoot {
  /** Path prefix every listed record must have, used in the Query's key condition; null: all. */
  prefix: string | null;
  /** The Rollups item that counts the list (ALL for the whole stack). */
  countedBy: string;
  /** The organization at the root of the list, itself part of an organization list. */
  root: Organization | null;
}

/**
 * The subtree a list reads: the organization named by `under` when given (it must lie in
 * the caller's scope; otherwise it reads as unknown), else the caller's own scope.
 */
export async function listRoot(
  session: Session,
  under: string | null | undefined,
  path = 'filter.under',
): Promise<ListRoot> {
  if (under) {
    const org = await visibleOrganization(session, under);
    if (!org) throw invalid(path, `No organization ${under}.`);
    return { prefix: org.path, countedBy: org.id, root: org };
  }
  const { scopeOrgId, scopePath } = session.actor;
  if (scopeOrgId) {
    const org = await session.loaders.organizations.load(scopeOrgId);
    return { prefix: scopePath, countedBy: scopeOrgId, root: org };
  }
  return scopePath === '/'
    ? { prefix: null, countedBy: ALL, root: null }
    : { prefix: scopePath, countedBy: scopePath, root: null };
}

/** An organization if it exists and lies in the caller's subtree, else null. */
export async function visibleOrganization(
  session: Session,
  id: string,
): Promise<Organization | null> {
  const org = await session.loaders.organizations.load(id);
  return org && inScope(session, org.path) ? org : null;
}

/** Same as `visibleOrganization`, refusing an unknown or hidden one at a field path. */
export async function requireVisibleOrganization(
  session: Session,
  id: string,
  path: string,
): Promise<Organization> {
  const org = await visibleOrganization(session, id);
  if (!org) throw invalid(path, `No organization ${id}.`);
  return org;
}
