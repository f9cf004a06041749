import { auditSteps } from '../audit/entry.ts';
import { forbidden, inScope, requirePermission, requireWrite } from '../auth/scope.ts';
import { versionFailure } from '../db/conditions.ts';
import { Expression } from '../db/expression.ts';
import { deleteAtVersion, mustExist, putNew, updateAtVersion } from '../db/steps.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import { checkVersion, InvalidInput, invalid, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { loadExisting } from '../loaders.ts';
import type { Organization } from '../organizations/model.ts';
import { withMoveRecovery } from '../organizations/move.ts';
import { pathIds } from '../organizations/path.ts';
import { freshOrganization } from '../organizations/read.ts';
import { organizationUnmoved } from '../organizations/unmoved.ts';
import { newRecord } from '../records.ts';
import { projectCounters } from '../rollups/contributions.ts';
import { ALL, counter, negate, RollupChanges } from '../rollups/counters.ts';
import { versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import {
  noteSk,
  PROJECT_SK,
  type Project,
  type ProjectNote,
  partnerItem,
  partnerSk,
  projectToItem,
} from './model.ts';
import { completePendingNoteDeletes, deleteNotes, notesToDelete } from './note-cleanup.ts';
import { projectVisible, requireProject } from './read.ts';
import { EVALUATED_PROJECT_STATUSES, PROJECT_TRANSITIONS, type ProjectStatus } from './types.ts';
import {
  type CreateProjectInput,
  createProjectInput,
  datesInOrder,
  MAX_PROJECT_LINKS,
  noteText,
  type UpdateProjectInput,
  updateProjectInput,
} from './validation.ts';

/** What a project adds to its lead's path (and ALL) and to the own-level counters. */
function projectChanges(changes: RollupChanges, p: Project, sign: 1 | -1) {
  const counters = projectCounters(p);
  changes.addTo([...pathIds(p.leadPath), ALL], sign === 1 ? counters : negate(counters));
  changes.addTo([p.leadOrganizationId], { [counter.ownProjects]: sign });
  changes.addTo([...p.partnerIds, ...p.servedOrganizationIds], { [counter.projectLinks]: sign });
  return changes;
}

async function lead(session: Session, id: string) {
  const org = await freshOrganization(session, id);
  if (!org) throw invalid('leadOrganizationId', `No organization ${id}.`);
  requireWrite(session, org.path, 'lead projects from this organization');
  return org;
}

/** Every listed organization exists and is visible to the caller; each other is named by position. */
async function requireAll(session: Session, ids: string[], field: string) {
  const found = await loadExisting(session.loaders.organizations, ids);
  const known = new Map(found.filter((o) => inScope(session, o.path)).map((o) => [o.id, o]));
  const problems = ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `${field}.${i}`, message: `No organization ${id}.` }],
  );
  if (problems.length) throw new InvalidInput(problems);
  return ids.map((id) => known.get(id) as Organization);
}

/**
 * The served organizations the caller cannot see: a list of served organizations from the
 * caller replaces only those it can, so these stay after the ones it gives.
 */
async function servedOutOfScope(session: Session, project: Project) {
  const served = await loadExisting(session.loaders.organizations, project.servedOrganizationIds);
  return served.filter((o) => !inScope(session, o.path)).map((o) => o.id);
}

/** A served organization must still exist when the link is written. */
const linkedExists = (session: Session, id: string, field: string) =>
  mustExist(session.db.tables.organizations, { id }, () =>
    invalid(field, `No organization ${id}.`),
  );

/**
 * One existence check per served organization not `checked` already: an organization may be
 * both partner and served, or served and lead, and DynamoDB refuses two operations on one
 * item (the lead and the partners have their own, stronger checks).
 */
function linkedChecks(
  session: Session,
  checked: (string | null)[],
  links: { id: string; field: string }[],
) {
  const seen = new Set(checked);
  return links.flatMap(({ id, field }) => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [linkedExists(session, id, field)];
  });
}

/**
 * A partner's item, written with a check that the partner still sits where it was read: its
 * path is copied there, and a move that rewrote it meanwhile would leave the copy stale.
 */
const partnerLink = (session: Session, projectId: string, partner: Organization, field: string) => [
  putNew(session.db.tables.projects, partnerItem(projectId, partner), 'sk'),
  organizationUnmoved(session, partner, () => invalid(field, `No organization ${partner.id}.`)),
];

