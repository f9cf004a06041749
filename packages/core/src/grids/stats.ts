import { counter } from '../rollups/counters.ts';
import { STAFF_ROLES, type StaffRole } from './types.ts';

export interface StaffCount {
  role: StaffRole;
  count: number;
  partyMembers: number;
}

/** The grid figures of a subtree, read from its Rollups item. */
export interface GridStats {
  /** Grids of the organization and everything below it. */
  total: number;
  /** Grids the organization itself divides into (a village's or community's own). */
  own: number;
  households: number;
  buildings: number;
  staff: StaffCount[];
  /** Villages and communities below with at least one grid. */
  coveredVillages: number;
  coveredCommunities: number;
}

export function gridStatsFromItem(read: (name: string) => number): GridStats {
  return {
    total: read(counter.grids),
    own: read(counter.ownGrids),
    households: read(counter.gridHouseholds),
    buildings: read(counter.gridBuildings),
    staff: STAFF_ROLES.map((role) => ({
      role,
      count: read(counter.gridStaff(role)),
      partyMembers: read(counter.gridPartyStaff(role)),
    })),
    coveredVillages: read(counter.coveredPlaces('VILLAGE_COMMITTEE')),
    coveredCommunities: read(counter.coveredPlaces('COMMUNITY_COMMITTEE')),
  };
}

/** The villages and communities of a subtree and how many of them have a grid. */
export interface Places {
  villages: number;
  communities: number;
  coveredVillages: number;
  coveredCommunities: number;
}

/**
 * The villages and communities of a subtree, its organization included: below it (counted by
 * type) and, when the organization is one itself (`scopeType`), that one too, covered while
 * it owns a grid. A village's own figures thus read 1 of 1, or 0 of 1, rather than none.
 */
export function subtreePlaces(
  grids: GridStats,
  below: readonly { type: string; count: number }[],
  scopeType: string | null,
): Places {
  const count = (type: string) =>
    (below.find((t) => t.type === type)?.count ?? 0) + (scopeType === type ? 1 : 0);
  const own = (type: string) => (scopeType === type && grids.own > 0 ? 1 : 0);
  return {
    villages: count('VILLAGE_COMMITTEE'),
    communities: count('COMMUNITY_COMMITTEE'),
    coveredVillages: grids.coveredVillages + own('VILLAGE_COMMITTEE'),
    coveredCommunities: grids.coveredCommunities + own('COMMUNITY_COMMITTEE'),
  };
}

/**
 * Totals as the articles report them: grid workers and the party members' share among them
 * (网格员队伍中党员占比), and coverage (网格化治理覆盖率) of the subtree's villages and communities.
 */
export function gridSummary(grids: GridStats, places: Places) {
  const staff = grids.staff.reduce((sum, s) => sum + s.count, 0);
  const partyStaff = grids.staff.reduce((sum, s) => sum + s.partyMembers, 0);
  const placesTotal = places.villages + places.communities;
  const covered = places.coveredVillages + places.coveredCommunities;
  return {
    staff,
    partyStaff,
    partyShare: staff > 0 ? partyStaff / staff : null,
    places: placesTotal,
    coveredPlaces: covered,
    coverage: placesTotal > 0 ? covered / placesTotal : null,
  };
}
