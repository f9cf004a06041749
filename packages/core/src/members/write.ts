import { auditSteps } from '../audit/entry.ts';
import { inScope, requireWrite } from '../auth/scope.ts';
import { deleteAtVersion, putNew, updateAtVersion } from '../db/steps.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import type { PathCondition } from '../db/update-expression.ts';
import { checkVersion, invalid, notFound } from '../errors.ts';
import type { Grid } from '../grids/model.ts';
import { gridReference } from '../grids/references.ts';
import { newId } from '../ids.ts';
import { withMoveRecovery } from '../organizations/move.ts';
import { pathIds } from '../organizations/path.ts';
import { freshOrganization } from '../organizations/read.ts';
import { organizationUnmoved } from '../organizations/unmoved.ts';
import { isMaskOf, maskPersonalNumber } from '../pii/mask.ts';
import { newRecord } from '../records.ts';
import { memberCounters, reportedMemberCounters } from '../rollups/contributions.ts';
import {
  ALL,
  type Counters,
  counter,
  negate,
  nonZero,
  RollupChanges,
} from '../rollups/counters.ts';
import { versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import { type Commitment, type Member, memberToItem } from './model.ts';
import { requireMembershipWrite, requireWritableMember } from './read.ts';
import { COMMITMENT_TRANSITIONS, type CommitmentStatus, MAX_COMMITMENTS } from './types.ts';
import {
  type CommitmentInput,
  type CreateMemberInput,
  commitmentInput,
  createMemberInput,
  type UpdateCommitmentInput,
  type UpdateMemberInput,
  updateCommitmentInput,
  updateMemberInput,
} from './validation.ts';

/** The organization a member belongs to, read fresh; the caller registers its members. */
async function membership(session: Session, organizationId: string) {
  const org = await freshOrganization(session, organizationId);
  if (!org || !inScope(session, org.path))
    throw invalid('organizationId', `No organization ${organizationId}.`);
  requireWrite(session, org.path, 'register members of this organization');
  return org;
}

/** The grid a member reports to, read fresh: any grid the caller can see. */
async function reportingGrid(session: Session, gridId: string) {
  const grid = await session.fresh.grids.clear(gridId).load(gridId);
  if (!grid || !inScope(session, grid.organizationPath))
    throw invalid('gridId', `No grid ${gridId}.`);
  return grid;
}

const sign = (counters: Counters, s: 1 | -1) => (s === 1 ? counters : negate(counters));

/** What a member adds where it belongs and, while reported, where it reports. */
function memberChanges(changes: RollupChanges, m: Member, s: 1 | -1) {
  changes.addTo([...pathIds(m.organizationPath), ALL], sign(memberCounters(), s));
  changes.addTo([m.organizationId], { [counter.ownMembers]: s });
  if (m.gridPath) {
    changes.addTo([...pathIds(m.gridPath), ALL], sign(reportedMemberCounters(m), s));
  }
  return changes;
}

/** The stored paths a member's counters were computed from: both must hold when it is written. */
const pathsOf = (m: Member): PathCondition[] => [
  { attribute: 'organizationPath', value: m.organizationPath },
  ...(m.gridPath ? [{ attribute: 'gridPath', value: m.gridPath }] : []),
];

/** The grid a member reports to, as far as the member's copies know it. */
const gridOf = (m: Member): Pick<Grid, 'id' | 'organizationPath'> => ({
  id: m.gridId as string,
  organizationPath: m.gridPath as string,
});

const auditView = (m: Member) => ({
  ...m,
  phone: m.phone ? maskPersonalNumber(m.phone) : null,
});

export function createMember(session: Session, raw: CreateMemberInput) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(createMemberInput, raw);
    const org = await membership(session, input.organizationId);
    const grid = input.gridId ? await reportingGrid(session, input.gridId) : null;
    const record = newRecord(session);
    const member: Member = {
      ...input,
      ...record,
      organizationPath: org.path,
      gridPath: grid?.organizationPath ?? null,
      reportedAt: grid ? record.createdAt : null,
      commitments: [],
    };
    await transactWrite(session.db, [
      putNew(session.db.tables.members, memberToItem(member), 'id'),
      organizationUnmoved(session, org, () =>
        invalid('organizationId', `No organization ${org.id}.`),
      ),
      ...(grid ? [gridReference(session, grid, 'reportedMembers', 1)] : []),
      ...rollupSteps(session.db, memberChanges(new RollupChanges(), member, 1)),
      ...auditSteps(session, {
        operation: 'createMember',
        recordType: 'Member',
        recordId: member.id,
        paths: [member.organizationPath, ...(member.gridPath ? [member.gridPath] : [])],
        after: auditView(member),
      }),
    ]);
    session.loaders.members.prime(member.id, member);
    return member;
  });
}

/**
 * Writes a member changed from `current` to `updated`: the counters move with what changed,
 * the grids' counts of reporting members follow a change of grid.
 */