const leadUnmoved = (session: Session, org: Organization) =>
  organizationUnmoved(session, org, () =>
    invalid('leadOrganizationId', `No organization ${org.id}.`),
  );

export function createProject(session: Session, raw: CreateProjectInput) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(createProjectInput, raw);
    if (!datesInOrder(input))
      throw invalid('dueDate', 'The due date must not be before the start date.');
    const { funds, ...fields } = input;
    requireEvaluable(fields, fields.status);
    if (fields.partnerIds.includes(fields.leadOrganizationId)) {
      throw invalid(
        `partnerIds.${fields.partnerIds.indexOf(fields.leadOrganizationId)}`,
        'The lead organization is not its own partner.',
      );
    }
    if (fields.partnerIds.length + fields.servedOrganizationIds.length > MAX_PROJECT_LINKS) {
      throw invalid(
        'partnerIds',
        `At most ${MAX_PROJECT_LINKS} partners and served organizations together.`,
      );
    }
    const org = await lead(session, fields.leadOrganizationId);
    const partners = await requireAll(session, fields.partnerIds, 'partnerIds');
    await requireAll(session, fields.servedOrganizationIds, 'servedOrganizationIds');
    const record = newRecord(session);
    const project: Project = {
      ...fields,
      ...record,
      fundsFen: funds,
      leadPath: org.path,
      evaluatedAt: fields.evaluation ? record.createdAt : null,
    };
    await transactWrite(session.db, [
      putNew(session.db.tables.projects, projectToItem(project), 'id'),
      ...partners.flatMap((p, i) => partnerLink(session, project.id, p, `partnerIds.${i}`)),
      leadUnmoved(session, org),
      // partners have their check in partnerLink
      ...linkedChecks(
        session,
        [org.id, ...project.partnerIds],
        [
          ...project.servedOrganizationIds.map((id, i) => ({
            id,
            field: `servedOrganizationIds.${i}`,
          })),
        ],
      ),
      ...rollupSteps(session.db, projectChanges(new RollupChanges(), project, 1)),
      ...auditSteps(session, {
        operation: 'createProject',
        recordType: 'Project',
        recordId: project.id,
        paths: [project.leadPath],
        after: project,
      }),
    ]);
    session.loaders.projects.prime(project.id, project);
    return project;
  });
}

/** An evaluation given for a project in `status`: refused before the project is completed. */
function requireEvaluable(
  given: { evaluation?: unknown; evaluationComment?: unknown },
  status: ProjectStatus,
) {
  const giving = (['evaluation', 'evaluationComment'] as const).find((k) => given[k] != null);
  if (giving && !EVALUATED_PROJECT_STATUSES.includes(status)) {
    throw invalid(giving, 'Residents evaluate (群众评议) a completed project; complete it first.');
  }
}

function transitionProblem(from: ProjectStatus, to: ProjectStatus): string | null {
  if (from === to || PROJECT_TRANSITIONS[from].includes(to)) return null;
  const allowed = PROJECT_TRANSITIONS[from];
  return allowed.length
    ? `A ${from} project can move to ${allowed.join(' or ')}, not to ${to}.`
    : `A ${from} project is final; its status no longer changes.`;
}

