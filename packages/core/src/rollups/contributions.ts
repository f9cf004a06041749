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
  fundsFen: number;
}): Counters => ({
  [counter.projects(p.kind, p.status)]: 1,
  [counter.fundsFen(p.kind, p.status)]: p.fundsFen,
});
