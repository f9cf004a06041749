import { GRID_PLACE_TYPES } from '../grids/types.ts';
import type { OrganizationType } from '../organizations/types.ts';
import { chinaMonth, hoursBetween, resolveBucketOf } from '../requests/time.ts';
import { isOpenStatus, type RequestStatus } from '../requests/types.ts';
import { type Counters, counter } from './counters.ts';

/** What one organization adds to each ancestor's counters. */
export const organizationCounters = (org: { type: string }): Counters => ({
  [counter.organizations]: 1,
  [counter.organizationsOfType(org.type)]: 1,
});

/** What one service center adds to its organization's and each ancestor's counters. */
export const centerCounters = (center: { kind: string; status: string }): Counters => ({
  [counter.centers(center.kind, center.status)]: 1,
});

/** What one project adds to its lead organization's and each ancestor's counters. */
export const projectCounters = (p: {
  kind: string;
  status: string;
  fundsFen: number | null;
}): Counters => ({
  [counter.projects(p.kind, p.status)]: 1,
  [counter.fundsFen(p.kind, p.status)]: p.fundsFen ?? 0,
});

/** What one grid adds to its organization's and each ancestor's counters. */
export function gridCounters(grid: {
  households: number;
  buildings: number;
  staff: readonly { role: string; partyMember: boolean }[];
}): Counters {
  const counters: Counters = {
    [counter.grids]: 1,
    [counter.gridHouseholds]: grid.households,
    [counter.gridBuildings]: grid.buildings,
  };
  for (const s of grid.staff) {
    const name = counter.gridStaff(s.role);
    counters[name] = (counters[name] ?? 0) + 1;
    if (s.partyMember) {
      const party = counter.gridPartyStaff(s.role);
      counters[party] = (counters[party] ?? 0) + 1;
    }
  }
  return counters;
}

/**
 * What a village or community adds to each ancestor's coverage: 1 while it owns a grid
 * (`ownGrids`, its own-level counter), nothing otherwise.
 */
export const coverageCounters = (org: { type: string }, ownGrids: number): Counters =>
  ownGrids > 0 && GRID_PLACE_TYPES.includes(org.type as OrganizationType)
    ? { [counter.coveredPlaces(org.type)]: 1 }
    : {};

/** What a member adds where it belongs (its organization's path). */
export const memberCounters = (): Counters => ({ [counter.members]: 1 });

/** What a member reported to a grid adds where it reports (the grid's path): 双报到 and 履责践诺. */
export function reportedMemberCounters(member: {
  commitments: readonly { status: string }[];
}): Counters {
  const counters: Counters = { [counter.membersReported]: 1 };
  for (const c of member.commitments) {
    const name = counter.commitments(c.status);
    counters[name] = (counters[name] ?? 0) + 1;
  }
  return counters;
}

/**
 * What one request adds where it arose (its origin's path): its status, source and month
 * received; while open, a count on its due day; once resolved, its month resolved and its
 * time-to-resolve bucket; once closed, the resident's evaluation.
 */
export function requestCounters(r: {
  status: RequestStatus;
  source: string;
  createdAt: string;
  escalations: number;
  deadline: string | null;
  resolvedAt: string | null;
  evaluation: string | null;
}): Counters {
  const counters: Counters = {
    [counter.requests(r.status)]: 1,
    [counter.requestSources(r.source)]: 1,
    [counter.requestsReceivedIn(chinaMonth(r.createdAt))]: 1,
  };
  if (r.escalations > 0) counters[counter.requestsEscalated] = 1;
  if (isOpenStatus(r.status) && r.deadline) counters[counter.requestsDue(r.deadline)] = 1;
  if ((r.status === 'RESOLVED' || r.status === 'CLOSED') && r.resolvedAt) {
    counters[counter.requestsResolvedIn(chinaMonth(r.resolvedAt))] = 1;
    counters[counter.resolveHours(resolveBucketOf(hoursBetween(r.createdAt, r.resolvedAt)).key)] =
      1;
  }
  if (r.status === 'CLOSED' && r.evaluation) counters[counter.evaluations(r.evaluation)] = 1;
  return counters;
}
