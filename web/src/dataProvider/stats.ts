import type { GraphQLRequest } from './client.ts';

export interface SubtreeStats {
  organizations: number;
  children: number;
  organizationsByType: { type: string; count: number }[];
  serviceCenters: {
    total: number;
    open: number;
    centers: number;
    stations: number;
    openCenters: number;
    openStations: number;
    buildRate: number | null;
    byKindAndStatus: { kind: string; status: string; count: number }[];
  };
  projects: {
    total: number;
    funds: number;
    byStatus: { status: string; count: number; funds: number }[];
    byKind: { kind: string; count: number; funds: number }[];
  };
  grids: {
    total: number;
    households: number;
    staff: number;
    partyStaff: number;
    /** 网格员队伍中党员占比 (0..1); null without grid workers. */
    partyStaffShare: number | null;
    villages: number;
    communities: number;
    coveredVillages: number;
    coveredCommunities: number;
    /** 网格化覆盖率 (0..1); null without villages or communities. */
    coverage: number | null;
  };
  members: {
    registered: number;
    reported: number;
    commitments: number;
    commitmentsFulfilled: number;
  };
  requests: {
    received: number;
    open: number;
    resolved: number;
    closed: number;
    escalated: number;
    overdue: number;
    evaluated: number;
    /** 满意率 (0..1); null before any evaluation. */
    satisfactionRate: number | null;
    timeToResolve: {
      medianHours: number | null;
      medianFromHours: number | null;
      medianToHours: number | null;
    };
    /** Oldest month first, this month last. */
    trend: { month: string; received: number; resolved: number }[];
  };
}

/** The months of the dashboard's request trend, this one included. */
export const TREND_MONTHS = 12;

const STATS = `fragment Stats on SubtreeStats {
  organizations children organizationsByType { type count }
  serviceCenters {
    total open centers stations openCenters openStations buildRate
    byKindAndStatus { kind status count }
  }
  projects { total funds byStatus { status count funds } byKind { kind count funds } }
  grids {
    total households staff partyStaff partyStaffShare
    villages communities coveredVillages coveredCommunities coverage
  }
  members { registered reported commitments commitmentsFulfilled }
  requests {
    received open resolved closed escalated overdue evaluated satisfactionRate
    timeToResolve { medianHours medianFromHours medianToHours }
    trend(months: ${TREND_MONTHS}) { month received resolved }
  }
}`;

/** Rollup figures of an organization's subtree, or of the whole region without one. */
export async function getStats(
  request: GraphQLRequest,
  organizationId: string | null,
): Promise<SubtreeStats> {
  if (!organizationId) {
    const data = await request<{ regionStats: SubtreeStats }>(
      `query RegionStats { regionStats { ...Stats } }\n${STATS}`,
    );
    return data.regionStats;
  }
  const data = await request<{ organization: { stats: SubtreeStats } | null }>(
    `query OrganizationStats($id: ID!) { organization(id: $id) { stats { ...Stats } } }\n${STATS}`,
    { id: organizationId },
  );
  if (!data.organization) throw new Error(`Organization ${organizationId} does not exist.`);
  return data.organization.stats;
}
