import { versionFailure } from '../db/conditions.ts';
import { DomainError } from '../errors.ts';

/**
 * Raised when a write touches a subtree whose move has not finished. Services catch it,
 * finish the move (moves are resumable) and try the write again; a client sees it only if
 * that keeps failing.
 */
export class SubtreeMoving extends DomainError {
  constructor(readonly organizationId: string) {
    super(
      'CONFLICT',
      `Organization ${organizationId} and everything under it is being moved; try again in a moment.`,
      { organizationId, reason: 'MOVE_IN_PROGRESS' },
    );
  }
}

/**
 * Raised when counters a write was computed from (a grid count turning a place's coverage on
 * or off) changed before it committed. Like a move, the write is computed again.
 */
export class CountersChanged extends DomainError {
  constructor(readonly organizationId: string) {
    super(
      'CONFLICT',
      `The figures of organization ${organizationId} changed while saving; try again.`,
      { organizationId, reason: 'COUNTERS_CHANGED' },
    );
  }
}

/**
 * The error for a failed `version = :v AND <path> = :p` condition: same version means only
 * the path changed (an ancestor moved), so the write is recomputed after the move.
 */
export const versionOrMoved =
  (type: string, id: string, version: number) => (stored: Record<string, unknown> | undefined) =>
    stored && stored.version === version
      ? new SubtreeMoving(id)
      : versionFailure(type, id, version)(stored);
