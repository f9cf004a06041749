import { ulid } from 'ulid';
import { auditSteps } from '../audit/entry.ts';
import { inScope, requireWrite } from '../auth/scope.ts';
import { deleteAtVersion, putNew, updateAtVersion } from '../db/steps.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import { checkVersion, invalid, notFound } from '../errors.ts';
import { gridsInSubtreeAt } from '../grids/at.ts';
import type { Grid } from '../grids/model.ts';
import { gridReference } from '../grids/references.ts';
import type { Organization } from '../organizations/model.ts';
import { withMoveRecovery } from '../organizations/move.ts';
import { pathIds } from '../organizations/path.ts';
import { freshOrganization } from '../organizations/read.ts';
import { holdsOrganizations } from '../organizations/types.ts';
import { organizationUnmoved } from '../organizations/unmoved.ts';
import { maskName, maskPersonalNumber } from '../pii/mask.ts';
import { requestCounters } from '../rollups/contributions.ts';
import { ALL, counter, negate, RollupChanges } from '../rollups/counters.ts';
import { versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import { applyTransition, receivedEvent } from './lifecycle.ts';
import { REQUEST_SK, type Request, type RequestEvent, requestToItem } from './model.ts';
import { requireRequest } from './read.ts';
import {
  type CreateRequestInput,
  createRequestInput,
  type TransitionInput,
  transitionInput,
  type UpdateRequestInput,
  unmaskedResident,
  updateRequestInput,
} from './validation.ts';

/** The login recorded on timeline events (none for the system's own writes). */
export const actorLogin = (session: Session) =>
  session.actor.kind === 'SYSTEM' ? null : session.actor.login;

/**
 * What a request adds (or takes away) where it arose, plus the links that keep its origin
 * and its current level from being deleted.
 */
export function requestChanges(changes: RollupChanges, r: Request, sign: 1 | -1) {
  const counters = requestCounters(r);
  changes.addTo([...pathIds(r.originPath), ALL], sign === 1 ? counters : negate(counters));
  changes.addTo([r.originOrganizationId], { [counter.requestLinks]: sign });
  changes.addTo([r.handlingOrganizationId], { [counter.requestLinks]: sign });
  return changes;
}

/**
 * The request as the audit trail keeps it: the resident's contact masked, as it is shown,
 * and without the timeline, which every entry would otherwise repeat (a step records itself).
 */
const auditView = ({ timeline: _timeline, ...r }: Request) => ({
  ...r,
  resident: r.resident
    ? {
        name: maskName(r.resident.name),
        phone: r.resident.phone ? maskPersonalNumber(r.resident.phone) : null,
      }
    : null,
});

/** A grid of the organization that received the request (or of anything below it). */
async function gridIn(session: Session, gridId: string, origin: Pick<Organization, 'path'>) {
  const grid = await session.fresh.grids.clear(gridId).load(gridId);
  if (!grid || !inScope(session, grid.organizationPath))
    throw invalid('gridId', `No grid ${gridId}.`);
  if (!grid.organizationPath.startsWith(origin.path))
    throw invalid('gridId', 'Choose a grid of the organization that received the request.');
  return grid;
}

/**
 * The grid a request's location lies in, among the drawn grids of the organization that
 * received it and below: only when exactly one holds the point (overlapping boundaries
 * leave the choice to a person).
 */
async function gridAtLocation(
  session: Session,
  origin: Pick<Organization, 'path'>,
  location: GeoPoint,
): Promise<Grid | null> {
  const found = await gridsInSubtreeAt(session, origin.path, location);
  return found.length === 1 ? (found[0] as Grid) : null;
}

export function createRequest(session: Session, raw: CreateRequestInput) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(createRequestInput, raw);
    const origin = await freshOrganization(session, input.organizationId);
    if (!origin || !inScope(session, origin.path))
      throw invalid('organizationId', `No organization ${input.organizationId}.`);
    requireWrite(session, origin.path, 'record requests here');
    const grid = input.gridId
      ? await gridIn(session, input.gridId, origin)
      : input.location
        ? await gridAtLocation(session, origin, input.location)
        : null;
    const { organizationId: _received, ...fields } = input;
    const now = session.now();
    const request: Request = {
      ...fields,
      gridId: grid?.id ?? null,
      id: ulid(now.getTime()),
      originOrganizationId: origin.id,
      originPath: origin.path,
      handlingOrganizationId: origin.id,
      status: 'RECEIVED',
      escalations: 0,
      resolvedAt: null,
      closedAt: null,
      evaluation: null,
      evaluationComment: null,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      timeline: [],
    };
    request.timeline.push(receivedEvent(request, actorLogin(session)));
    await transactWrite(session.db, [
      putNew(session.db.tables.requests, requestToItem(request), 'id'),
      organizationUnmoved(session, origin, () =>
        invalid('organizationId', `No organization ${origin.id}.`),
      ),
      ...(grid ? [gridReference(session, grid, 'requests', 1)] : []),
      ...rollupSteps(session.db, requestChanges(new RollupChanges(), request, 1)),
      ...auditSteps(session, {
        operation: 'createRequest',
        recordType: 'Request',
        recordId: request.id,
        paths: [request.originPath],
        after: auditView(request),
      }),
    ]);
    session.loaders.requests.prime(request.id, request);
    return request;
  });
}

