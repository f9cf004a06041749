import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { Db } from '../db/client.ts';
import { type Grid, type GridStaff, gridToItem } from '../grids/model.ts';
import { newId } from '../ids.ts';
import { loadExisting } from '../loaders.ts';
import type { Commitment, Member } from '../members/model.ts';
import { memberToItem } from '../members/model.ts';
import type { CommitmentStatus } from '../members/types.ts';
import type { Organization } from '../organizations/model.ts';
import { ancestorIds, pathIds } from '../organizations/path.ts';
import { holdsOrganizations } from '../organizations/types.ts';
import { applyTransition, receivedEvent } from '../requests/lifecycle.ts';
import { type Request, type ResidentContact, requestToItem } from '../requests/model.ts';
import type { Evaluation, RequestSource, RequestStatus } from '../requests/types.ts';
import { requestChanges } from '../requests/write.ts';
import {
  coverageCounters,
  gridCounters,
  memberCounters,
  reportedMemberCounters,
} from '../rollups/contributions.ts';
import { ALL, counter, RollupChanges } from '../rollups/counters.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { GeoPoint } from '../service-centers/model.ts';
import type { Session } from '../session.ts';
import { writeAll } from './load.ts';

export interface ImportedGrid {
  name: string;
  organizationId: string;
  branchId?: string | null;
  households: number;
  buildings: number;
  boundary?: GeoPoint[] | null;
  staff: Omit<GridStaff, 'id'>[];
}

export interface ImportedMember {
  name: string;
  phone?: string | null;
  organizationId: string;
  /** Index of the grid in the same import that the member reports to. */
  grid?: number | null;
  post?: string | null;
  duties?: string | null;
  reportedAt?: Date | null;
  commitments: { text: string; dueDate?: string | null; status: CommitmentStatus }[];
}

/** A step of an imported request's history, replayed through the same lifecycle as a live one. */
export interface ImportedStep {
  at: Date;
  to: RequestStatus;
  note?: string | null;
  reason?: string | null;
  /** To hand it down (ASSIGNED): an organization below the level holding it. */
  toOrganizationId?: string | null;
  evaluation?: Evaluation | null;
  evaluationComment?: string | null;
  actor?: string | null;
}

export interface ImportedRequest {
  organizationId: string;
  grid?: number | null;
  title: string;
  category: string;
  description: string;
  source: RequestSource;
  resident?: ResidentContact | null;
  responsibleLeader?: string | null;
  department?: string | null;
  deadline?: string | null;
  /** Where the matter arose; the import keeps it as given, beside `grid`. */
  location?: GeoPoint | null;
  disclosed: boolean;
  receivedAt: Date;
  steps: ImportedStep[];
}

export interface GovernanceImport {
  grids: ImportedGrid[];
  members: ImportedMember[];
  requests: ImportedRequest[];
}

/**
 * Writes grids, members and requests (with their whole histories) in bulk: the records are
 * built with the same models, lifecycle and contribution functions as live writes, written
 * with BatchWriteItem, and their counters added once per organization. For the system's own
 * loads (the demo data) into a stack whose organizations exist; nothing is audited per record.
 */
