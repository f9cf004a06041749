import { type Filter, type QuerySpec, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { invalid, notFound } from '../errors.ts';
import { loadExisting } from '../loaders.ts';
import type { PageArgs } from '../paging.ts';
import { ALL } from '../rollups/counters.ts';
import type { Session } from '../session.ts';
import { type Organization, organizationFromItem } from './model.ts';
import { ancestorIds } from './path.ts';
import type { OrganizationType } from './types.ts';

export const getOrganization = (session: Session, id: string) =>
  session.loaders.organizations.load(id);

/** Reads past the request's cache: writes decide on what is stored now. */
export async function freshOrganization(
  session: Session,
  id: string,
): Promise<Organization | null> {
  return session.loaders.organizations.clear(id).load(id);
}

export async function requireOrganization(session: Session, id: string): Promise<Organization> {
  const org = await freshOrganization(session, id);
  if (!org) throw notFound('Organization', id);
  return org;
}

/** Ancestors, root first. */
export async function getAncestors(session: Session, org: Organization): Promise<Organization[]> {
  return loadExisting(session.loaders.organizations, ancestorIds(org.path));
}

export interface OrganizationFilter {
  parentId?: string | null;
  /** The whole subtree of this organization, itself included. */
  under?: string | null;
  type?: OrganizationType | null;
  divisionCode?: string | null;
  nameContains?: string | null;
}

/** Resolves an organization named by a filter, refusing unknown ones by the filter's path. */
export async function filterOrganization(session: Session, id: string, path: string) {
  const org = await getOrganization(session, id);
  if (!org) throw invalid(path, `No organization ${id}.`);
  return org;
}

/**
 * Picks the index whose key condition does most of the filtering (children by parent,
 * type or division within a subtree, any subtree by path) and leaves the rest to filters.
 */
export async function listOrganizations(
  session: Session,
  filter: OrganizationFilter,
  args: PageArgs,
) {
  const under = filter.under
    ? await filterOrganization(session, filter.under, 'filter.under')
    : null;
  const filters: Filter[] = [];
  const subtree: Filter = (e) => `begins_with(${e.name('path')}, ${e.value(under?.path)})`;
  const typeIs: Filter = (e) => `${e.name('type')} = ${e.value(filter.type)}`;
  const divisionIs: Filter = (e) => `${e.name('divisionCode')} = ${e.value(filter.divisionCode)}`;
  if (filter.nameContains) {
    filters.push((e) => `contains(${e.name('name')}, ${e.value(filter.nameContains)})`);
  }
  const range = under ? { beginsWith: under.path } : undefined;
  let spec: QuerySpec;
  if (filter.parentId) {
    spec = { table: 'organizations', index: 'byParent', hashValue: filter.parentId };
    if (under) filters.push(subtree);
    if (filter.type) filters.push(typeIs);
    if (filter.divisionCode) filters.push(divisionIs);
  } else if (filter.type) {
    spec = { table: 'organizations', index: 'byType', hashValue: filter.type, range };
    if (filter.divisionCode) filters.push(divisionIs);
  } else if (filter.divisionCode) {
    spec = { table: 'organizations', index: 'byDivision', hashValue: filter.divisionCode, range };
  } else {
    spec = { table: 'organizations', index: 'byPath', hashValue: TREE, range };
  }
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const items = page.items.map(organizationFromItem);
  for (const org of items) session.loaders.organizations.prime(org.id, org);
  return { ...page, items, totalCount: () => organizationCount(session, filter, under) };
}

/** The size of a list when the rollup counters know it; null when only a scan could tell. */
async function organizationCount(
  session: Session,
  filter: OrganizationFilter,
  under: Organization | null,
): Promise<number | null> {
  if (filter.nameContains || filter.divisionCode) return null;
  if (filter.parentId) {
    if (under || filter.type) return null;
    return (await session.loaders.stats.load(filter.parentId)).children;
  }
  const stats = await session.loaders.stats.load(under?.id ?? ALL);
  // a subtree's counters count what is below it; the list includes the organization itself
  const self = (type?: OrganizationType | null) =>
    under && (!type || under.type === type) ? 1 : 0;
  if (filter.type) {
    const byType = stats.organizationsByType.find((t) => t.type === filter.type)?.count ?? 0;
    return byType + self(filter.type);
  }
  return stats.organizations + self();
}
