export const PROJECT_KINDS = ['CO_BUILDING', 'SECRETARY_LED', 'GRID_SINKING', 'INDUSTRY'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_STATUSES = [
  'PROPOSED',
  'IN_PROGRESS',
  'COMPLETED',
  'ACCEPTED',
  'CANCELLED',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * Status changes a project may make. A project can be recorded in any status (past work is
 * entered after the fact), but once recorded it moves only along these arrows.
 */
export const PROJECT_TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  PROPOSED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: ['ACCEPTED', 'IN_PROGRESS'],
  ACCEPTED: [],
  CANCELLED: ['PROPOSED'],
};

/** Statuses in which residents evaluate (群众评议) what a project delivered. */
export const EVALUATED_PROJECT_STATUSES: readonly ProjectStatus[] = ['COMPLETED', 'ACCEPTED'];

/** Statuses in which a passed due date makes a project overdue. */
export const OPEN_PROJECT_STATUSES: readonly ProjectStatus[] = ['PROPOSED', 'IN_PROGRESS'];
