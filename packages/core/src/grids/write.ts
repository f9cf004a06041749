import { auditSteps } from '../audit/entry.ts';
import { inScope, requireWrite } from '../auth/scope.ts';
import { Expression } from '../db/expression.ts';
import { putNew, updateAtVersion } from '../db/steps.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import { checkVersion, DomainError, invalid, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Organization } from '../organizations/model.ts';
import { withMoveRecovery } from '../organizations/move.ts';
import { ancestorIds, pathIds } from '../organizations/path.ts';
import { freshOrganization } from '../organizations/read.ts';
import { organizationUnmoved } from '../organizations/unmoved.ts';
import { maskPersonalNumber } from '../pii/mask.ts';
import { newRecord } from '../records.ts';
import { coverageCounters, gridCounters } from '../rollups/contributions.ts';
import { ALL, counter, difference, negate, RollupChanges } from '../rollups/counters.ts';
import { SubtreeMoving, versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import { drawnUpdate } from './drawn.ts';
import { type Grid, type GridStaff, gridToItem, referencesFromItem } from './model.ts';
import { requireGrid } from './read.ts';
import { GRID_PLACE_TYPES } from './types.ts';
import {
  type CreateGridInput,
  createGridInput,
  type StaffInput,
  type UpdateGridInput,
  unmaskedStaff,
  updateGridInput,
} from './validation.ts';

/** The village or community a grid divides, read fresh; anything else is refused by field. */
async function owner(session: Session, organizationId: string) {
  const org = await freshOrganization(session, organizationId);
  if (!org || !inScope(session, org.path))
    throw invalid('organizationId', `No organization ${organizationId}.`);
  requireWrite(session, org.path, 'draw grids in this organization');
  if (!GRID_PLACE_TYPES.includes(org.type)) {
    throw invalid(
      'organizationId',
      `Grids divide villages and communities (${GRID_PLACE_TYPES.join(', ')}), not a ${org.type}.`,
    );
  }
  return org;
}

/** The grid branch (网格党支部) built on a grid: a GRID_BRANCH inside the grid's village or community. */
async function branch(session: Session, branchId: string, place: Organization) {
  const org = await freshOrganization(session, branchId);
  if (!org || !inScope(session, org.path))
    throw invalid('branchId', `No organization ${branchId}.`);
  if (org.type !== 'GRID_BRANCH' || !org.path.startsWith(place.path)) {
    throw invalid('branchId', `Choose a GRID_BRANCH of ${place.name}.`);
  }
  return org;
}

const withStaffIds = (staff: (Omit<StaffInput, 'id'> & { id?: string | null })[]) =>
  staff.map((s) => ({ ...s, id: s.id || newId() })) as GridStaff[];

/** The grid as the audit trail keeps it: phones masked, like everywhere they are shown. */
const auditView = (grid: Grid) => ({
  ...grid,
  staff: grid.staff.map((s) => ({ ...s, phone: s.phone ? maskPersonalNumber(s.phone) : null })),
});

/**
 * Counter changes for a grid appearing (+1) or going (-1): its figures on its place's path,
 * the place's own count, the place's coverage when that count turns from 0 to 1 or back (on
 * the condition that the count is still what was read), and the branch's link count.
 */
async function gridChanges(session: Session, changes: RollupChanges, grid: Grid, sign: 1 | -1) {
  const counters = gridCounters(grid);
  changes.addTo([...pathIds(grid.organizationPath), ALL], sign === 1 ? counters : negate(counters));
  const place = await freshOrganization(session, grid.organizationId);
  if (!place) throw notFound('Organization', grid.organizationId);
  const own = (await session.fresh.stats.clear(place.id).load(place.id)).grids.own;
  const coverage = difference(coverageCounters(place, own), coverageCounters(place, own + sign));
  changes.expect(place.id, counter.ownGrids, own);
  changes.addTo([place.id], { [counter.ownGrids]: sign });
  changes.addTo([...ancestorIds(grid.organizationPath), ALL], coverage);
  if (grid.branchId) changes.addTo([grid.branchId], { [counter.gridLinks]: sign });
  return changes;
}

export function createGrid(session: Session, raw: CreateGridInput) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(createGridInput, raw);
    const place = await owner(session, input.organizationId);
    const gridBranch = input.branchId ? await branch(session, input.branchId, place) : null;
    const grid: Grid = {
      ...input,
      ...newRecord(session),
      organizationPath: place.path,
      staff: withStaffIds(input.staff),
    };
    await transactWrite(session.db, [
      putNew(session.db.tables.grids, gridToItem(grid), 'id'),
      organizationUnmoved(session, place, () =>
        invalid('organizationId', `No organization ${place.id}.`),
      ),
      ...(gridBranch
        ? [
            organizationUnmoved(session, gridBranch, () =>
              invalid('branchId', `No organization ${gridBranch.id}.`),
            ),
          ]
        : []),
      ...rollupSteps(session.db, await gridChanges(session, new RollupChanges(), grid, 1)),
      ...auditSteps(session, {
        operation: 'createGrid',
        recordType: 'Grid',
        recordId: grid.id,
        paths: [grid.organizationPath],
        after: auditView(grid),
      }),
    ]);
    session.loaders.grids.prime(grid.id, grid);
    return grid;
  });
}