/** The level holding a request now, read fresh; only a writer whose subtree holds it may act. */
async function handler(session: Session, request: Request, what: string) {
  const org = await freshOrganization(session, request.handlingOrganizationId);
  if (!org) throw notFound('Organization', request.handlingOrganizationId);
  requireWrite(session, org.path, what);
  return org;
}

/** What the audit trail keeps of a step: where it went and why (who and when are the entry's own). */
const stepOf = ({ to, toOrganizationId, note, reason, evaluation }: RequestEvent) =>
  Object.fromEntries(
    Object.entries({ to, toOrganizationId, note, reason, evaluation }).filter(
      ([, v]) => v !== null,
    ),
  );

/** The attributes of a stored request that differ between two versions (null: removed). */
function changedAttributes(current: Request, updated: Request) {
  const before = requestToItem(current);
  const after = requestToItem(updated);
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'version' || key === 'updatedAt') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = after[key] ?? null;
  }
  return changes;
}

/** Writes a request changed from `current` to `updated`, with whatever else the change needs. */
async function writeRequest(
  session: Session,
  operation: string,
  current: Request,
  updated: Request,
  level: Organization,
  extra: TransactionStep[],
) {
  const changes = requestChanges(requestChanges(new RollupChanges(), current, -1), updated, 1);
  await transactWrite(session.db, [
    updateAtVersion(
      session.db.tables.requests,
      { id: current.id, sk: REQUEST_SK },
      changedAttributes(current, updated),
      current.version,
      updated.updatedAt,
      versionOrMoved('Request', current.id, current.version),
      // counters go to the ancestors on the stored path: it must not have moved meanwhile
      { attribute: 'originPath', value: current.originPath },
    ),
    ...extra,
    ...rollupSteps(session.db, changes),
    ...auditSteps(session, {
      operation,
      recordType: 'Request',
      recordId: current.id,
      // filed where it arose and where it was acted on (the same subtree unless its origin moved)
      paths: [current.originPath, level.path],
      before: auditView(current),
      after: {
        ...auditView(updated),
        ...(updated.timeline.length > current.timeline.length
          ? { step: stepOf(updated.timeline.at(-1) as RequestEvent) }
          : {}),
      },
    }),
  ]);
  session.loaders.requests.clear(current.id).prime(current.id, updated);
  return updated;
}

/** An organization strictly below the level holding a request: where it may be handed (交办). */
async function levelBelow(session: Session, level: Organization, id: string) {
  const org = await freshOrganization(session, id);
  if (
    !org ||
    !inScope(session, org.path) ||
    org.id === level.id ||
    !org.path.startsWith(level.path)
  )
    throw invalid('toOrganizationId', `No organization ${id} below this level.`);
  return org;
}

/**
 * Moves a request one step along its lifecycle (see REQUEST_TRANSITIONS), writing the step
 * to its timeline. Only a writer whose subtree holds the level handling it may act; an
 * escalation hands it to that level's parent, an assignment to the organization below it
 * that the step names.
 */
