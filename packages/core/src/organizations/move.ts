import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { auditSteps } from '../audit/entry.ts';
import { forbidden, requireWrite } from '../auth/scope.ts';
import { batchGet } from '../db/batch-get.ts';
import { Expression } from '../db/expression.ts';
import { keyString, primaryKeyOf } from '../db/keys.ts';
import { queryAll } from '../db/query.ts';
import { updateAtVersion } from '../db/steps.ts';
import { type TableKey, TREE } from '../db/tables.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import { setAndRemove } from '../db/update-expression.ts';
import { checkVersion, DomainError, invalid, notFound } from '../errors.ts';
import { requestOrderUpdate } from '../requests/order.ts';
import { coverageCounters, organizationCounters } from '../rollups/contributions.ts';
import {
  add,
  type Counters,
  counter,
  DEPENDENT_COUNTERS,
  negate,
  REVISION,
  RollupChanges,
} from '../rollups/counters.ts';
import { CountersChanged, SubtreeMoving, versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { Session } from '../session.ts';
import type { Organization } from './model.ts';
import { ancestorIds, childPath, pathIds } from './path.ts';
import { placementProblem } from './types.ts';
import { organizationUnmoved } from './unmoved.ts';

/** The Rollups item that records the move in progress; only one runs at a time. */
const MOVE = '#move';
const SWEEP_CHUNK = 25;
const RECOVERY_ATTEMPTS = 5;

interface PendingMove {
  movingId: string;
  from: string;
  to: string;
}

/**
 * Tables holding copies of organization paths, the attribute each copy lives in, and the
 * index (partition `tree`, sorted by that attribute or a key it begins) that finds the copies
 * of a subtree; `derived` gives the other attributes computed from the path (null: remove).
 */
const PATH_COPIES: {
  table: TableKey;
  attribute: string;
  index: string;
  derived?: (item: Record<string, unknown>, path: string) => Record<string, string | null>;
}[] = [
  { table: 'organizations', attribute: 'path', index: 'byPath' },
  { table: 'serviceCenters', attribute: 'orgPath', index: 'byPath' },
  { table: 'projects', attribute: 'leadPath', index: 'byPath' },
  { table: 'projects', attribute: 'partnerPath', index: 'byPartnerPath' },
  { table: 'grids', attribute: 'organizationPath', index: 'byPath' },
  { table: 'members', attribute: 'organizationPath', index: 'byPath' },
  { table: 'members', attribute: 'gridPath', index: 'byGridPath' },
  { table: 'requests', attribute: 'originPath', index: 'byPath', derived: requestOrderUpdate },
];

/**
 * Runs a write; when it runs into a subtree that is being moved, finishes that move and
 * tries again (the write is then computed from the new paths). A write whose counters
 * changed under it is computed again the same way.
 */
export async function withMoveRecovery<T>(session: Session, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const retry = error instanceof SubtreeMoving || error instanceof CountersChanged;
      if (!retry || attempt >= RECOVERY_ATTEMPTS) throw error;
      await completePendingMove(session);
      session.loaders.organizations.clearAll();
      session.fresh.organizations.clearAll();
    }
  }
}

/**
 * Moves an organization and its whole subtree under a new parent.
 *
 * 1. One transaction: record the move, set the organization's new parent and path, lock its
 *    subtree (writes inside it wait for the move), and shift its counters from the old
 *    ancestors to the new ones.
 * 2. Rewrite the paths below it in chunks; every chunk is conditional on the old path.
 * 3. Drop the lock and the move record.
 * Every record stays readable by id and by parent throughout; if the process dies after step
 * 1, the next write into the subtree, the next move or `completePendingMove` finishes the job.
 */