export function updateGrid(session: Session, id: string, version: number, raw: UpdateGridInput) {
  return withMoveRecovery(session, async () => {
    const current = await requireGrid(session, id);
    requireWrite(session, current.organizationPath, 'change this grid');
    const input = parseInput(updateGridInput, unmaskedStaff(raw, current.staff));
    checkVersion('Grid', current, version);
    const place = await freshOrganization(session, current.organizationId);
    if (!place) throw notFound('Organization', current.organizationId);
    const gridBranch = input.branchId ? await branch(session, input.branchId, place) : null;
    const known = new Set(current.staff.map((s) => s.id));
    const unknown = (input.staff ?? []).findIndex((s) => s.id && !known.has(s.id));
    if (unknown >= 0) {
      throw invalid(
        `staff.${unknown}.id`,
        'Not on this grid’s staff; leave the id out to add someone.',
      );
    }
    const now = session.now().toISOString();
    const staff = input.staff ? withStaffIds(input.staff) : undefined;
    const updated: Grid = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      ...(staff ? { staff } : {}),
      version: version + 1,
      updatedAt: now,
    };
    const figures = difference(gridCounters(current), gridCounters(updated));
    const changes = new RollupChanges().addTo([...pathIds(current.organizationPath), ALL], figures);
    if (updated.branchId !== current.branchId) {
      if (current.branchId) changes.addTo([current.branchId], { [counter.gridLinks]: -1 });
      if (updated.branchId) changes.addTo([updated.branchId], { [counter.gridLinks]: 1 });
    }
    const counted = Object.keys(figures).length > 0;
    await transactWrite(session.db, [
      updateAtVersion(
        session.db.tables.grids,
        { id },
        {
          ...input,
          staff,
          ...(input.boundary !== undefined ? drawnUpdate(input.boundary) : {}),
        },
        version,
        now,
        versionOrMoved('Grid', id, version),
        // figures go to the ancestors on the stored path: it must not have moved meanwhile
        counted ? { attribute: 'organizationPath', value: current.organizationPath } : undefined,
      ),
      ...(gridBranch
        ? [
            organizationUnmoved(session, gridBranch, () =>
              invalid('branchId', `No organization ${gridBranch.id}.`),
            ),
          ]
        : []),
      ...rollupSteps(session.db, changes),
      ...auditSteps(session, {
        operation: 'updateGrid',
        recordType: 'Grid',
        recordId: id,
        paths: [current.organizationPath],
        before: auditView(current),
        after: auditView(updated),
      }),
    ]);
    session.loaders.grids.clear(id).prime(id, updated);
    return updated;
  });
}

export function deleteGrid(session: Session, id: string, version: number) {
  return withMoveRecovery(session, async () => {
    const current = await requireGrid(session, id);
    requireWrite(session, current.organizationPath, 'delete this grid');
    checkVersion('Grid', current, version);
    await transactWrite(session.db, [
      deleteUnreferenced(session, current, version),
      ...rollupSteps(session.db, await gridChanges(session, new RollupChanges(), current, -1)),
      ...auditSteps(session, {
        operation: 'deleteGrid',
        recordType: 'Grid',
        recordId: id,
        paths: [current.organizationPath],
        before: auditView(current),
      }),
    ]);
    session.loaders.grids.clear(id);
    return current;
  });
}

/** Deletes a grid at the version and path read, while no member reports to it and no request names it. */
function deleteUnreferenced(session: Session, grid: Grid, version: number): TransactionStep {
  const e = new Expression();
  const none = (name: string) =>
    `(attribute_not_exists(${e.name(name)}) OR ${e.name(name)} = ${e.value(0)})`;
  return {
    op: {
      Delete: {
        TableName: session.db.tables.grids,
        Key: { id: grid.id },
        ConditionExpression: [
          `${e.name('version')} = ${e.value(version)}`,
          `${e.name('organizationPath')} = ${e.value(grid.organizationPath)}`,
          none('reportedMembers'),
          none('requests'),
        ].join(' AND '),
        ...e.attributes(),
      },
    },
    onConditionFailed: (stored) => {
      if (!stored || stored.version !== version) {
        return versionOrMoved('Grid', grid.id, version)(stored);
      }
      if (stored.organizationPath !== grid.organizationPath) return new SubtreeMoving(grid.id);
      const refs = referencesFromItem(stored);
      return new DomainError(
        'HAS_DEPENDENTS',
        `${grid.name} still has ${[
          refs.reportedMembers && `${refs.reportedMembers} member(s) reported to it`,
          refs.requests && `${refs.requests} request(s) raised in it`,
        ]
          .filter(Boolean)
          .join(', ')}. Move them to another grid first; nothing was deleted.`,
        { id: grid.id, ...refs },
      );
    },
  };
}
