import { auditSteps } from '../audit/entry.ts';
import { WHOLE_STACK } from '../auth/actor.ts';
import { forbidden, requireWrite } from '../auth/scope.ts';
import { Expression } from '../db/expression.ts';
import { queryAll } from '../db/query.ts';
import { deleteAtVersion, putNew, updateAtVersion } from '../db/steps.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import { checkVersion, DomainError, InvalidInput, invalid } from '../errors.ts';
import { isMaskOf } from '../pii/mask.ts';
import { newRecord } from '../records.ts';
import { organizationCounters } from '../rollups/contributions.ts';
import {
  ALL,
  counter,
  DEPENDENT_COUNTERS,
  difference,
  negate,
  RollupChanges,
} from '../rollups/counters.ts';
import { SubtreeMoving, versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import { type Organization, organizationFromItem, organizationToItem } from './model.ts';
import { withMoveRecovery } from './move.ts';
import { ancestorIds, childPath, depthOf, ROOT_PATH } from './path.ts';
import { freshOrganization, requireOrganization } from './read.ts';
import { placementProblem } from './types.ts';
import { organizationUnmoved } from './unmoved.ts';
import {
  type CreateOrganizationInput,
  createOrganizationInput,
  type UpdateOrganizationInput,
  updateOrganizationInput,
} from './validation.ts';

export function createOrganization(session: Session, raw: CreateOrganizationInput) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(createOrganizationInput, raw);
    const parent = input.parentId ? await freshOrganization(session, input.parentId) : null;
    if (input.parentId && !parent) throw invalid('parentId', `No organization ${input.parentId}.`);
    requireWrite(
      session,
      parent?.path ?? WHOLE_STACK,
      parent ? 'create organizations here' : 'create root organizations',
    );
    const problem = placementProblem(parent?.type ?? null, input.type);
    if (problem) throw invalid(parent ? 'type' : 'parentId', problem);

    const { parentId: _parentId, ...fields } = input;
    const record = newRecord(session);
    const path = childPath(parent?.path ?? ROOT_PATH, record.id);
    const org: Organization = {
      ...record,
      ...fields,
      parentId: parent?.id ?? null,
      path,
      depth: depthOf(path),
    };
    const changes = new RollupChanges().addTo(
      [...ancestorIds(path), ALL],
      organizationCounters(org),
    );
    if (parent) changes.addTo([parent.id], { [counter.children]: 1 });
    await transactWrite(session.db, [
      putNew(session.db.tables.organizations, organizationToItem(org), 'id'),
      ...(parent
        ? [
            organizationUnmoved(session, parent, () =>
              invalid('parentId', `No organization ${parent.id}.`),
            ),
          ]
        : []),
      ...rollupSteps(session.db, changes),
      ...auditSteps(session, {
        operation: 'createOrganization',
        recordType: 'Organization',
        recordId: org.id,
        paths: [org.path],
        after: org,
      }),
    ]);
    session.loaders.organizations.prime(org.id, org);
    return org;
  });
}

export function updateOrganization(
  session: Session,
  id: string,
  version: number,
  raw: UpdateOrganizationInput,
) {
  return withMoveRecovery(session, async () => {
    const current = await requireOrganization(session, id);
    requireWrite(session, current.path, 'change this organization');
    const input = parseInput(updateOrganizationInput, unmaskedSecretary(raw, current));
    checkVersion('Organization', current, version);

    const rollups: TransactionStep[] = [];
    if (input.type && input.type !== current.type) {
      await checkTypeChange(session, current, input.type);
      // a type change moves one count between types on every ancestor; coverage is counted
      // by type, so it holds only while the organization divides into no grids
      const changes = new RollupChanges()
        .addTo(
          [...ancestorIds(current.path), ALL],
          difference(organizationCounters(current), organizationCounters({ type: input.type })),
        )
        .expect(id, counter.ownGrids, 0);
      rollups.push(...rollupSteps(session.db, changes));
    }
    const now = session.now().toISOString();
    const updated: Organization = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      version: version + 1,
      updatedAt: now,
    };
    await transactWrite(session.db, [
      updateAtVersion(
        session.db.tables.organizations,
        { id },
        input,
        version,
        now,
        versionOrMoved('Organization', id, version),
        // keeps the ancestors' counters right if an ancestor moved meanwhile
        { attribute: 'path', value: current.path },
      ),
      ...rollups,
      ...auditSteps(session, {
        operation: 'updateOrganization',
        recordType: 'Organization',
        recordId: id,
        paths: [current.path],
        before: current,
        after: updated,
      }),
    ]);
    session.loaders.organizations.clear(id).prime(id, updated);
    return updated;
  });
}