export function updateProject(
  session: Session,
  id: string,
  version: number,
  raw: UpdateProjectInput,
) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(updateProjectInput, raw);
    const current = await requireProject(session, id);
    requireWrite(session, current.leadPath, 'change this project');
    checkVersion('Project', current, version);
    const problem = input.status ? transitionProblem(current.status, input.status) : null;
    if (problem) throw invalid('status', problem);
    const { funds, ...fields } = input;
    requireEvaluable(fields, fields.status ?? current.status);
    const org = fields.leadOrganizationId ? await lead(session, fields.leadOrganizationId) : null;
    if (org && current.partnerIds.includes(org.id)) {
      throw invalid(
        'leadOrganizationId',
        'This organization is a partner of the project; remove it as partner first.',
      );
    }
    const served = fields.servedOrganizationIds;
    if (served) {
      await requireAll(session, served, 'servedOrganizationIds');
      // the caller's list replaces only what it may see
      served.push(...(await servedOutOfScope(session, current)));
      if (served.length + current.partnerIds.length > MAX_PROJECT_LINKS) {
        throw invalid(
          'servedOrganizationIds',
          `At most ${MAX_PROJECT_LINKS} partners and served organizations together.`,
        );
      }
    }
    const now = session.now().toISOString();
    // stamped when the evaluation changes, removed with it; undefined leaves it as it is
    const evaluatedAt =
      fields.evaluation === undefined || fields.evaluation === current.evaluation
        ? undefined
        : fields.evaluation && now;
    const updated: Project = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      fundsFen: funds === undefined ? current.fundsFen : funds,
      leadPath: org?.path ?? current.leadPath,
      evaluatedAt: evaluatedAt === undefined ? current.evaluatedAt : evaluatedAt,
      version: version + 1,
      updatedAt: now,
    };
    if (!datesInOrder(updated))
      throw invalid('dueDate', 'The due date must not be before the start date.');

    const counted = (
      ['kind', 'status', 'fundsFen', 'leadOrganizationId', 'servedOrganizationIds'] as const
    ).some((k) => JSON.stringify(updated[k]) !== JSON.stringify(current[k]));
    const changes = new RollupChanges();
    if (counted) {
      projectChanges(projectChanges(changes, current, -1), updated, 1);
    }
    const newlyServed = (served ?? []).filter((s) => !current.servedOrganizationIds.includes(s));
    await transactWrite(session.db, [
      updateAtVersion(
        session.db.tables.projects,
        { id, sk: PROJECT_SK },
        { ...fields, fundsFen: funds, leadPath: org?.path, evaluatedAt },
        version,
        now,
        versionOrMoved('Project', id, version),
        // counters go to the ancestors on the stored path: it must not have moved meanwhile
        counted ? { attribute: 'leadPath', value: current.leadPath } : undefined,
      ),
      ...(org ? [leadUnmoved(session, org)] : []),
      ...linkedChecks(
        session,
        [org?.id ?? null],
        newlyServed.map((id) => ({ id, field: `servedOrganizationIds.${served?.indexOf(id)}` })),
      ),
      ...rollupSteps(session.db, changes),
      ...auditSteps(session, {
        operation: 'updateProject',
        recordType: 'Project',
        recordId: id,
        paths: [current.leadPath, updated.leadPath],
        before: current,
        after: updated,
      }),
    ]);
    session.loaders.projects.clear(id).prime(id, updated);
    return updated;
  });
}

/**
 * Deletes a project, its partner links and then its notes (a note without its project is
 * never shown); notes an interrupted or failed delete left go with the next delete.
 */
export function deleteProject(session: Session, id: string, version: number) {
  return withMoveRecovery(session, async () => {
    await completePendingNoteDeletes(session.db);
    const current = await requireProject(session, id);
    requireWrite(session, current.leadPath, 'delete this project');
    checkVersion('Project', current, version);
    await transactWrite(session.db, [
      deleteAtVersion(
        session.db.tables.projects,
        { id, sk: PROJECT_SK },
        version,
        { attribute: 'leadPath', value: current.leadPath },
        versionOrMoved('Project', id, version),
      ),
      ...current.partnerIds.map((p) => ({
        op: { Delete: { TableName: session.db.tables.projects, Key: { id, sk: partnerSk(p) } } },
      })),
      notesToDelete(session.db, id),
      ...rollupSteps(session.db, projectChanges(new RollupChanges(), current, -1)),
      ...auditSteps(session, {
        operation: 'deleteProject',
        recordType: 'Project',
        recordId: id,
        paths: [current.leadPath],
        before: current,
      }),
    ]);
    session.loaders.projects.clear(id);
    // The project is gone once the transaction commits. Should deleting its notes fail now,
    // the marker the transaction wrote has the next delete (or `npm start`) finish them: the
    // caller is not told that a delete which happened failed.
    await deleteNotes(session.db, id).catch(() => undefined);
    return current;
  });
}

/** Adds a partner organization; the project's version guards its partner list. */
export function addProjectPartner(
  session: Session,
  id: string,
  version: number,
  partnerId: string,
) {
  return withMoveRecovery(session, async () => {
    const current = await requireProject(session, id);
    requireWrite(session, current.leadPath, 'change the partners of this project');
    checkVersion('Project', current, version);
    if (partnerId === current.leadOrganizationId)
      throw invalid('organizationId', 'The lead organization is not its own partner.');
    if (current.partnerIds.includes(partnerId))
      throw invalid('organizationId', 'Already a partner of this project.');
    if (current.partnerIds.length + current.servedOrganizationIds.length >= MAX_PROJECT_LINKS) {
      throw invalid(
        'partnerId',
        `At most ${MAX_PROJECT_LINKS} partners and served organizations together.`,
      );
    }
    const partner = await freshOrganization(session, partnerId);
    if (!partner || !inScope(session, partner.path)) {
      throw invalid('organizationId', `No organization ${partnerId}.`);
    }
    return changePartners(
      session,
      current,
      [...current.partnerIds, partnerId],
      [
        ...partnerLink(session, id, partner, 'organizationId'),
        ...rollupSteps(
          session.db,
          new RollupChanges().addTo([partnerId], { [counter.projectLinks]: 1 }),
        ),
      ],
    );
  });
}

