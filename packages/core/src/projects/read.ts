import { listRoot, requireVisibleOrganization } from '../auth/list-root.ts';
import { inScope } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryAll, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import { loadExisting } from '../loaders.ts';
import { depthOf } from '../organizations/path.ts';
import { isArrayCursor, type PageArgs, pageArray, pageSize } from '../paging.ts';
import type { Session } from '../session.ts';
import { searchText } from '../validation/fields.ts';
import { parseInput } from '../validation/parse.ts';
import { NOTE_SK_PREFIX, noteFromItem, type Project, projectFromItem } from './model.ts';
import { OPEN_PROJECT_STATUSES, type ProjectKind, type ProjectStatus } from './types.ts';

/** A project the caller may see: led from their subtree, or with a partner in it. */
export async function getProject(session: Session, id: string) {
  const project = await session.loaders.projects.load(id);
  return project && (await projectVisible(session, project)) ? project : null;
}

export async function projectVisible(session: Session, project: Project): Promise<boolean> {
  if (inScope(session, project.leadPath)) return true;
  const partners = await loadExisting(session.loaders.organizations, project.partnerIds);
  return partners.some((p) => inScope(session, p.path));
}

export async function requireProject(session: Session, id: string): Promise<Project> {
  const project = await session.fresh.projects.clear(id).load(id);
  if (!project) throw notFound('Project', id);
  return project;
}

/** Past its due date while still proposed or in progress. */
export const isOverdue = (project: Project, today: string) =>
  project.dueDate !== null &&
  project.dueDate < today &&
  OPEN_PROJECT_STATUSES.includes(project.status);

export interface ProjectFilter {
  leadOrganizationId?: string | null;
  partnerOrganizationId?: string | null;
  under?: string | null;
  kind?: ProjectKind | null;
  status?: ProjectStatus | null;
  titleContains?: string | null;
}