async function writeMember(
  session: Session,
  operation: string,
  current: Member,
  updated: Member,
  changes: Record<string, unknown>,
  extra: TransactionStep[] = [],
) {
  const rollups = memberChanges(memberChanges(new RollupChanges(), current, -1), updated, 1);
  const counted = [...rollups.deltas.values()].some((d) => Object.keys(nonZero(d)).length > 0);
  const gridChanged = current.gridId !== updated.gridId;
  await transactWrite(session.db, [
    updateAtVersion(
      session.db.tables.members,
      { id: current.id },
      changes,
      current.version,
      updated.updatedAt,
      versionOrMoved('Member', current.id, current.version),
      pathsOf(current),
    ),
    ...extra,
    ...(gridChanged && current.gridId
      ? [gridReference(session, gridOf(current), 'reportedMembers', -1)]
      : []),
    ...(gridChanged && updated.gridId
      ? [gridReference(session, gridOf(updated), 'reportedMembers', 1)]
      : []),
    ...(counted ? rollupSteps(session.db, rollups) : []),
    ...auditSteps(session, {
      operation,
      recordType: 'Member',
      recordId: current.id,
      paths: [
        ...new Set(
          [current, updated].flatMap((m) => [
            m.organizationPath,
            ...(m.gridPath ? [m.gridPath] : []),
          ]),
        ),
      ],
      before: auditView(current),
      after: auditView(updated),
    }),
  ]);
  session.loaders.members.clear(current.id).prime(current.id, updated);
  return updated;
}

export function updateMember(
  session: Session,
  id: string,
  version: number,
  raw: UpdateMemberInput,
) {
  return withMoveRecovery(session, async () => {
    const current = await requireWritableMember(session, id, 'change members');
    const sent = isMaskOf(raw.phone, current.phone) ? { ...raw, phone: current.phone } : raw;
    const input = parseInput(updateMemberInput, sent);
    checkVersion('Member', current, version);
    const moving = input.organizationId && input.organizationId !== current.organizationId;
    if (moving) requireMembershipWrite(session, current, 'transfer the member');
    const org = moving ? await membership(session, input.organizationId as string) : null;
    const regridding = input.gridId !== undefined && input.gridId !== current.gridId;
    const grid = regridding && input.gridId ? await reportingGrid(session, input.gridId) : null;
    const now = session.now().toISOString();
    const updated: Member = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      ...(org ? { organizationPath: org.path } : {}),
      ...(regridding
        ? { gridPath: grid?.organizationPath ?? null, reportedAt: grid ? now : null }
        : {}),
      version: version + 1,
      updatedAt: now,
    };
    return writeMember(
      session,
      'updateMember',
      current,
      updated,
      {
        ...input,
        organizationPath: org?.path,
        ...(regridding ? { gridPath: updated.gridPath, reportedAt: updated.reportedAt } : {}),
      },
      org
        ? [
            organizationUnmoved(session, org, () =>
              invalid('organizationId', `No organization ${org.id}.`),
            ),
          ]
        : [],
    );
  });
}

export function deleteMember(session: Session, id: string, version: number) {
  return withMoveRecovery(session, async () => {
    const current = await requireWritableMember(session, id, 'delete members');
    requireMembershipWrite(session, current, 'delete the member');
    checkVersion('Member', current, version);
    await transactWrite(session.db, [
      deleteAtVersion(
        session.db.tables.members,
        { id },
        version,
        pathsOf(current),
        versionOrMoved('Member', id, version),
      ),
      ...(current.gridId ? [gridReference(session, gridOf(current), 'reportedMembers', -1)] : []),
      ...rollupSteps(session.db, memberChanges(new RollupChanges(), current, -1)),
      ...auditSteps(session, {
        operation: 'deleteMember',
        recordType: 'Member',
        recordId: id,
        paths: [current.organizationPath, ...(current.gridPath ? [current.gridPath] : [])],
        before: auditView(current),
      }),
    ]);
    session.loaders.members.clear(id);
    return current;
  });
}

/** Records a commitment (履责践诺) of a member; the grid's side may do so too. */
export function addMemberCommitment(
  session: Session,
  memberId: string,
  version: number,
  raw: CommitmentInput,
) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(commitmentInput, raw);
    const current = await requireWritableMember(session, memberId, 'record commitments');
    checkVersion('Member', current, version);
    if (current.commitments.length >= MAX_COMMITMENTS) {
      throw invalid('text', `At most ${MAX_COMMITMENTS} commitments a member.`);
    }
    const now = session.now().toISOString();
    const commitment: Commitment = { id: newId(), ...input, status: 'PLEDGED', updatedAt: now };
    const commitments = [...current.commitments, commitment];
    const updated: Member = { ...current, commitments, version: version + 1, updatedAt: now };
    return writeMember(session, 'addMemberCommitment', current, updated, { commitments });
  });
}

function statusProblem(from: CommitmentStatus, to: CommitmentStatus): string | null {
  if (from === to || COMMITMENT_TRANSITIONS[from].includes(to)) return null;
  const allowed = COMMITMENT_TRANSITIONS[from];
  return allowed.length
    ? `A ${from} commitment can move to ${allowed.join(' or ')}, not to ${to}.`
    : `A ${from} commitment is final; its status no longer changes.`;
}

export function updateMemberCommitment(
  session: Session,
  memberId: string,
  version: number,
  commitmentId: string,
  raw: UpdateCommitmentInput,
) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(updateCommitmentInput, raw);
    const current = await requireWritableMember(session, memberId, 'track commitments');
    const found = current.commitments.find((c) => c.id === commitmentId);
    if (!found) throw notFound('MemberCommitment', `${memberId}/${commitmentId}`);
    checkVersion('Member', current, version);
    const problem = input.status ? statusProblem(found.status, input.status) : null;
    if (problem) throw invalid('status', problem);
    const now = session.now().toISOString();
    const changed: Commitment = {
      ...found,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      updatedAt: now,
    };
    const commitments = current.commitments.map((c) => (c.id === commitmentId ? changed : c));
    const updated: Member = { ...current, commitments, version: version + 1, updatedAt: now };
    return writeMember(session, 'updateMemberCommitment', current, updated, { commitments });
  });
}