export function removeProjectPartner(
  session: Session,
  id: string,
  version: number,
  partnerId: string,
) {
  return withMoveRecovery(session, async () => {
    const current = await requireProject(session, id);
    requireWrite(session, current.leadPath, 'change the partners of this project');
    checkVersion('Project', current, version);
    if (!current.partnerIds.includes(partnerId))
      throw invalid('organizationId', 'Not a partner of this project.');
    return changePartners(
      session,
      current,
      current.partnerIds.filter((p) => p !== partnerId),
      [
        {
          op: {
            Delete: {
              TableName: session.db.tables.projects,
              Key: { id, sk: partnerSk(partnerId) },
            },
          },
        },
        ...rollupSteps(
          session.db,
          new RollupChanges().addTo([partnerId], { [counter.projectLinks]: -1 }),
        ),
      ],
    );
  });
}

async function changePartners(
  session: Session,
  current: Project,
  partnerIds: string[],
  steps: TransactionStep[],
) {
  const now = session.now().toISOString();
  await transactWrite(session.db, [
    updateAtVersion(
      session.db.tables.projects,
      { id: current.id, sk: PROJECT_SK },
      { partnerIds },
      current.version,
      now,
      versionFailure('Project', current.id, current.version),
    ),
    ...steps,
    ...auditSteps(session, {
      operation:
        partnerIds.length > current.partnerIds.length
          ? 'addProjectPartner'
          : 'removeProjectPartner',
      recordType: 'Project',
      recordId: current.id,
      paths: [current.leadPath],
      before: { partnerIds: current.partnerIds },
      after: { partnerIds },
    }),
  ]);
  const updated: Project = { ...current, partnerIds, version: current.version + 1, updatedAt: now };
  session.loaders.projects.clear(current.id).prime(current.id, updated);
  return updated;
}

/** Editors of the lead's subtree or of a partner's may report progress on a project. */
async function requireNoteWriter(session: Session, projectId: string) {
  const project = await requireProject(session, projectId);
  requirePermission(session, 'write', 'write progress notes');
  if (!(await projectVisible(session, project))) {
    throw forbidden('Only the lead organization and the partners may write progress notes.');
  }
  return project;
}

/** Appends a progress note; notes are their own items, so adding one never conflicts. */
export async function addProjectNote(session: Session, projectId: string, rawText: string) {
  const text = parseInput(noteText, rawText, 'text');
  const project = await requireNoteWriter(session, projectId);
  const author = session.actor.kind === 'SYSTEM' ? null : session.actor.login;
  const noteId = newId();
  const note: ProjectNote = {
    id: noteId,
    projectId,
    at: session.now().toISOString(),
    text,
    author,
  };
  const item = {
    id: projectId,
    sk: noteSk(noteId),
    noteId,
    at: note.at,
    text,
    ...(author ? { author } : {}),
  };
  await transactWrite(session.db, [
    putNew(session.db.tables.projects, item, 'sk'),
    mustExist(session.db.tables.projects, { id: projectId, sk: PROJECT_SK }, () =>
      notFound('Project', projectId),
    ),
    ...auditSteps(session, {
      operation: 'addProjectNote',
      recordType: 'Project',
      recordId: projectId,
      paths: [project.leadPath],
      after: { note: text },
    }),
  ]);
  return { project, note };
}

export async function removeProjectNote(session: Session, projectId: string, noteId: string) {
  const project = await requireNoteWriter(session, projectId);
  const e = new Expression();
  await transactWrite(session.db, [
    {
      op: {
        Delete: {
          TableName: session.db.tables.projects,
          Key: { id: projectId, sk: noteSk(noteId) },
          ConditionExpression: `attribute_exists(${e.name('sk')})`,
          ...e.attributes(),
        },
      },
      onConditionFailed: () => notFound('ProjectNote', noteId),
    },
    ...auditSteps(session, {
      operation: 'removeProjectNote',
      recordType: 'Project',
      recordId: projectId,
      paths: [project.leadPath],
      before: { noteId },
    }),
  ]);
  return requireProject(session, projectId);
}
