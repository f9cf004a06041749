import {
  chinaDate,
  gridSummary,
  monthsBetween,
  overdueRequests,
  requestSummary,
  type ScopedStats,
  type SubtreeStats,
  subtreePlaces,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import {
  CommitmentStatusEnum,
  EvaluationEnum,
  RequestSourceEnum,
  RequestStatusEnum,
  StaffRoleEnum,
} from './governance-enums.ts';
import { StatsRef } from './stats.ts';

const places = (s: ScopedStats) => subtreePlaces(s.grids, s.organizationsByType, s.scopeType);
const grids = (s: ScopedStats) => gridSummary(s.grids, places(s));

const StaffCount = builder
  .objectRef<SubtreeStats['grids']['staff'][number]>('GridStaffCount')
  .implement({
    fields: (t) => ({
      role: t.field({ type: StaffRoleEnum, resolve: (c) => c.role }),
      count: t.exposeInt('count'),
      partyMembers: t.exposeInt('partyMembers'),
    }),
  });

const GridStats = builder.objectRef<ScopedStats>('GridStats').implement({
  description: 'Grids (网格) of a subtree: how many, who staffs them, which places they cover.',
  fields: (t) => ({
    total: t.int({ resolve: (s) => s.grids.total }),
    households: t.int({ resolve: (s) => s.grids.households }),
    buildings: t.int({ resolve: (s) => s.grids.buildings }),
    staff: t.int({ description: 'Grid workers (网格员队伍).', resolve: (s) => grids(s).staff }),
    partyStaff: t.int({ resolve: (s) => grids(s).partyStaff }),
    partyStaffShare: t.float({
      nullable: true,
      description: '网格员队伍中党员占比 (0..1); null without grid workers.',
      resolve: (s) => grids(s).partyShare,
    }),
    byRole: t.field({ type: [StaffCount], resolve: (s) => s.grids.staff }),
    villages: t.int({
      description: 'Villages (嘎查村) in the subtree, the organization itself included.',
      resolve: (s) => places(s).villages,
    }),
    communities: t.int({
      description: 'Communities in the subtree, the organization itself included.',
      resolve: (s) => places(s).communities,
    }),
    coveredVillages: t.int({ resolve: (s) => places(s).coveredVillages }),
    coveredCommunities: t.int({ resolve: (s) => places(s).coveredCommunities }),
    coverage: t.float({
      nullable: true,
      description:
        '网格化覆盖率: villages and communities in the subtree (the organization itself included) with at least one grid, among all of them (0..1); null when there are none.',
      resolve: (s) => grids(s).coverage,
    }),
  }),
});

const CommitmentCount = builder
  .objectRef<SubtreeStats['members']['commitments'][number]>('CommitmentCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: CommitmentStatusEnum, resolve: (c) => c.status }),
      count: t.exposeInt('count'),
    }),
  });

const MemberStats = builder.objectRef<SubtreeStats>('MemberStats').implement({
  description: 'Party members of a subtree and those reported to its grids (双报到).',
  fields: (t) => ({
    registered: t.int({
      description: 'Members of the organizations of the subtree.',
      resolve: (s) => s.members.registered,
    }),
    reported: t.int({
      description: 'Members reported to the grids of the subtree (到网格报到).',
      resolve: (s) => s.members.reported,
    }),
    commitments: t.int({
      description: 'Commitments of the members reported to the subtree’s grids.',
      resolve: (s) => s.members.commitments.reduce((sum, c) => sum + c.count, 0),
    }),
    commitmentsFulfilled: t.int({
      resolve: (s) => s.members.commitments.find((c) => c.status === 'FULFILLED')?.count ?? 0,
    }),
    commitmentsByStatus: t.field({
      type: [CommitmentCount],
      resolve: (s) => s.members.commitments,
    }),
  }),
});

const StatusCount = builder
  .objectRef<SubtreeStats['requests']['byStatus'][number]>('RequestStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: RequestStatusEnum, resolve: (c) => c.status }),
      count: t.exposeInt('count'),
    }),
  });

const SourceCount = builder
  .objectRef<SubtreeStats['requests']['bySource'][number]>('RequestSourceCount')
  .implement({
    fields: (t) => ({
      source: t.field({ type: RequestSourceEnum, resolve: (c) => c.source }),
      count: t.exposeInt('count'),
    }),
  });

const EvaluationCount = builder
  .objectRef<SubtreeStats['requests']['evaluations'][number]>('EvaluationCount')
  .implement({
    fields: (t) => ({
      evaluation: t.field({ type: EvaluationEnum, resolve: (c) => c.evaluation }),
      count: t.exposeInt('count'),
    }),
  });

const Bucket = builder
  .objectRef<SubtreeStats['requests']['resolveTimes'][number]>('ResolveTimeBucket')
  .implement({
    description: 'Resolved requests whose time to resolve lies in [fromHours, toHours).',
    fields: (t) => ({
      fromHours: t.float({ resolve: (b) => b.bucket.fromHours }),
      toHours: t.float({ nullable: true, resolve: (b) => b.bucket.toHours }),
      count: t.exposeInt('count'),
    }),
  });

