import { listRoot, requireVisibleOrganization } from '../auth/list-root.ts';
import { PERMISSIONS } from '../auth/roles.ts';
import { inScope } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryPage } from '../db/query.ts';
import { type IndexDefinition, TREE, tables } from '../db/tables.ts';
import { invalid, notFound } from '../errors.ts';
import { getGrid } from '../grids/read.ts';
import { depthOf, pathIds } from '../organizations/path.ts';
import { holdsOrganizations } from '../organizations/types.ts';
import { type Page, type PageArgs, pageArray } from '../paging.ts';
import type { Session } from '../session.ts';
import { allowedTransitions } from './lifecycle.ts';
import { type Request, requestFromItem } from './model.ts';
import { NEWEST_FIRST_DEPTHS, newestIndex, newestUnderIndex, type RequestSet } from './order.ts';
import { overdueRequests, requestSummary } from './stats.ts';
import { chinaDate } from './time.ts';
import { isOpenStatus, type RequestSource, type RequestStatus } from './types.ts';

/**
 * A request the caller may see: one that arose in their subtree, one their subtree holds
 * now, or one handed to their subtree before. Escalation moves a request up to ancestors of
 * its origin; handing it down (交办) may take it to another branch, a department or a
 * village beside its origin. Either way every level that has handled it keeps sight of it
 * and its whole timeline, and when its origin moves elsewhere in the tree, the level holding
 * it keeps it (and sight of it) until it passes it on.
 */
export async function requestVisible(session: Session, request: Request) {
  if (inScope(session, request.originPath)) return true;
  const handedTo = new Set([request.handlingOrganizationId]);
  for (const event of request.timeline)
    if (event.toOrganizationId) handedTo.add(event.toOrganizationId);
  const levels = await session.loaders.organizations.loadMany([...handedTo]);
  return levels.some((level) => level && !(level instanceof Error) && inScope(session, level.path));
}

export async function getRequest(session: Session, id: string) {
  const request = await session.loaders.requests.load(id);
  return request && (await requestVisible(session, request)) ? request : null;
}

/** A request as stored now, for a write to decide on. */
export async function requireRequest(session: Session, id: string): Promise<Request> {
  const request = await session.fresh.requests.clear(id).load(id);
  if (!request) throw notFound('Request', id);
  return request;
}

/** Past its deadline (China's date) and still not resolved. */
export const isRequestOverdue = (request: Pick<Request, 'deadline' | 'status'>, today: string) =>
  request.deadline !== null && request.deadline < today && isOpenStatus(request.status);

/** Whether the caller may act on a request now: a writer whose subtree holds its current level. */
export async function viewerCanAct(session: Session, request: Request) {
  if (!PERMISSIONS[session.actor.role].write) return false;
  const handler = await session.loaders.organizations.load(request.handlingOrganizationId);
  return Boolean(handler && inScope(session, handler.path));
}

/**
 * The steps its status allows (ESCALATED only below the top level, ASSIGNED only from a
 * level that may hold others), whoever asks.
 */
export async function nextStatuses(session: Session, request: Request) {
  const handler = await session.loaders.organizations.load(request.handlingOrganizationId);
  return allowedTransitions(request.status, {
    above: Boolean(handler?.parentId),
    below: Boolean(handler && holdsOrganizations(handler.type)),
  });
}

export interface RequestFilter {
  /** Requests that arose in this subtree (default: the caller's). */
  under?: string | null;
  /** Requests this level holds now (its inbox). */
  handlingOrganizationId?: string | null;
  gridId?: string | null;
  status?: RequestStatus | null;
  source?: RequestSource | null;
  /** Requests whose category contains this text. */
  category?: string | null;
  /** Not yet resolved (true) or resolved (false). */
  open?: boolean | null;
  /** Open and past the deadline. */
  overdue?: boolean | null;
}

/** Keeps to the requests that arose in the subtree at `prefix`. */
const inSubtree =
  (prefix: string): Filter =>
  (e) =>
    `begins_with(${e.name('originPath')}, ${e.value(prefix)})`;

/** The deepest organizations with newest-first indexes of their own: villages, communities. */
const DEEPEST = Math.max(...NEWEST_FIRST_DEPTHS);

/** Whether a subtree is rooted below the organizations with newest-first indexes. */
const belowNewestFirst = (prefix: string | null) => prefix !== null && depthOf(prefix) > DEEPEST;

/**
 * The index that holds a subtree's requests of `set` newest first, and the filter that
 * keeps to the subtree where the index holds more: the whole stack's index for the stack and
 * a root, the one keyed by the subtree root's depth below it, and below a village the
 * village's.
 */
export function newestFirst(
  prefix: string | null,
  set: RequestSet,
): { spec: QuerySpec; filters: Filter[] } {
  const query = { table: 'requests', forward: false } as const;
  const whole = { ...query, index: newestIndex(set), hashValue: TREE };
  if (prefix === null) return { spec: whole, filters: [] };
  const depth = depthOf(prefix);
  // one region has one root: this filter drops nothing there
  if (depth === 0) return { spec: whole, filters: [inSubtree(prefix)] };
  const indexed = Math.min(depth, DEEPEST);
  const spec = {
    ...query,
    index: newestUnderIndex(indexed, set),
    hashValue: pathIds(prefix)[indexed],
  };
  return { spec, filters: depth > indexed ? [inSubtree(prefix)] : [] };
}

