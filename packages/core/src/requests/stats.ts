import { counter } from '../rollups/counters.ts';
import { medianOf, RESOLVE_BUCKETS, type ResolveBucket } from './time.ts';
import {
  EVALUATIONS,
  type Evaluation,
  isOpenStatus,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
  type RequestSource,
  type RequestStatus,
  SATISFIED_EVALUATIONS,
} from './types.ts';

/** The request figures of a subtree (requests that arose in it), read from its Rollups item. */
export interface RequestStats {
  byStatus: { status: RequestStatus; count: number }[];
  bySource: { source: RequestSource; count: number }[];
  /** Requests escalated at least once. */
  escalated: number;
  /** Open requests by due day, oldest first. */
  due: { day: string; count: number }[];
  /** Requests by month received and by month resolved (China time), oldest first. */
  receivedByMonth: { month: string; count: number }[];
  resolvedByMonth: { month: string; count: number }[];
  /** Resolved (and closed) requests by time to resolve. */
  resolveTimes: { bucket: ResolveBucket; count: number }[];
  evaluations: { evaluation: Evaluation; count: number }[];
}

/** The counters named `<prefix><key>` of an item, by key, in key order. */
function family(item: Record<string, unknown>, prefix: string) {
  return Object.entries(item)
    .filter(([name, value]) => name.startsWith(prefix) && typeof value === 'number' && value !== 0)
    .map(([name, value]) => ({ key: name.slice(prefix.length), count: value as number }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function requestStatsFromItem(
  item: Record<string, unknown>,
  read: (name: string) => number,
): RequestStats {
  return {
    byStatus: REQUEST_STATUSES.map((status) => ({ status, count: read(counter.requests(status)) })),
    bySource: REQUEST_SOURCES.map((source) => ({
      source,
      count: read(counter.requestSources(source)),
    })),
    escalated: read(counter.requestsEscalated),
    due: family(item, counter.requestsDue('')).map(({ key, count }) => ({ day: key, count })),
    receivedByMonth: family(item, counter.requestsReceivedIn('')).map(({ key, count }) => ({
      month: key,
      count,
    })),
    resolvedByMonth: family(item, counter.requestsResolvedIn('')).map(({ key, count }) => ({
      month: key,
      count,
    })),
    resolveTimes: RESOLVE_BUCKETS.map((bucket) => ({
      bucket,
      count: read(counter.resolveHours(bucket.key)),
    })),
    evaluations: EVALUATIONS.map((evaluation) => ({
      evaluation,
      count: read(counter.evaluations(evaluation)),
    })),
  };
}

const total = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);

/** Open requests past their deadline: those counted on a due day before today. */
export const overdueRequests = (stats: RequestStats, today: string) =>
  total(stats.due.filter((d) => d.day < today));

/** The figures as reported: received, open, resolved, escalated, satisfaction, median. */
export function requestSummary(stats: RequestStats) {
  const of = (pick: (s: RequestStatus) => boolean) =>
    total(stats.byStatus.filter((s) => pick(s.status)));
  const evaluated = total(stats.evaluations);
  const satisfied = total(
    stats.evaluations.filter((e) => SATISFIED_EVALUATIONS.includes(e.evaluation)),
  );
  return {
    received: of(() => true),
    open: of(isOpenStatus),
    /** Resolved, closed or not yet (RESOLVED and CLOSED). */
    resolved: of((s) => s === 'RESOLVED' || s === 'CLOSED'),
    closed: of((s) => s === 'CLOSED'),
    escalated: stats.escalated,
    evaluated,
    satisfied,
    /** 满意率: satisfied and basically satisfied among the evaluated; null before any evaluation. */
    satisfactionRate: evaluated > 0 ? satisfied / evaluated : null,
    medianTimeToResolve: medianOf(stats.resolveTimes),
  };
}
