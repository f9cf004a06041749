import type { OrganizationType } from '../organizations/types.ts';

/** 一格一长一警一专多兼: one grid head, one police officer, one specialist, several part-timers. */
export const STAFF_ROLES = ['HEAD', 'POLICE', 'SPECIALIST', 'PART_TIME'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  HEAD: '网格长',
  POLICE: '网格警',
  SPECIALIST: '专职网格员',
  PART_TIME: '兼职网格员',
};

/** Villages and communities are divided into grids; nothing else owns one. */
export const GRID_PLACE_TYPES: readonly OrganizationType[] = [
  'VILLAGE_COMMITTEE',
  'COMMUNITY_COMMITTEE',
];

export const MAX_GRID_STAFF = 30;