async function checkTypeChange(session: Session, org: Organization, type: Organization['type']) {
  const parent = org.parentId ? await requireOrganization(session, org.parentId) : null;
  const problem = placementProblem(parent?.type ?? null, type);
  if (problem) throw invalid('type', problem);
  const grids = (await session.fresh.stats.clear(org.id).load(org.id)).grids.own;
  if (grids > 0) {
    throw invalid('type', `${org.name} is divided into ${grids} grid(s); its type stays as it is.`);
  }
  for await (const item of queryAll(session.db, {
    table: 'organizations',
    index: 'byParent',
    hashValue: org.id,
  })) {
    const child = organizationFromItem(item);
    const childProblem = placementProblem(type, child.type);
    if (childProblem) {
      throw new InvalidInput([
        { path: 'type', message: `${childProblem} Its child ${child.name} is a ${child.type}.` },
      ]);
    }
  }
}

export function deleteOrganization(session: Session, id: string, version: number) {
  return withMoveRecovery(session, async () => {
    const current = await requireOrganization(session, id);
    requireWrite(session, current.path, 'delete this organization');
    if (current.id === session.actor.scopeOrgId) {
      throw forbidden('You may not delete the organization your account is scoped to.');
    }
    checkVersion('Organization', current, version);
    const f = new Expression();
    const free = DEPENDENT_COUNTERS.map(
      (name) => `(attribute_not_exists(${f.name(name)}) OR ${f.name(name)} = ${f.value(0)})`,
    );
    const changes = new RollupChanges().addTo(
      [...ancestorIds(current.path), ALL],
      negate(organizationCounters(current)),
    );
    if (current.parentId) changes.addTo([current.parentId], { [counter.children]: -1 });
    await transactWrite(session.db, [
      deleteAtVersion(
        session.db.tables.organizations,
        { id },
        version,
        { attribute: 'path', value: current.path },
        versionOrMoved('Organization', id, version),
      ),
      {
        // the organization's own counters: deleting them asserts that nothing depends on it
        op: {
          Delete: {
            TableName: session.db.tables.rollups,
            Key: { orgId: id },
            ConditionExpression: [...free, `attribute_not_exists(${f.name('moveLock')})`].join(
              ' AND ',
            ),
            ...f.attributes(),
          },
        },
        onConditionFailed: (rollup) =>
          rollup?.moveLock ? new SubtreeMoving(id) : hasDependents(current, rollup ?? {}),
      },
      ...rollupSteps(session.db, changes),
      ...auditSteps(session, {
        operation: 'deleteOrganization',
        recordType: 'Organization',
        recordId: id,
        paths: [current.path],
        before: current,
      }),
    ]);
    session.loaders.organizations.clear(id);
    return current;
  });
}

function hasDependents(org: Organization, rollup: Record<string, unknown>) {
  const n = (name: string) => Number(rollup[name] ?? 0);
  const dependents = {
    children: n(counter.children),
    serviceCenters: n(counter.ownCenters),
    projects: n(counter.ownProjects),
    projectLinks: n(counter.projectLinks),
    grids: n(counter.ownGrids) + n(counter.gridLinks),
    members: n(counter.ownMembers),
    requests: n(counter.requestLinks),
  };
  const parts = [
    dependents.children && `${dependents.children} child organization(s)`,
    dependents.serviceCenters && `${dependents.serviceCenters} service center(s)`,
    dependents.projects && `${dependents.projects} project(s) it leads`,
    dependents.projectLinks &&
      `${dependents.projectLinks} project(s) it partners in or is served by`,
    dependents.grids && `${dependents.grids} grid(s) it divides into or is the branch of`,
    dependents.members && `${dependents.members} party member(s)`,
    dependents.requests && `${dependents.requests} link(s) to residents' requests`,
  ].filter(Boolean);
  return new DomainError(
    'HAS_DEPENDENTS',
    `${org.name} still has ${parts.join(', ')}. Move or delete them first; nothing was deleted.`,
    { id: org.id, ...dependents },
  );
}

/** A form that sends back the masked phone it was shown leaves the stored one as it is. */
function unmaskedSecretary(
  raw: UpdateOrganizationInput,
  current: Organization,
): UpdateOrganizationInput {
  const sent = raw.secretary?.phone;
  if (!raw.secretary || !isMaskOf(sent, current.secretary?.phone)) return raw;
  return { ...raw, secretary: { ...raw.secretary, phone: current.secretary?.phone ?? null } };
}
