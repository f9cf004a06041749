/** A member's commitment (履责践诺) and how it stands. */
export const COMMITMENT_STATUSES = ['PLEDGED', 'IN_PROGRESS', 'FULFILLED', 'DROPPED'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  PLEDGED: '已承诺',
  IN_PROGRESS: '践诺中',
  FULFILLED: '已践诺',
  DROPPED: '未践诺',
};

export const COMMITMENT_TRANSITIONS: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
  PLEDGED: ['IN_PROGRESS', 'FULFILLED', 'DROPPED'],
  IN_PROGRESS: ['FULFILLED', 'DROPPED'],
  FULFILLED: [],
  DROPPED: [],
};

export const MAX_COMMITMENTS = 20;
