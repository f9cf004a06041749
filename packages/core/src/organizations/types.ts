/** Kinds of party organization (党组织) and which kinds may stand under which. */
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
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  CITY_COMMITTEE: '市委（盟委）',
  COUNTY_COMMITTEE: '旗县区委',
  TOWNSHIP_COMMITTEE: '苏木乡镇党委',
  STREET_WORKING_COMMITTEE: '街道党工委',
  COMMUNITY_COMMITTEE: '社区党委（党总支）',
  VILLAGE_COMMITTEE: '嘎查村党组织',
  GRID_BRANCH: '网格（小区）党支部',
  BUILDING_GROUP: '楼栋党小组',
  MEMBER_HOUSEHOLD: '党员中心户',
  AGENCY: '机关事业单位党组织',
  ENTERPRISE: '非公企业党组织',
  SOCIAL_ORGANIZATION: '社会组织党组织',
  BRANCH: '党支部',
};

const UNITS = ['AGENCY', 'ENTERPRISE', 'SOCIAL_ORGANIZATION', 'BRANCH'] as const;

/**
 * The rule table: the types each type may hold directly. Only a CITY_COMMITTEE stands at the
 * root. The table has no cycles, so the tree's depth is bounded (see the tests), which keeps
 * every rollup update inside one transaction.
 */
export const CHILD_TYPES: Record<OrganizationType, readonly OrganizationType[]> = {
  CITY_COMMITTEE: ['COUNTY_COMMITTEE', ...UNITS],
  COUNTY_COMMITTEE: ['TOWNSHIP_COMMITTEE', 'STREET_WORKING_COMMITTEE', ...UNITS],
  TOWNSHIP_COMMITTEE: ['VILLAGE_COMMITTEE', 'COMMUNITY_COMMITTEE', ...UNITS],
  STREET_WORKING_COMMITTEE: ['COMMUNITY_COMMITTEE', ...UNITS],
  COMMUNITY_COMMITTEE: ['GRID_BRANCH', 'ENTERPRISE', 'SOCIAL_ORGANIZATION', 'BRANCH'],
  VILLAGE_COMMITTEE: ['GRID_BRANCH', 'ENTERPRISE', 'SOCIAL_ORGANIZATION', 'BRANCH'],
  GRID_BRANCH: ['BUILDING_GROUP'],
  BUILDING_GROUP: ['MEMBER_HOUSEHOLD'],
  MEMBER_HOUSEHOLD: [],
  AGENCY: ['BRANCH'],
  ENTERPRISE: ['BRANCH'],
  SOCIAL_ORGANIZATION: ['BRANCH'],
  BRANCH: [],
};

export const ROOT_TYPES: readonly OrganizationType[] = ['CITY_COMMITTEE'];

/** Whether an organization of this type may hold others (a request may be handed down to them). */
export const holdsOrganizations = (type: OrganizationType) => CHILD_TYPES[type].length > 0;

/** The types allowed under a parent of the given type (or at the root when null). */
export const allowedChildTypes = (
  parentType: OrganizationType | null,
): readonly OrganizationType[] => (parentType === null ? ROOT_TYPES : CHILD_TYPES[parentType]);

export const canHold = (parentType: OrganizationType | null, childType: OrganizationType) =>
  allowedChildTypes(parentType).includes(childType);

/** Why `childType` cannot stand under `parentType`, phrased for the person filling the form. */
export function placementProblem(
  parentType: OrganizationType | null,
  childType: OrganizationType,
): string | null {
  if (canHold(parentType, childType)) return null;
  const allowed = allowedChildTypes(parentType);
  if (parentType === null) {
    return `A ${childType} needs a parent organization; only ${ROOT_TYPES.join(', ')} stands at the root.`;
  }
  if (ROOT_TYPES.includes(childType)) return `A ${childType} has no parent organization.`;
  return allowed.length === 0
    ? `A ${parentType} cannot hold other organizations.`
    : `A ${parentType} cannot hold a ${childType}; it can hold ${allowed.join(', ')}.`;
}

export const HONOUR_LEVELS = ['NATIONAL', 'REGION', 'CITY', 'COUNTY', 'TOWNSHIP'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];