export async function listProjects(session: Session, filter: ProjectFilter, args: PageArgs) {
  if (filter.titleContains) parseInput(searchText, filter.titleContains, 'filter.titleContains');
  const list = await listRoot(session, filter.under);
  for (const key of ['leadOrganizationId', 'partnerOrganizationId'] as const) {
    const id = filter[key];
    if (id) await requireVisibleOrganization(session, id, `filter.${key}`);
  }
  const under = filter.under ? list.prefix : null;
  const fieldsMatch = (p: Project) =>
    (!filter.kind || p.kind === filter.kind) &&
    (!filter.status || p.status === filter.status) &&
    (!filter.titleContains || p.title.includes(filter.titleContains));
  const matches = (p: Project) =>
    (!filter.leadOrganizationId || p.leadOrganizationId === filter.leadOrganizationId) &&
    (!under || p.leadPath.startsWith(under)) &&
    fieldsMatch(p);
  if (filter.partnerOrganizationId) {
    // an organization partners in tens of projects, not thousands: read them all, then page;
    // they are visible through the partner, whoever leads them
    const projects = await partnerProjects(session, filter.partnerOrganizationId);
    const found = projects.filter(matches);
    return { ...pageArray(found, (p) => p.id, args), totalCount: async () => found.length };
  }

  const filters: Filter[] = [];
  const eq =
    (attribute: string, value: unknown): Filter =>
    (e) =>
      `${e.name(attribute)} = ${e.value(value)}`;
  if (filter.titleContains)
    filters.push((e) => `contains(${e.name('title')}, ${e.value(filter.titleContains)})`);
  const range = list.prefix ? { beginsWith: list.prefix } : undefined;
  let spec: QuerySpec;
  if (filter.leadOrganizationId) {
    // newest first
    spec = {
      table: 'projects',
      index: 'byLead',
      hashValue: filter.leadOrganizationId,
      forward: false,
    };
    if (filter.kind) filters.push(eq('kind', filter.kind));
    if (filter.status) filters.push(eq('status', filter.status));
    if (under) filters.push((e) => `begins_with(${e.name('leadPath')}, ${e.value(under)})`);
  } else if (filter.kind) {
    spec = { table: 'projects', index: 'byKind', hashValue: filter.kind, range };
    if (filter.status) filters.push(eq('status', filter.status));
  } else if (filter.status) {
    spec = { table: 'projects', index: 'byStatus', hashValue: filter.status, range };
  } else {
    spec = { table: 'projects', index: 'byPath', hashValue: TREE, range };
  }
  // what a scoped account sees unfiltered includes the projects its subtree only partners in
  // (a root's subtree is the whole region, which leads every project)
  const partnerOnly =
    !filter.leadOrganizationId && !filter.under && list.prefix && depthOf(list.prefix) > 0
      ? memo(() => partneredOnly(session, list.prefix as string, fieldsMatch))
      : null;
  const ledCount = async (): Promise<number | null> => {
    if (filter.titleContains) return null;
    if (filter.leadOrganizationId) {
      if (under || filter.kind || filter.status) return null;
      return (await session.loaders.stats.load(filter.leadOrganizationId)).ownProjects;
    }
    const stats = await session.loaders.stats.load(list.countedBy);
    return stats.projects
      .filter(
        (p) =>
          (!filter.kind || p.kind === filter.kind) &&
          (!filter.status || p.status === filter.status),
      )
      .reduce((sum, p) => sum + p.count, 0);
  };
  const totalCount = async () => {
    const led = await ledCount();
    return led === null || !partnerOnly ? led : led + (await partnerOnly()).length;
  };
  // the led projects come first; a cursor of the partner-only ones is pageArray's own
  if (partnerOnly && args.after && isArrayCursor(args.after)) {
    return { ...pageArray(await partnerOnly(), partnerOrder, args), totalCount };
  }
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const items = page.items.map(projectFromItem);
  for (const p of items) session.loaders.projects.prime(p.id, p);
  if (!partnerOnly || page.hasNextPage) return { ...page, items, totalCount };
  const rest = pageArray(await partnerOnly(), partnerOrder, {
    first: pageSize(args.first) - items.length,
  });
  const cursors = [...page.cursors, ...rest.cursors];
  return {
    items: [...items, ...rest.items],
    cursors,
    hasNextPage: rest.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: cursors[0] ?? null,
    endCursor: cursors.at(-1) ?? page.endCursor,
    totalCount,
  };
}

/** Partner-only projects page by their lead's path, then id (close to the led ones' order). */
const partnerOrder = (p: Project) => `${p.leadPath}#${p.id}`;

/** A computation run once, on first use: a page and its count may both want it, or neither. */
const memo = <T>(compute: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => {
    value ??= compute();
    return value;
  };
};

/**
 * The projects an organization of the subtree partners in and no organization of it leads.
 * A subtree takes part in tens of them, not thousands: read them all, then page.
 */
async function partneredOnly(
  session: Session,
  prefix: string,
  matches: (p: Project) => boolean,
): Promise<Project[]> {
  const ids = new Set<string>();
  for await (const link of queryAll(session.db, {
    table: 'projects',
    index: 'byPartnerPath',
    hashValue: TREE,
    range: { beginsWith: prefix },
  })) {
    ids.add(link.id as string);
  }
  const projects = await loadExisting(session.loaders.projects, [...ids]);
  return projects.filter((p) => !p.leadPath.startsWith(prefix) && matches(p));
}

/** Projects an organization partners in, through the inverted partner index. */
export async function partnerProjects(
  session: Session,
  organizationId: string,
): Promise<Project[]> {
  const ids: string[] = [];
  for await (const link of queryAll(session.db, {
    table: 'projects',
    index: 'byPartner',
    hashValue: organizationId,
  })) {
    ids.push(link.id as string);
  }
  return loadExisting(session.loaders.projects, ids);
}

/** A project's progress notes, oldest first (the timeline). */
export async function listNotes(session: Session, projectId: string, args: PageArgs) {
  const page = await queryPage(
    session.db,
    { table: 'projects', hashValue: projectId, range: { beginsWith: NOTE_SK_PREFIX } },
    args,
  );
  return { ...page, items: page.items.map(noteFromItem) };
}
