/**
 * Rollup counters: numbers kept on the Rollups item of every ancestor (and of ALL, the
 * whole table), so "how many under X" is one read. Each record contributes a small set of
 * counters; a write adds the difference between what the record contributed before and
 * after to every organization on its path.
 */
export type Counters = Record<string, number>;

/** The Rollups item that counts the whole table (every root's subtree). */
export const ALL = '#all';

/** Bumped by every change of a Rollups item. */
export const REVISION = 'rev';

/** Counter names, one helper each, so readers and writers cannot disagree on spelling. */
export const counter = {
  organizations: 'orgs',
  organizationsOfType: (type: string) => `orgs.${type}`,
  centers: (kind: string, status: string) => `centers.${kind}.${status}`,
  projects: (kind: string, status: string) => `projects.${kind}.${status}`,
  fundsFen: (kind: string, status: string) => `fundsFen.${kind}.${status}`,
  // grids (网格): count, coverage, staff by role and how many of them are party members
  grids: 'grids',
  gridHouseholds: 'gridHouseholds',
  gridBuildings: 'gridBuildings',
  gridStaff: (role: string) => `gridStaff.${role}`,
  gridPartyStaff: (role: string) => `gridPartyStaff.${role}`,
  /** Villages or communities below with at least one grid, by type. */
  coveredPlaces: (type: string) => `covered.${type}`,
  // members (党员) by their organization, and those reported to grids (双报到) by the grid
  members: 'members',
  membersReported: 'membersReported',
  commitments: (status: string) => `commitments.${status}`,
  // residents' requests (民情诉求) by where they arose
  requests: (status: string) => `requests.${status}`,
  requestSources: (source: string) => `requestSource.${source}`,
  requestsEscalated: 'requestsEscalated',
  /** Open requests due on a day (YYYY-MM-DD): overdue ones are those due before today. */
  requestsDue: (day: string) => `requestsDue.${day}`,
  requestsReceivedIn: (month: string) => `received.${month}`,
  requestsResolvedIn: (month: string) => `resolved.${month}`,
  /** Resolved requests by time to resolve: a histogram the median is read from. */
  resolveHours: (bucket: string) => `resolveHours.${bucket}`,
  evaluations: (evaluation: string) => `evaluation.${evaluation}`,
  // own-level counters that guard deletion; they do not roll up
  children: 'children',
  ownCenters: 'ownCenters',
  ownProjects: 'ownProjects',
  projectLinks: 'projectLinks',
  ownGrids: 'ownGrids',
  /** Grids that name the organization as their grid branch (网格党支部). */
  gridLinks: 'gridLinks',
  ownMembers: 'ownMembers',
  /** Requests that arose at the organization, plus those it handles now. */
  requestLinks: 'requestLinks',
} as const;

/** Counters that stop an organization from being deleted while non-zero (all own-level). */
export const DEPENDENT_COUNTERS = [
  counter.children,
  counter.ownCenters,
  counter.ownProjects,
  counter.projectLinks,
  counter.ownGrids,
  counter.gridLinks,
  counter.ownMembers,
  counter.requestLinks,
] as const;

export function add(...all: Counters[]): Counters {
  const sum: Counters = {};
  for (const counters of all) {
    for (const [name, value] of Object.entries(counters)) sum[name] = (sum[name] ?? 0) + value;
  }
  return sum;
}

export const negate = (c: Counters): Counters =>
  Object.fromEntries(Object.entries(c).map(([name, value]) => [name, -value]));

/** after - before, without the counters that did not change. */
export const difference = (before: Counters, after: Counters): Counters =>
  nonZero(add(after, negate(before)));

export const nonZero = (c: Counters): Counters =>
  Object.fromEntries(Object.entries(c).filter(([, value]) => value !== 0));

/**
 * Accumulates counter changes per organization, so that each Rollups item appears once in
 * a transaction (DynamoDB refuses two operations on one item), and remembers organizations
 * that must be checked for a move lock even when their counters do not change.
 */
export class RollupChanges {
  readonly deltas = new Map<string, Counters>();
  readonly checked = new Set<string>();
  /** Counter values the write was computed from, per organization: the write holds only if they still hold. */
  readonly expected = new Map<string, Counters>();

  /** Adds `counters` to every id (ancestors, the organization itself, ALL). */
  addTo(ids: Iterable<string>, counters: Counters): this {
    for (const id of ids) {
      this.checked.add(id);
      this.deltas.set(id, add(this.deltas.get(id) ?? {}, counters));
    }
    return this;
  }

  /** Organizations that take part without changing (a move's common ancestors). */
  check(ids: Iterable<string>): this {
    for (const id of ids) this.checked.add(id);
    return this;
  }

  /** Makes the write conditional on a counter's value as read (a grid coverage turning on or off). */
  expect(id: string, name: string, value: number): this {
    this.checked.add(id);
    this.expected.set(id, { ...this.expected.get(id), [name]: value });
    return this;
  }
}
