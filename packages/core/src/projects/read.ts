import { listRoot, requireVisibleOrganization } from '../auth/list-root.ts';
import { inScope } from '../auth/scope.ts';
import { type Filter, type QuerySpec, queryAll, queryPage } from '../db/query.ts';
import { TREE } from '../db/tables.ts';
import { notFound } from '../errors.ts';
import { loadExisting } from '../loaders.ts';
import { type PageArgs, pageArray } from '../paging.ts';
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
  const matches = (p: Project) =>
    (!filter.leadOrganizationId || p.leadOrganizationId === filter.leadOrganizationId) &&
    (!under || p.leadPath.startsWith(under)) &&
    (!filter.kind || p.kind === filter.kind) &&
    (!filter.status || p.status === filter.status) &&
    (!filter.titleContains || p.title.includes(filter.titleContains));
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
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const items = page.items.map(projectFromItem);
  for (const p of items) session.loaders.projects.prime(p.id, p);
  const totalCount = async (): Promise<number | null> => {
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
  return { ...page, items, totalCount };
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