export function moveOrganization(
  session: Session,
  id: string,
  version: number,
  newParentId: string,
) {
  return withMoveRecovery(session, async () => {
    await completePendingMove(session);
    const org = await session.fresh.organizations.clear(id).load(id);
    if (!org) throw notFound('Organization', id);
    requireWrite(session, org.path, 'move this organization');
    if (org.id === session.actor.scopeOrgId) {
      throw forbidden('You may not move the organization your account is scoped to.');
    }
    checkVersion('Organization', org, version);
    const parent = await session.fresh.organizations.clear(newParentId).load(newParentId);
    if (!parent) throw invalid('newParentId', `No organization ${newParentId}.`);
    requireWrite(session, parent.path, 'move organizations there');
    if (parent.path.startsWith(org.path)) {
      throw invalid(
        'newParentId',
        `${org.name} cannot be moved under itself or one of its own descendants.`,
      );
    }
    const problem = placementProblem(parent.type, org.type);
    if (problem) throw invalid('newParentId', problem);
    if (parent.id === org.parentId) return org;

    const rollup = await readRollup(session, id);
    if (rollup.moveLock) throw new SubtreeMoving(id);
    const subtree = add(
      organizationCounters(org),
      coverageCounters(org, Number(rollup[counter.ownGrids] ?? 0)),
      rollableCounters(rollup),
    );
    const from = org.path;
    const to = childPath(parent.path, id);
    const oldAncestors = ancestorIds(from);
    const newAncestors = pathIds(parent.path);
    const changes = new RollupChanges()
      .addTo(oldAncestors, negate(subtree))
      .addTo(newAncestors, subtree)
      .addTo([oldAncestors.at(-1) as string], { [counter.children]: -1 })
      .addTo([parent.id], { [counter.children]: 1 });
    const now = session.now().toISOString();
    await transactWrite(session.db, [
      recordMove(session, { movingId: id, from, to }, now),
      updateMovedOrganization(session, org, version, parent.id, to, now),
      lockSubtree(session, id, { from, to }, rollup[REVISION]),
      organizationUnmoved(session, parent, () =>
        invalid('newParentId', `No organization ${parent.id}.`),
      ),
      ...rollupSteps(session.db, changes),
      ...auditSteps(session, {
        operation: 'moveOrganization',
        recordType: 'Organization',
        recordId: id,
        paths: [from, to],
        before: { parentId: org.parentId },
        after: { parentId: parent.id },
      }),
    ]);
    session.loaders.organizations.clearAll();
    await completePendingMove(session);
    const moved = await session.fresh.organizations.clear(id).load(id);
    if (!moved) throw notFound('Organization', id);
    return moved;
  });
}

/** Finishes the move left in progress, if any. Safe to run at any time, by many at once. */
export async function completePendingMove(session: Session): Promise<void> {
  const out = await session.db.doc.send(
    new GetCommand({
      TableName: session.db.tables.rollups,
      Key: { orgId: MOVE },
      ConsistentRead: true,
    }),
  );
  const move = out.Item as PendingMove | undefined;
  if (!move) return;
  for (const copy of PATH_COPIES) {
    // a second pass proves that the index holds no old path any more
    while ((await sweep(session, copy, move)) > 0) {}
  }
  const e = new Expression();
  const f = new Expression();
  await transactWrite(session.db, [
    {
      op: {
        Delete: {
          TableName: session.db.tables.rollups,
          Key: { orgId: MOVE },
          ConditionExpression: `${e.name('movingId')} = ${e.value(move.movingId)}`,
          ...e.attributes(),
        },
      },
      onConditionFailed: () => new SubtreeMoving(move.movingId),
    },
    {
      op: {
        Update: {
          TableName: session.db.tables.rollups,
          Key: { orgId: move.movingId },
          UpdateExpression: `REMOVE ${f.name('moveLock')}`,
          ...f.attributes(),
        },
      },
    },
  ]).catch((error: unknown) => {
    // another process finished the same move first
    if (!(error instanceof SubtreeMoving)) throw error;
  });
  session.loaders.organizations.clearAll();
}

