import { listRoot, requireVisibleOrganization } from '../auth/list-root.ts';
import { forbidden, inScope, requirePermission } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { invalid, notFound } from '../errors.ts';
import { getGrid } from '../grids/read.ts';
import type { PageArgs } from '../paging.ts';
import type { Session } from '../session.ts';
import { searchText } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { type Member, memberFromItem } from './model.ts';

/**
 * A member is visible to the subtree of its organization and to the subtree of the grid it
 * reports to (the community sees who reported to it).
 */
export const memberVisible = (session: Session, member: Member) =>
  inScope(session, member.organizationPath) ||
  (member.gridPath !== null && inScope(session, member.gridPath));

export async function getMember(session: Session, id: string) {
  const member = await session.loaders.members.load(id);
  return member && memberVisible(session, member) ? member : null;
}

/** A member as stored now, which the caller may change (from either side); out of sight reads as missing. */
export async function requireWritableMember(session: Session, id: string, what: string) {
  const member = await session.fresh.members.clear(id).load(id);
  if (!member || !memberVisible(session, member)) throw notFound('Member', id);
  requirePermission(session, 'write', what);
  return member;
}

/** Refuses a caller who sees a member only through its grid when the change belongs to its organization. */
export function requireMembershipWrite(session: Session, member: Member, what: string) {
  if (!inScope(session, member.organizationPath)) {
    throw forbidden(`Only the member's own organization may ${what}.`);
  }
}

/** Which subtree a member list reads: members belonging to it, or members reporting to its grids. */
export type MemberListBasis = 'MEMBERSHIP' | 'REPORTING';

export interface MemberFilter {
  under?: string | null;
  basis?: MemberListBasis | null;
  organizationId?: string | null;
  gridId?: string | null;
  nameContains?: string | null;
  /** Reported to a grid (true) or not yet (false). */
  reported?: boolean | null;
}

export async function listMembers(session: Session, filter: MemberFilter, args: PageArgs) {
  if (filter.nameContains) parseInput(searchText, filter.nameContains, 'filter.nameContains');
  const list = await listRoot(session, filter.under);
  const filters: Filter[] = [];
  if (filter.nameContains)
    filters.push((e) => `contains(${e.name('name')}, ${e.value(filter.nameContains)})`);
  if (filter.reported === true) filters.push((e) => `attribute_exists(${e.name('gridId')})`);
  if (filter.reported === false) filters.push((e) => `attribute_not_exists(${e.name('gridId')})`);
  const reporting = filter.basis === 'REPORTING';
  const range = list.prefix ? { beginsWith: list.prefix } : undefined;
  const pathAttribute = reporting ? 'gridPath' : 'organizationPath';
  let spec: QuerySpec;
  if (filter.gridId) {
    // everyone reported to a grid the caller sees is visible through it
    const grid = await getGrid(session, filter.gridId);
    if (!grid) throw invalid('filter.gridId', `No grid ${filter.gridId}.`);
    spec = { table: 'members', index: 'byGrid', hashValue: grid.id };
  } else if (filter.organizationId) {
    await requireVisibleOrganization(session, filter.organizationId, 'filter.organizationId');
    spec = { table: 'members', index: 'byOrganization', hashValue: filter.organizationId };
  } else {
    spec = {
      table: 'members',
      index: reporting ? 'byGridPath' : 'byPath',
      hashValue: TREE,
      range,
    };
  }
  if ((filter.gridId || filter.organizationId) && filter.under) {
    filters.push((e) => `begins_with(${e.name(pathAttribute)}, ${e.value(list.prefix)})`);
  }
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const items = page.items.map(memberFromItem);
  for (const m of items) session.loaders.members.prime(m.id, m);
  const totalCount = async (): Promise<number | null> => {
    // the counters do not split a subtree's own members by reporting
    if (filter.nameContains || filter.gridId || typeof filter.reported === 'boolean') return null;
    if (filter.organizationId) {
      if (filter.under) return null;
      return (await session.loaders.stats.load(filter.organizationId)).members.own;
    }
    const stats = await session.loaders.stats.load(list.countedBy);
    return reporting ? stats.members.reported : stats.members.registered;
  };
  return { ...page, items, totalCount };
}