const TimeToResolve = builder.objectRef<SubtreeStats['requests']>('TimeToResolve').implement({
  description:
    'Time from receipt to resolution of the resolved (and closed) requests, from a histogram kept with every write.',
  fields: (t) => ({
    resolved: t.int({ resolve: (r) => r.resolveTimes.reduce((sum, b) => sum + b.count, 0) }),
    medianHours: t.float({
      nullable: true,
      description:
        'An estimate of the median, interpolated inside the bucket that holds it; null before anything is resolved.',
      resolve: (r) => requestSummary(r).medianTimeToResolve?.estimateHours ?? null,
    }),
    medianFromHours: t.float({
      nullable: true,
      description: 'The median lies in [medianFromHours, medianToHours).',
      resolve: (r) => requestSummary(r).medianTimeToResolve?.bucket.fromHours ?? null,
    }),
    medianToHours: t.float({
      nullable: true,
      resolve: (r) => requestSummary(r).medianTimeToResolve?.bucket.toHours ?? null,
    }),
    buckets: t.field({ type: [Bucket], resolve: (r) => r.resolveTimes }),
  }),
});

const TrendMonth = builder
  .objectRef<{ month: string; received: number; resolved: number }>('RequestTrendMonth')
  .implement({
    fields: (t) => ({
      month: t.exposeString('month', { description: 'YYYY-MM (China Standard Time).' }),
      received: t.exposeInt('received'),
      resolved: t.exposeInt('resolved'),
    }),
  });

const MAX_TREND_MONTHS = 60;

const RequestStats = builder.objectRef<SubtreeStats['requests']>('RequestStats').implement({
  description:
    'Residents’ requests (民情诉求) that arose in a subtree, from counters kept with every write.',
  fields: (t) => ({
    received: t.int({
      description: 'All requests collected (收集群众诉求).',
      resolve: (r) => requestSummary(r).received,
    }),
    open: t.int({
      description: 'Not yet resolved: RECEIVED, ESCALATED, ACCEPTED or IN_PROGRESS.',
      resolve: (r) => requestSummary(r).open,
    }),
    resolved: t.int({
      description: 'RESOLVED or CLOSED.',
      resolve: (r) => requestSummary(r).resolved,
    }),
    closed: t.int({ resolve: (r) => requestSummary(r).closed }),
    escalated: t.int({
      description: 'Escalated at least once.',
      resolve: (r) => r.escalated,
    }),
    overdue: t.int({
      description: 'Open and past their deadline today (China Standard Time).',
      resolve: (r, _args, { session }) => overdueRequests(r, chinaDate(session.now())),
    }),
    byStatus: t.field({ type: [StatusCount], resolve: (r) => r.byStatus }),
    bySource: t.field({ type: [SourceCount], resolve: (r) => r.bySource }),
    evaluated: t.int({ resolve: (r) => requestSummary(r).evaluated }),
    satisfied: t.int({
      description: 'SATISFIED or BASICALLY_SATISFIED.',
      resolve: (r) => requestSummary(r).satisfied,
    }),
    satisfactionRate: t.float({
      nullable: true,
      description: '满意率: satisfied among the evaluated (0..1); null before any evaluation.',
      resolve: (r) => requestSummary(r).satisfactionRate,
    }),
    evaluations: t.field({ type: [EvaluationCount], resolve: (r) => r.evaluations }),
    timeToResolve: t.field({ type: TimeToResolve, resolve: (r) => r }),
    trend: t.field({
      type: [TrendMonth],
      description: 'Received and resolved per month, the last `months` months up to this one.',
      args: { months: t.arg.int({ defaultValue: 12, description: `1 to ${MAX_TREND_MONTHS}.` }) },
      resolve: (r, { months }, { session }) => {
        const count = Math.min(Math.max(months ?? 12, 1), MAX_TREND_MONTHS);
        const now = chinaDate(session.now());
        const [year, month] = now.split('-').map(Number) as [number, number];
        const start = new Date(Date.UTC(year, month - count, 1)).toISOString().slice(0, 7);
        const of = (rows: { month: string; count: number }[], m: string) =>
          rows.find((row) => row.month === m)?.count ?? 0;
        return monthsBetween(start, now.slice(0, 7)).map((m) => ({
          month: m,
          received: of(r.receivedByMonth, m),
          resolved: of(r.resolvedByMonth, m),
        }));
      },
    }),
  }),
});

builder.objectFields(StatsRef, (t) => ({
  grids: t.field({ type: GridStats, resolve: (s) => s }),
  members: t.field({ type: MemberStats, resolve: (s) => s }),
  requests: t.field({ type: RequestStats, resolve: (s) => s.requests }),
}));
