import { counter } from '../rollups/counters.ts';
import { COMMITMENT_STATUSES, type CommitmentStatus } from './types.ts';

/** The member figures of a subtree, read from its Rollups item. */
export interface MemberStats {
  /** Members of the organizations of the subtree. */
  registered: number;
  /** Members the organization itself holds. */
  own: number;
  /** Members reported to the grids of the subtree (双报到). */
  reported: number;
  /** Commitments of the members reported to the subtree's grids, by status. */
  commitments: { status: CommitmentStatus; count: number }[];
}

export const memberStatsFromItem = (read: (name: string) => number): MemberStats => ({
  registered: read(counter.members),
  own: read(counter.ownMembers),
  reported: read(counter.membersReported),
  commitments: COMMITMENT_STATUSES.map((status) => ({
    status,
    count: read(counter.commitments(status)),
  })),
});
