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
  // own-level counters that guard deletion; they do not roll up
  children: 'children',
  ownCenters: 'ownCenters',
  ownProjects: 'ownProjects',
  projectLinks: 'projectLinks',
} as const;

/** Counters that stop an organization from being deleted while non-zero. */
export const DEPENDENT_COUNTERS = [
  counter.children,
  counter.ownCenters,
  counter.ownProjects,
  counter.projectLinks,
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
}
