// The API's enums, in the order forms offer them; labels come from the `enums` messages.

export const ORGANIZATION_TYPES = [
  'CITY_COMMITTEE',
  'COUNTY_COMMITTEE',
  'TOWNSHIP_COMMITTEE',
  'STREET_WORKING_COMMITTEE',
  'COMMUNITY_COMMITTEE',
  'VILLAGE_COMMITTEE',
  'GRID_BRANCH',
  'BUILDING_GROUP',
  'MEMBER_HOUSEHOLD',
  'AGENCY',
  'ENTERPRISE',
  'SOCIAL_ORGANIZATION',
  'BRANCH',
] as const;
export const HONOUR_LEVELS = ['NATIONAL', 'REGION', 'CITY', 'COUNTY', 'TOWNSHIP'] as const;
export const CENTER_KINDS = ['CENTER', 'STATION'] as const;
export const CENTER_STATUSES = ['PLANNED', 'UNDER_CONSTRUCTION', 'OPEN', 'CLOSED'] as const;
export const PROJECT_KINDS = ['CO_BUILDING', 'SECRETARY_LED', 'GRID_SINKING', 'INDUSTRY'] as const;
export const PROJECT_STATUSES = [
  'PROPOSED',
  'IN_PROGRESS',
  'COMPLETED',
  'ACCEPTED',
  'CANCELLED',
] as const;

export const ROLES = ['REGION_ADMIN', 'ORG_ADMIN', 'EDITOR', 'VIEWER'] as const;
export const ACCOUNT_KINDS = ['USER', 'SERVICE', 'PUBLIC'] as const;

// 一格一长一警一专多兼: head, police officer, specialist, part-timers
export const GRID_STAFF_ROLES = ['HEAD', 'POLICE', 'SPECIALIST', 'PART_TIME'] as const;
export const COMMITMENT_STATUSES = ['PLEDGED', 'IN_PROGRESS', 'FULFILLED', 'DROPPED'] as const;
export const MEMBER_LIST_BASES = ['MEMBERSHIP', 'REPORTING'] as const;
export const REQUEST_SOURCES = ['HOTLINE', 'WEBSITE', 'WECHAT', 'VISIT', 'GRID_PATROL'] as const;
// in lifecycle order; ESCALATED and ASSIGNED sit where a level hands it up or down, before
// the next level accepts
export const REQUEST_STATUSES = [
  'RECEIVED',
  'ESCALATED',
  'ASSIGNED',
  'ACCEPTED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
] as const;
export const EVALUATIONS = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;

/**
 * Each list above under the name of the API enum it mirrors. A test compares them with
 * schema.graphql, so a value the API adds or drops fails the build rather than a form.
 */
export const ENUMS = {
  OrganizationType: ORGANIZATION_TYPES,
  HonourLevel: HONOUR_LEVELS,
  ServiceCenterKind: CENTER_KINDS,
  ServiceCenterStatus: CENTER_STATUSES,
  ProjectKind: PROJECT_KINDS,
  ProjectStatus: PROJECT_STATUSES,
  Role: ROLES,
  AccountKind: ACCOUNT_KINDS,
  GridStaffRole: GRID_STAFF_ROLES,
  CommitmentStatus: COMMITMENT_STATUSES,
  MemberListBasis: MEMBER_LIST_BASES,
  RequestSource: REQUEST_SOURCES,
  RequestStatus: REQUEST_STATUSES,
  Evaluation: EVALUATIONS,
} as const;

export type EnumName = keyof typeof ENUMS;

/** Choices for SelectInput/SelectField, which translate the names. */
export const choices = (name: EnumName, values: readonly string[]) =>
  values.map((id) => ({ id, name: `enums.${name}.${id}` }));