export function transitionRequest(
  session: Session,
  id: string,
  version: number,
  raw: TransitionInput,
) {
  return withMoveRecovery(session, async () => {
    const step = parseInput(transitionInput, raw);
    const current = await requireRequest(session, id);
    const level = await handler(session, current, 'act on this request at its current level');
    checkVersion('Request', current, version);
    const above = step.to === 'ESCALATED' && level.parentId ? level.parentId : null;
    const parent = above ? await freshOrganization(session, above) : null;
    const at = session.now();
    const updated = applyTransition(current, step, {
      at: at.toISOString(),
      eventId: ulid(at.getTime()),
      actor: actorLogin(session),
      levelAbove: level.parentId,
      levelMayHoldOthers: holdsOrganizations(level.type),
    });
    const below =
      step.to === 'ASSIGNED' && step.toOrganizationId
        ? await levelBelow(session, level, step.toOrganizationId)
        : null;
    return writeRequest(session, 'transitionRequest', current, updated, level, [
      // the caller's right to act was decided on this level's path
      organizationUnmoved(session, level, () =>
        notFound('Organization', current.handlingOrganizationId),
      ),
      ...(parent
        ? [
            organizationUnmoved(session, parent, () =>
              invalid('to', 'The level above no longer exists; try again.'),
            ),
          ]
        : []),
      // it was chosen as lying below this level: it must still, and still exist
      ...(below
        ? [
            organizationUnmoved(session, below, () =>
              invalid('toOrganizationId', `No organization ${below.id} below this level.`),
            ),
          ]
        : []),
    ]);
  });
}

/** Changes what a request says (not its lifecycle): the level holding it may. */
export function updateRequest(
  session: Session,
  id: string,
  version: number,
  raw: UpdateRequestInput,
) {
  return withMoveRecovery(session, async () => {
    const current = await requireRequest(session, id);
    const level = await handler(session, current, 'change this request');
    const input = parseInput(updateRequestInput, unmaskedResident(raw, current.resident));
    checkVersion('Request', current, version);
    const origin = { path: current.originPath };
    // a request without a grid that is given a location lands in the grid it lies in
    const located =
      input.gridId === undefined && !current.gridId && input.location
        ? await gridAtLocation(session, origin, input.location)
        : null;
    if (located) input.gridId = located.id;
    const regridding = input.gridId !== undefined && input.gridId !== current.gridId;
    const grid =
      located ?? (regridding && input.gridId ? await gridIn(session, input.gridId, origin) : null);
    const now = session.now().toISOString();
    const updated: Request = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      version: version + 1,
      updatedAt: now,
    };
    const oldGrid: Pick<Grid, 'id' | 'organizationPath'> | null =
      regridding && current.gridId
        ? await session.fresh.grids.clear(current.gridId).load(current.gridId)
        : null;
    return writeRequest(session, 'updateRequest', current, updated, level, [
      organizationUnmoved(session, level, () =>
        notFound('Organization', current.handlingOrganizationId),
      ),
      ...(oldGrid ? [gridReference(session, oldGrid, 'requests', -1)] : []),
      ...(grid ? [gridReference(session, grid, 'requests', 1)] : []),
    ]);
  });
}

/**
 * Deletes a request recorded by mistake: only while it is RECEIVED and nobody has acted on
 * it (a request with a history stays on record).
 */
export function deleteRequest(session: Session, id: string, version: number) {
  return withMoveRecovery(session, async () => {
    const current = await requireRequest(session, id);
    requireWrite(session, current.originPath, 'delete this request');
    checkVersion('Request', current, version);
    if (current.status !== 'RECEIVED') {
      throw invalid(
        'id',
        `A ${current.status} request has a history and stays on record; only a RECEIVED one can be deleted.`,
      );
    }
    const grid = current.gridId
      ? await session.fresh.grids.clear(current.gridId).load(current.gridId)
      : null;
    await transactWrite(session.db, [
      deleteAtVersion(
        session.db.tables.requests,
        { id, sk: REQUEST_SK },
        version,
        { attribute: 'originPath', value: current.originPath },
        versionOrMoved('Request', id, version),
      ),
      ...(grid ? [gridReference(session, grid, 'requests', -1)] : []),
      ...rollupSteps(session.db, requestChanges(new RollupChanges(), current, -1)),
      ...auditSteps(session, {
        operation: 'deleteRequest',
        recordType: 'Request',
        recordId: id,
        paths: [current.originPath],
        before: auditView(current),
      }),
    ]);
    session.loaders.requests.clear(id);
    return current;
  });
}
