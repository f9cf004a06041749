import {
  type ListRoot,
  listRoot,
  requireVisibleOrganization,
  visibleOrganization,
} from '../auth/list-root.ts';
import { inScope } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import { loadExisting } from '../loaders.ts';
import type { PageArgs } from '../paging.ts';
import type { Session } from '../session.ts';
import { divisionCode, searchText } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { type Organization, organizationFromItem } from './model.ts';
import { ancestorIds } from './path.ts';
import type { OrganizationType } from './types.ts';

/** An organization the caller may see (in their subtree), or null. */
export const getOrganization = visibleOrganization;

/** Reads past the request's cache: writes decide on what is stored now. */
export async function freshOrganization(
  session: Session,
  id: string,
): Promise<Organization | null> {
  return session.fresh.organizations.clear(id).load(id);
}

export async function requireOrganization(session: Session, id: string): Promise<Organization> {
  const org = await freshOrganization(session, id);
  if (!org) throw notFound('Organization', id);
  return org;
}

/** Ancestors the caller may see, root first (a scoped caller's start at their scope). */
export async function getAncestors(session: Session, org: Organization): Promise<Organization[]> {
  const ancestors = await loadExisting(session.loaders.organizations, ancestorIds(org.path));
  return ancestors.filter((a) => inScope(session, a.path));
}

export interface OrganizationFilter {
  parentId?: string | null;
  /** The whole subtree of this organization, itself included. */
  under?: string | null;
  type?: OrganizationType | null;
  divisionCode?: string | null;
  nameContains?: string | null;
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
  if (filter.nameContains) parseInput(searchText, filter.nameContains, 'filter.nameContains');
  if (filter.divisionCode) parseInput(divisionCode, filter.divisionCode, 'filter.divisionCode');
  const list = await listRoot(session, filter.under);
  const filters: Filter[] = [];
  const typeIs: Filter = (e) => `${e.name('type')} = ${e.value(filter.type)}`;
  const divisionIs: Filter = (e) => `${e.name('divisionCode')} = ${e.value(filter.divisionCode)}`;
  if (filter.nameContains) {
    filters.push((e) => `contains(${e.name('name')}, ${e.value(filter.nameContains)})`);
  }
  // the caller's scope (or `under`) is the sort-key prefix of every index but byParent
  const range = list.prefix ? { beginsWith: list.prefix } : undefined;
  let spec: QuerySpec;
  if (filter.parentId) {
    // children of a visible parent are all visible
    const parent = await requireVisibleOrganization(session, filter.parentId, 'filter.parentId');
    const parentId = filter.parentId;
    spec = filter.nameContains
      ? // the name is byParent's sort key, which a filter may not read: search the subtree instead
        {
          table: 'organizations',
          index: 'byPath',
          hashValue: TREE,
          range: { beginsWith: parent.path },
        }
      : { table: 'organizations', index: 'byParent', hashValue: parentId };
    if (filter.nameContains) filters.push((e) => `${e.name('parentId')} = ${e.value(parentId)}`);
    if (filter.under)
      filters.push((e) => `begins_with(${e.name('path')}, ${e.value(list.prefix)})`);
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
  return { ...page, items, totalCount: () => organizationCount(session, filter, list) };
}

/** The size of a list when the rollup counters know it; null when only a scan could tell. */
async function organizationCount(
  session: Session,
  filter: OrganizationFilter,
  list: ListRoot,
): Promise<number | null> {
  if (filter.nameContains || filter.divisionCode) return null;
  if (filter.parentId) {
    if (filter.under || filter.type) return null;
    return (await session.loaders.stats.load(filter.parentId)).children;
  }
  const stats = await session.loaders.stats.load(list.countedBy);
  // a subtree's counters count what is below it; the list includes the organization itself
  const root = list.root;
  const self = (type?: OrganizationType | null) => (root && (!type || root.type === type) ? 1 : 0);
  if (filter.type) {
    const byType = stats.organizationsByType.find((t) => t.type === filter.type)?.count ?? 0;
    return byType + self(filter.type);
  }
  return stats.organizations + self();
}
