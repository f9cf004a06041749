export const CENTER_KINDS = ['CENTER', 'STATION'] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const CENTER_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'OPEN', 'CLOSED'] as const;
export type CenterStatus = (typeof CENTER_STATUSES)[number];

export const DEFAULT_SERVICE_RADIUS_METERS = 1_000;
