import { WHOLE_STACK } from '../auth/actor.ts';
import { queryPage } from '../db/query.ts';
import { invalid } from '../errors.ts';
import type { PageArgs } from '../paging.ts';
import type { Session } from '../session.ts';
import type { Request, RequestEvent } from './model.ts';
import { loadPage, newestFirst } from './read.ts';

/**
 * What the public sees of a disclosed request (公开承诺, 接受群众评议): what was asked, who
 * answers for it and by when, how far it got, and the residents' evaluation. Nothing about
 * the resident, the place or the grid; no notes or reasons written by staff.
 */
export type PublicRequest = Pick<
  Request,
  | 'id'
  | 'title'
  | 'category'
  | 'description'
  | 'source'
  | 'status'
  | 'originOrganizationId'
  | 'handlingOrganizationId'
  | 'responsibleLeader'
  | 'department'
  | 'deadline'
  | 'escalations'
  | 'createdAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'evaluation'
> & {
  public: true;
  /** The steps it went through: status, when, at which level (no notes, reasons or logins). */
  progress: PublicStep[];
};

export type PublicStep = Pick<
  RequestEvent,
  'id' | 'at' | 'to' | 'organizationId' | 'toOrganizationId'
>;

const publicView = (r: Request): PublicRequest => ({
  public: true,
  id: r.id,
  title: r.title,
  category: r.category,
  description: r.description,
  source: r.source,
  status: r.status,
  originOrganizationId: r.originOrganizationId,
  handlingOrganizationId: r.handlingOrganizationId,
  responsibleLeader: r.responsibleLeader,
  department: r.department,
  deadline: r.deadline,
  escalations: r.escalations,
  createdAt: r.createdAt,
  resolvedAt: r.resolvedAt,
  closedAt: r.closedAt,
  evaluation: r.evaluation,
  progress: r.timeline.map(({ id, at, to, organizationId, toOrganizationId }) => ({
    id,
    at,
    to,
    organizationId,
    toOrganizationId,
  })),
});

/** The subtree a caller may read disclosed requests of: a PUBLIC token's, or an account's scope. */
const publicScope = (session: Session) => session.actor.publicPath ?? session.actor.scopePath;

/**
 * Disclosed requests that arose in a subtree (default: the whole scope), newest first, from
 * the sparse indexes of disclosed requests. Below a village they come from the village's
 * index, kept to the subtree: a village discloses a few.
 */
export async function listPublicRequests(
  session: Session,
  under: string | null | undefined,
  args: PageArgs,
) {
  const scope = publicScope(session);
  let prefix = scope === WHOLE_STACK ? null : scope;
  if (under) {
    const org = await session.loaders.organizations.load(under);
    if (!org?.path.startsWith(scope)) throw invalid('under', `No organization ${under}.`);
    prefix = org.path;
  }
  const { spec, filters } = newestFirst(prefix, 'public');
  const page = await queryPage(session.db, { ...spec, filters }, args);
  const listed = await loadPage(session, page);
  return { ...page, ...listed, items: listed.items.map(publicView) };
}
