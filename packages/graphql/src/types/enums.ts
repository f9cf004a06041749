import {
  CENTER_KINDS,
  CENTER_STATUSES,
  HONOUR_LEVELS,
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  ROLE_LABELS,
  ROLES,
} from '@grassroots/core';
import { builder } from '../builder.ts';

const values = <T extends string>(all: readonly T[], describe?: (v: T) => string) =>
  Object.fromEntries(
    all.map((v) => [v, { value: v, ...(describe ? { description: describe(v) } : {}) }]),
  ) as {
    [K in T]: { value: K };
  };

export const OrganizationTypeEnum = builder.enumType('OrganizationType', {
  description: 'Kind of party organization (党组织).',
  values: values(ORGANIZATION_TYPES, (t) => ORGANIZATION_TYPE_LABELS[t]),
});

export const HonourLevelEnum = builder.enumType('HonourLevel', {
  description:
    'Level that awarded an honour: national, autonomous region, city (盟市), banner/county (旗县区), township.',
  values: values(HONOUR_LEVELS),
});

export const CenterKindEnum = builder.enumType('ServiceCenterKind', {
  description: 'CENTER: 党群服务中心; STATION: 党群服务站.',
  values: values(CENTER_KINDS),
});

export const CenterStatusEnum = builder.enumType('ServiceCenterStatus', {
  values: values(CENTER_STATUSES),
});

export const ProjectKindEnum = builder.enumType('ProjectKind', {
  description:
    'CO_BUILDING: 党组织联建共建; SECRETARY_LED: 书记领办实事项目; GRID_SINKING: 机关事业单位党组织下沉网格; INDUSTRY: 党建引领产业发展共同体.',
  values: values(PROJECT_KINDS),
});

export const ProjectStatusEnum = builder.enumType('ProjectStatus', {
  values: values(PROJECT_STATUSES),
});

export const RoleEnum = builder.enumType('Role', {
  description:
    'REGION_ADMIN: the whole stack; ORG_ADMIN: its subtree and the accounts in it; EDITOR: writes its subtree; VIEWER: reads it.',
  values: values(ROLES, (r) => ROLE_LABELS[r]),
});