/** The requests of a page read from an index that holds only some attributes, by id. */
export async function loadPage(session: Session, page: Page<Record<string, unknown>>) {
  const loaded = await session.loaders.requests.loadMany(page.items.map((i) => i.id as string));
  // one deleted since the index was read drops out, with its cursor
  const kept = loaded.flatMap((r, i) => {
    if (r instanceof Error) throw r;
    return r ? [{ request: r, cursor: page.cursors[i] as string }] : [];
  });
  return { items: kept.map((k) => k.request), cursors: kept.map((k) => k.cursor) };
}

export async function listRequests(session: Session, filter: RequestFilter, args: PageArgs) {
  const list = await listRoot(session, filter.under);
  const today = chinaDate(session.now());
  const filters: Filter[] = [];
  const eq =
    (attribute: string, value: unknown): Filter =>
    (e) =>
      `${e.name(attribute)} = ${e.value(value)}`;
  const range = list.prefix ? { beginsWith: list.prefix } : undefined;
  const open = filter.overdue ? true : filter.open;
  const openIs =
    (value: boolean): Filter =>
    (e) =>
      value
        ? `attribute_exists(${e.name('openTree')})`
        : `attribute_not_exists(${e.name('openTree')})`;
  let spec: QuerySpec;
  if (filter.handlingOrganizationId || filter.gridId) {
    if (filter.handlingOrganizationId) {
      await requireVisibleOrganization(
        session,
        filter.handlingOrganizationId,
        'filter.handlingOrganizationId',
      );
      spec = {
        table: 'requests',
        index: 'byHandler',
        hashValue: filter.handlingOrganizationId,
        forward: false,
      };
      if (filter.gridId) filters.push(eq('gridId', filter.gridId));
    } else {
      const grid = await getGrid(session, filter.gridId as string);
      if (!grid) throw invalid('filter.gridId', `No grid ${filter.gridId}.`);
      spec = { table: 'requests', index: 'byGrid', hashValue: grid.id, forward: false };
    }
    // everything a visible level holds is visible; a grid's requests may have been received
    // above the caller's subtree (a banner hotline)
    if (list.prefix && (filter.gridId || filter.under)) filters.push(inSubtree(list.prefix));
    if (filter.status) filters.push(eq('status', filter.status));
    if (open !== null && open !== undefined) filters.push(openIs(open));
  } else {
    // an open status is found among the open requests, a closed one among all
    const openOnly = open === true || (filter.status ? isOpenStatus(filter.status) : false);
    // below a village, a few origins: by origin, each newest first, read without filtering
    // through the village's other requests
    const newest = belowNewestFirst(list.prefix)
      ? null
      : newestFirst(list.prefix, openOnly ? 'open' : 'all');
    if (newest) {
      spec = newest.spec;
      filters.push(...newest.filters);
    } else {
      spec = { table: 'requests', index: 'byPath', hashValue: TREE, range };
      if (openOnly) filters.push(openIs(true));
    }
    if (filter.status) filters.push(eq('status', filter.status));
    if (open === false) filters.push(openIs(false));
  }
  if (filter.source) filters.push(eq('source', filter.source));
  if (filter.category) {
    const category = filter.category;
    filters.push((e) => `contains(${e.name('category')}, ${e.value(category)})`);
  }
  if (filter.overdue) {
    filters.push((e) => `${e.name('deadline')} < ${e.value(today)}`);
  }
  const page = await queryPage(session.db, { ...spec, filters }, args);
  let listed: { items: Request[]; cursors: string[] };
  const indexes: Record<string, IndexDefinition> = tables.requests.globalIndexes;
  if (spec.index && indexes[spec.index]?.projection) {
    listed = await loadPage(session, page);
  } else {
    listed = { items: page.items.map(requestFromItem), cursors: page.cursors };
    for (const r of listed.items) session.loaders.requests.prime(r.id, r);
  }
  const totalCount = async (): Promise<number | null> => {
    // no counter per category: the count would need a read of every match
    if (filter.handlingOrganizationId || filter.gridId || filter.category) return null;
    const kinds = [filter.status, filter.source, open !== undefined && open !== null].filter(
      Boolean,
    ).length;
    if (kinds > 1) return null;
    const stats = (await session.loaders.stats.load(list.countedBy)).requests;
    const summary = requestSummary(stats);
    if (filter.status) return stats.byStatus.find((s) => s.status === filter.status)?.count ?? 0;
    if (filter.source) return stats.bySource.find((s) => s.source === filter.source)?.count ?? 0;
    if (filter.overdue) return overdueRequests(stats, today);
    if (open === true) return summary.open;
    if (open === false) return summary.received - summary.open;
    return summary.received;
  };
  return { ...page, ...listed, totalCount };
}

/** A request's timeline, oldest first (ids are ULIDs of each step's time). */
export const timelinePage = (request: Request, args: PageArgs) =>
  pageArray(request.timeline, (e) => e.id, args);
