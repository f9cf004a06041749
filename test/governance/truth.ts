import type { GovernanceImport, Organization } from '@grassroots/core';
import { RESOLVE_BUCKETS } from '@grassroots/core';

const OPEN = ['RECEIVED', 'ESCALATED', 'ACCEPTED', 'IN_PROGRESS'];
const china = (time: Date) => new Date(time.getTime() + 8 * 3_600_000).toISOString();

/**
 * The true figures of a subtree, counted straight from what was loaded (the organizations
 * and the import's grids, members and request histories), without the counters: what every
 * figure the API reports must equal.
 */
export function trueFigures(
  root: Organization | null,
  organizations: Organization[],
  data: GovernanceImport,
  today: string,
  months: string[],
) {
  const inside = (path: string) => !root || path.startsWith(root.path);
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const pathOf = (id: string) => byId.get(id)?.path ?? '';
  // the subtree's organizations, its root included
  const subtree = organizations.filter((o) => inside(o.path));
  const gridPaths = data.grids.map((g) => pathOf(g.organizationId));
  const grids = data.grids.filter((_, i) => inside(gridPaths[i] as string));
  const staff = grids.flatMap((g) => g.staff);
  const places = (type: string) => subtree.filter((o) => o.type === type);
  const covered = (type: string) =>
    places(type).filter((p) => data.grids.some((g) => g.organizationId === p.id)).length;
  const reported = data.members.filter(
    (m) => m.grid !== null && m.grid !== undefined && inside(gridPaths[m.grid] as string),
  );
  const commitments = reported.flatMap((m) => m.commitments);

  const requests = data.requests
    .filter((r) => inside(pathOf(r.organizationId)))
    .map((r) => {
      const last = r.steps.at(-1);
      const status = last?.to ?? 'RECEIVED';
      const resolved = [...r.steps].reverse().find((s) => s.to === 'RESOLVED');
      const closed = r.steps.find((s) => s.to === 'CLOSED');
      return {
        status,
        source: r.source,
        receivedAt: r.receivedAt,
        resolvedAt: ['RESOLVED', 'CLOSED'].includes(status) ? (resolved?.at ?? null) : null,
        escalated: r.steps.some((s) => s.to === 'ESCALATED'),
        overdue: OPEN.includes(status) && Boolean(r.deadline && r.deadline < today),
        evaluation: status === 'CLOSED' ? (closed?.evaluation ?? null) : null,
      };
    });
  const hours = requests
    .flatMap((r) =>
      r.resolvedAt ? [(r.resolvedAt.getTime() - r.receivedAt.getTime()) / 3_600_000] : [],
    )
    .sort((a, b) => a - b);
  const median = hours.length ? (hours[Math.ceil(hours.length / 2) - 1] as number) : null;
  const bucket =
    median === null ? null : RESOLVE_BUCKETS.find((b) => b.toHours === null || median < b.toHours);
  const evaluated = requests.filter((r) => r.evaluation);
  const satisfied = evaluated.filter((r) => r.evaluation !== 'DISSATISFIED');
  const count = <T>(list: T[], pick: (x: T) => boolean) => list.filter(pick).length;
  return {
    grids: {
      total: grids.length,
      households: grids.reduce((s, g) => s + g.households, 0),
      staff: staff.length,
      partyStaff: count(staff, (s) => s.partyMember),
      partyStaffShare: staff.length ? count(staff, (s) => s.partyMember) / staff.length : null,
      villages: places('VILLAGE_COMMITTEE').length,
      communities: places('COMMUNITY_COMMITTEE').length,
      coveredVillages: covered('VILLAGE_COMMITTEE'),
      coveredCommunities: covered('COMMUNITY_COMMITTEE'),
      coverage:
        places('VILLAGE_COMMITTEE').length + places('COMMUNITY_COMMITTEE').length
          ? (covered('VILLAGE_COMMITTEE') + covered('COMMUNITY_COMMITTEE')) /
            (places('VILLAGE_COMMITTEE').length + places('COMMUNITY_COMMITTEE').length)
          : null,
    },
    members: {
      registered: count(data.members, (m) => inside(pathOf(m.organizationId))),
      reported: reported.length,
      commitments: commitments.length,
      commitmentsFulfilled: count(commitments, (c) => c.status === 'FULFILLED'),
    },
    requests: {
      received: requests.length,
      open: count(requests, (r) => OPEN.includes(r.status)),
      resolved: count(requests, (r) => ['RESOLVED', 'CLOSED'].includes(r.status)),
      closed: count(requests, (r) => r.status === 'CLOSED'),
      escalated: count(requests, (r) => r.escalated),
      overdue: count(requests, (r) => r.overdue),
      evaluated: evaluated.length,
      satisfied: satisfied.length,
      satisfactionRate: evaluated.length ? satisfied.length / evaluated.length : null,
      timeToResolve: {
        resolved: hours.length,
        medianFromHours: bucket?.fromHours ?? null,
        medianToHours: bucket?.toHours ?? null,
      },
      trend: months.map((month) => ({
        month,
        received: count(requests, (r) => china(r.receivedAt).startsWith(month)),
        resolved: count(requests, (r) =>
          Boolean(r.resolvedAt && china(r.resolvedAt).startsWith(month)),
        ),
      })),
    },
    /** The true median itself, to check it lies in the bucket the API names. */
    medianHours: median,
  };
}
