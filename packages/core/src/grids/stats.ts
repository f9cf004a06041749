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

/**
 * Totals as the articles report them: grid workers and the party members' share among them
 * (网格员队伍中党员占比), and coverage (网格化治理覆盖率) of the villages and communities below.
 */
export function gridSummary(grids: GridStats, places: { villages: number; communities: number }) {
  const staff = grids.staff.reduce((sum, s) => sum + s.count, 0);
  const partyStaff = grids.staff.reduce((sum, s) => sum + s.partyMembers, 0);
  const placesTotal = places.villages + places.communities;
  const covered = grids.coveredVillages + grids.coveredCommunities;
  return {
    staff,
    partyStaff,
    partyShare: staff > 0 ? partyStaff / staff : null,
    places: placesTotal,
    coveredPlaces: covered,
    coverage: placesTotal > 0 ? covered / placesTotal : null,
  };
}
