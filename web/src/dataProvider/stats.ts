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
}

const STATS = `fragment Stats on SubtreeStats {
  organizations children organizationsByType { type count }
  serviceCenters {
    total open centers stations openCenters openStations buildRate
    byKindAndStatus { kind status count }
  }
  projects { total funds byStatus { status count funds } byKind { kind count funds } }
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