export async function importGovernance(session: Session, data: GovernanceImport) {
  if (!session.bulkLoad || session.actor.kind !== 'SYSTEM') {
    throw new Error('importGovernance is for bulk loads by the system only.');
  }
  const orgs = await organizationsOf(session, data);
  const org = (id: string) => {
    const found = orgs.get(id);
    if (!found) throw new Error(`The import names an unknown organization ${id}.`);
    return found;
  };
  const changes = new RollupChanges();
  const at = session.now().toISOString();
  const stamp = (time: string) => ({ version: 1, createdAt: time, updatedAt: time });

  const grids: Grid[] = data.grids.map((g) => ({
    ...stamp(at),
    id: newId(),
    name: g.name,
    organizationId: g.organizationId,
    organizationPath: org(g.organizationId).path,
    branchId: g.branchId ?? null,
    households: g.households,
    buildings: g.buildings,
    boundary: g.boundary ?? null,
    staff: g.staff.map((s) => ({ ...s, id: newId() })),
  }));
  const references = grids.map(() => ({ reportedMembers: 0, requests: 0 }));
  const gridAt = (index: number | null | undefined) => {
    if (index === null || index === undefined) return null;
    const grid = grids[index];
    if (!grid) throw new Error(`The import names an unknown grid #${index}.`);
    return { grid, refs: references[index] as { reportedMembers: number; requests: number } };
  };
  const owned = new Map<string, number>();
  for (const grid of grids) {
    changes.addTo([...pathIds(grid.organizationPath), ALL], gridCounters(grid));
    changes.addTo([grid.organizationId], { [counter.ownGrids]: 1 });
    if (grid.branchId) changes.addTo([grid.branchId], { [counter.gridLinks]: 1 });
    owned.set(grid.organizationId, (owned.get(grid.organizationId) ?? 0) + 1);
  }
  const placeIds = [...owned.keys()];
  const before = await loadExisting(session.fresh.stats, placeIds);
  placeIds.forEach((placeId, i) => {
    // a place turns covered with its first grid
    if ((before[i]?.grids.own ?? 0) > 0) return;
    const place = org(placeId);
    changes.addTo(
      [...ancestorIds(place.path), ALL],
      coverageCounters(place, owned.get(placeId) ?? 0),
    );
  });

  const members: Member[] = data.members.map((m) => {
    const reporting = gridAt(m.grid);
    if (reporting) reporting.refs.reportedMembers += 1;
    const commitments: Commitment[] = m.commitments.map((c) => ({
      id: newId(),
      text: c.text,
      dueDate: c.dueDate ?? null,
      status: c.status,
      updatedAt: at,
    }));
    const member: Member = {
      ...stamp(at),
      id: newId(),
      name: m.name,
      phone: m.phone ?? null,
      organizationId: m.organizationId,
      organizationPath: org(m.organizationId).path,
      gridId: reporting?.grid.id ?? null,
      gridPath: reporting?.grid.organizationPath ?? null,
      reportedAt: reporting ? (m.reportedAt ?? new Date(at)).toISOString() : null,
      post: m.post ?? null,
      duties: m.duties ?? null,
      commitments,
    };
    changes.addTo([...pathIds(member.organizationPath), ALL], memberCounters());
    changes.addTo([member.organizationId], { [counter.ownMembers]: 1 });
    if (member.gridPath)
      changes.addTo([...pathIds(member.gridPath), ALL], reportedMemberCounters(member));
    return member;
  });

  const requests: Request[] = [];
  for (const r of data.requests) {
    const origin = org(r.organizationId);
    const place = gridAt(r.grid);
    if (place) place.refs.requests += 1;
    const received = r.receivedAt.toISOString();
    let request: Request = {
      ...stamp(received),
      id: ulid(r.receivedAt.getTime()),
      title: r.title,
      category: r.category,
      description: r.description,
      source: r.source,
      originOrganizationId: origin.id,
      originPath: origin.path,
      handlingOrganizationId: origin.id,
      gridId: place?.grid.id ?? null,
      address: null,
      location: r.location ?? null,
      resident: r.resident ?? null,
      responsibleLeader: r.responsibleLeader ?? null,
      department: r.department ?? null,
      deadline: r.deadline ?? null,
      disclosed: r.disclosed,
      status: 'RECEIVED',
      escalations: 0,
      resolvedAt: null,
      closedAt: null,
      evaluation: null,
      evaluationComment: null,
      timeline: [],
    };
    request.timeline.push(receivedEvent(request, null));
    for (const step of r.steps) {
      const handler = await levelOf(session, orgs, request.handlingOrganizationId);
      if (step.toOrganizationId) {
        const below = await levelOf(session, orgs, step.toOrganizationId);
        if (below.id === handler.id || !below.path.startsWith(handler.path))
          throw new Error(`The import hands a request to ${below.id}, not below ${handler.id}.`);
      }
      request = applyTransition(
        request,
        {
          to: step.to,
          note: step.note ?? null,
          reason: step.reason ?? null,
          toOrganizationId: step.toOrganizationId ?? null,
          evaluation: step.evaluation ?? null,
          evaluationComment: step.evaluationComment ?? null,
        },
        {
          at: step.at.toISOString(),
          eventId: ulid(step.at.getTime()),
          actor: step.actor ?? null,
          levelAbove: handler.parentId,
          levelMayHoldOthers: holdsOrganizations(handler.type),
        },
      );
    }
    requests.push(request);
    requestChanges(changes, request, 1);
  }

  await writeAll(
    session.db,
    'grids',
    grids.map((g, i) => ({ ...gridToItem(g), ...references[i] })),
  );
  await writeAll(session.db, 'members', members.map(memberToItem));
  await writeAll(session.db, 'requests', requests.map(requestToItem));
  await addCounters(session.db, changes);
  return { grids, members, requests };
}

/** Every organization the import names, read once. */
const READ_CHUNK = 1000;

async function organizationsOf(session: Session, data: GovernanceImport) {
  const ids = new Set([
    ...data.grids.flatMap((g) => [g.organizationId, ...(g.branchId ? [g.branchId] : [])]),
    ...data.members.map((m) => m.organizationId),
    ...data.requests.map((r) => r.organizationId),
  ]);
  // a thousand at a time: ten BatchGetItem calls in flight, not hundreds at once
  const list = [...ids];
  const found: Organization[] = [];
  for (let i = 0; i < list.length; i += READ_CHUNK) {
    found.push(...(await loadExisting(session.fresh.organizations, list.slice(i, i + READ_CHUNK))));
  }
  return new Map(found.map((o) => [o.id, o]));
}

/** The level a request is at; levels reached by escalation are read as they come up. */
async function levelOf(session: Session, orgs: Map<string, Organization>, id: string) {
  let level = orgs.get(id);
  if (!level) {
    const loaded = await session.fresh.organizations.load(id);
    if (!loaded) throw new Error(`The import reaches an unknown organization ${id}.`);
    level = loaded;
    orgs.set(id, loaded);
  }
  return level;
}

/** Adds the counters, one update per Rollups item, several at a time. */
async function addCounters(db: Db, changes: RollupChanges) {
  const updates = rollupSteps(db, changes).flatMap((step) =>
    step.op.Update ? [step.op.Update] : [],
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < updates.length) {
        await db.doc.send(new UpdateCommand(updates[next++] as never));
      }
    }),
  );
}
