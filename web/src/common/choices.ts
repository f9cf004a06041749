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

export type EnumName =
  | 'OrganizationType'
  | 'HonourLevel'
  | 'ServiceCenterKind'
  | 'ServiceCenterStatus'
  | 'ProjectKind'
  | 'ProjectStatus'
  | 'Role'
  | 'AccountKind';

/** Choices for SelectInput/SelectField, which translate the names. */
export const choices = (name: EnumName, values: readonly string[]) =>
  values.map((id) => ({ id, name: `enums.${name}.${id}` }));