/** Rewrites one pass of stale paths; returns how many it rewrote. */
async function sweep(session: Session, copy: (typeof PATH_COPIES)[number], move: PendingMove) {
  let rewritten = 0;
  let chunk: Record<string, unknown>[] = [];
  const flush = async () => {
    // the index may lag behind the table: rewrite only what the table still holds as old
    const current = await batchGet(session.db, copy.table, chunk, true);
    const stale = [...current.values()].filter((item) =>
      String(item[copy.attribute]).startsWith(move.from),
    );
    chunk = [];
    if (stale.length === 0) return;
    try {
      await transactWrite(
        session.db,
        stale.map((item) => rewritePath(session, copy, item, move)),
      );
      rewritten += stale.length;
    } catch (error) {
      // a concurrent sweeper got there first; the next pass picks up what is left
      if (!(error instanceof DomainError)) throw error;
      rewritten += 1;
    }
  };
  for await (const item of queryAll(session.db, {
    table: copy.table,
    index: copy.index,
    hashValue: TREE,
    range: { beginsWith: move.from },
  })) {
    chunk.push(primaryKeyOf(copy.table, item));
    if (chunk.length >= SWEEP_CHUNK) await flush();
  }
  if (chunk.length) await flush();
  return rewritten;
}

function rewritePath(
  session: Session,
  copy: (typeof PATH_COPIES)[number],
  item: Record<string, unknown>,
  move: PendingMove,
): TransactionStep {
  const e = new Expression();
  const old = String(item[copy.attribute]);
  const path = move.to + old.slice(move.from.length);
  const values = { [copy.attribute]: path, ...copy.derived?.(item, path) };
  return {
    op: {
      Update: {
        TableName: session.db.tables[copy.table],
        Key: primaryKeyOf(copy.table, item),
        UpdateExpression: setAndRemove(e, values),
        ConditionExpression: `${e.name(copy.attribute)} = ${e.value(old)}`,
        ...e.attributes(),
      },
    },
    onConditionFailed: () =>
      new DomainError('CONFLICT', `Path of ${keyString(copy.table, item)} changed.`),
  };
}

async function readRollup(session: Session, orgId: string) {
  const out = await session.db.doc.send(
    new GetCommand({ TableName: session.db.tables.rollups, Key: { orgId }, ConsistentRead: true }),
  );
  return (out.Item ?? {}) as Record<string, unknown>;
}

const OWN_LEVEL: readonly string[] = ['orgId', 'moveLock', REVISION, ...DEPENDENT_COUNTERS];

/** The counters of a Rollups item that roll up to ancestors. */
function rollableCounters(rollup: Record<string, unknown>): Counters {
  return Object.fromEntries(
    Object.entries(rollup).filter(
      (entry): entry is [string, number] =>
        !OWN_LEVEL.includes(entry[0]) && typeof entry[1] === 'number',
    ),
  );
}

function recordMove(session: Session, move: PendingMove, startedAt: string): TransactionStep {
  const e = new Expression();
  return {
    op: {
      Put: {
        TableName: session.db.tables.rollups,
        Item: { orgId: MOVE, ...move, startedAt },
        ConditionExpression: `attribute_not_exists(${e.name('orgId')})`,
        ...e.attributes(),
      },
    },
    onConditionFailed: (current) => new SubtreeMoving(String(current?.movingId ?? move.movingId)),
  };
}

function updateMovedOrganization(
  session: Session,
  org: Organization,
  version: number,
  parentId: string,
  path: string,
  now: string,
): TransactionStep {
  return updateAtVersion(
    session.db.tables.organizations,
    { id: org.id },
    { parentId, path },
    version,
    now,
    versionOrMoved('Organization', org.id, version),
    { attribute: 'path', value: org.path },
  );
}

function lockSubtree(
  session: Session,
  orgId: string,
  lock: { from: string; to: string },
  revision: unknown,
): TransactionStep {
  const e = new Expression();
  // the counters moved to the new ancestors are the ones read: nothing changed them since
  const unchanged =
    revision === undefined
      ? `attribute_not_exists(${e.name(REVISION)})`
      : `${e.name(REVISION)} = ${e.value(revision)}`;
  return {
    op: {
      Update: {
        TableName: session.db.tables.rollups,
        Key: { orgId },
        UpdateExpression: `SET ${e.name('moveLock')} = ${e.value(lock)}`,
        ConditionExpression: `attribute_not_exists(${e.name('moveLock')}) AND ${unchanged}`,
        ...e.attributes(),
      },
    },
    onConditionFailed: () => new SubtreeMoving(orgId),
  };
}
