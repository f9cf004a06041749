import {
  ALL,
  allowedChildTypes,
  createOrganization,
  deleteOrganization,
  getAncestors,
  getOrganization,
  listOrganizations,
  listProjects,
  listServiceCenters,
  maskPersonalNumber,
  moveOrganization,
  ORGANIZATION_TYPE_LABELS,
  updateOrganization,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { HonourLevelEnum, OrganizationTypeEnum } from './enums.ts';
import {
  centerConnection,
  OrganizationConnection,
  OrganizationRef,
  ProjectConnection,
  pagingArgs,
  ServiceCenterConnection,
  toConnection,
} from './refs.ts';
import { StatsRef } from './stats.ts';

const Person = builder.objectRef<{ name: string; phone: string | null }>('Person').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    phone: t.string({
      nullable: true,
      description:
        'Masked (138****5678): personal information. Roles granted it see it with revealPersonalInformation.',
      resolve: (p) => (p.phone ? maskPersonalNumber(p.phone) : null),
    }),
  }),
});

const Honour = builder
  .objectRef<{ title: string; level: string; year: number }>('Honour')
  .implement({
    description: 'An honour such as 旗级最强党支部 2021.',
    fields: (t) => ({
      title: t.exposeString('title'),
      level: t.field({ type: HonourLevelEnum, resolve: (h) => h.level as never }),
      year: t.exposeInt('year'),
    }),
  });

builder.node(OrganizationRef, {
  description:
    'A party organization (党组织) in the tree from city committee down to member households.',
  id: { resolve: (org) => org.id },
  // node/nodes see only what the caller may see
  loadMany: (ids, { session }) => Promise.all(ids.map((id) => getOrganization(session, id))),
  isTypeOf: (value) =>
    typeof value === 'object' && value !== null && 'path' in value && 'divisionCode' in value,
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.field({ type: OrganizationTypeEnum, resolve: (o) => o.type }),
    typeLabel: t.string({
      description: 'The type in Chinese, e.g. 街道党工委.',
      resolve: (o) => ORGANIZATION_TYPE_LABELS[o.type],
    }),
    divisionCode: t.exposeString('divisionCode', {
      description: 'Administrative division code, GB/T 2260.',
    }),
    depth: t.exposeInt('depth', { description: 'Root (city committee) is 0.' }),
    secretary: t.field({ type: Person, nullable: true, resolve: (o) => o.secretary }),
    memberCount: t.exposeInt('memberCount'),
    standardized: t.exposeBoolean('standardized', { description: '标准化规范化 branch.' }),
    starRating: t.exposeInt('starRating', {
      nullable: true,
      description: '嘎查村十星级管理: 0 to 10 stars.',
    }),
    honours: t.field({ type: [Honour], resolve: (o) => o.honours }),
    oneShoulder: t.exposeBoolean('oneShoulder', {
      description: '一肩挑: the secretary also heads the village committee.',
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (o) => o.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (o) => o.updatedAt }),
    parent: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (o, _args, { session }) =>
        o.parentId ? getOrganization(session, o.parentId) : null,
    }),
    ancestors: t.field({
      type: [OrganizationRef],
      description: 'From the root down to the parent.',
      resolve: (o, _args, { session }) => getAncestors(session, o),
    }),
    allowedChildTypes: t.field({
      type: [OrganizationTypeEnum],
      description: 'Types of organization this one may hold.',
      resolve: (o) => [...allowedChildTypes(o.type)],
    }),
    children: t.field({
      type: OrganizationConnection,
      args: pagingArgs(t.arg),
      resolve: async (o, args, { session }) =>
        toConnection(await listOrganizations(session, { parentId: o.id }, args)),
    }),
    serviceCenters: t.field({
      type: ServiceCenterConnection,
      description:
        'Centers and stations of this organization (subtree: true for everything below it too).',
      args: { subtree: t.arg.boolean({ defaultValue: false }), ...pagingArgs(t.arg) },
      resolve: async (o, { subtree, ...args }, { session }) =>
        centerConnection(
          await listServiceCenters(
            session,
            subtree ? { under: o.id } : { organizationId: o.id },
            args,
          ),
        ),
    }),
    projects: t.field({
      type: ProjectConnection,
      description: 'Projects this organization leads (subtree: true for everything below it too).',
      args: { subtree: t.arg.boolean({ defaultValue: false }), ...pagingArgs(t.arg) },
      resolve: async (o, { subtree, ...args }, { session }) =>
        toConnection(
          await listProjects(
            session,
            subtree ? { under: o.id } : { leadOrganizationId: o.id },
            args,
          ),
        ),
    }),
    partnerProjects: t.field({
      type: ProjectConnection,
      description: 'Projects this organization takes part in as a partner (联建共建).',
      args: pagingArgs(t.arg),
      resolve: async (o, args, { session }) =>
        toConnection(await listProjects(session, { partnerOrganizationId: o.id }, args)),
    }),
    stats: t.field({
      type: StatsRef,
      description: 'Figures for the whole subtree.',
      resolve: async (o, _args, { session }) => ({
        ...(await session.loaders.stats.load(o.id)),
        scopeType: o.type,
      }),
    }),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  fields: (t) => ({
    parentId: t.id({ description: 'Direct children of this organization.' }),
    under: t.id({
      description: 'The whole subtree of this organization, the organization itself included.',
    }),
    type: t.field({ type: OrganizationTypeEnum }),
    divisionCode: t.string(),
    nameContains: t.string({
      description: 'Part of the name; best combined with `under` or `parentId`.',
    }),
  }),
});

builder.queryFields((t) => ({
  organization: t.field({
    type: OrganizationRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) =>
      getOrganization(session, idOf(String(id), 'Organization', 'id')),
  }),
  organizations: t.field({
    type: OrganizationConnection,
    description: 'Organizations in depth-first order (children: in name order).',
    args: { filter: t.arg({ type: OrganizationFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(
        await listOrganizations(
          session,
          {
            parentId: optionalIdOf(filter?.parentId?.toString(), 'Organization', 'filter.parentId'),
            under: optionalIdOf(filter?.under?.toString(), 'Organization', 'filter.under'),
            type: filter?.type,
            divisionCode: filter?.divisionCode,
            nameContains: filter?.nameContains,
          },
          args,
        ),
      ),
  }),
  regionStats: t.field({
    type: StatsRef,
    description:
      "Figures for everything you may see: the region's whole stack for a REGION_ADMIN, your organization's subtree otherwise.",
    resolve: async (_root, _args, { session }) => {
      const scope = session.actor.scopeOrgId;
      const [stats, org] = await Promise.all([
        session.loaders.stats.load(scope ?? ALL),
        scope ? session.loaders.organizations.load(scope) : null,
      ]);
      return { ...stats, scopeType: org?.type ?? null };
    },
  }),
}));

const PersonInput = builder.inputType('PersonInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    phone: t.string({
      description: 'Mobile (13812345678) or landline with area code (0473-1234567).',
    }),
  }),
});

const HonourInput = builder.inputType('HonourInput', {
  fields: (t) => ({
    title: t.string({ description: 'Defaults to 最强党支部.' }),
    level: t.field({ type: HonourLevelEnum, required: true }),
    year: t.int({ required: true }),
  }),
});

const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
  fields: (t) => ({
    parentId: t.id({ description: 'Absent only for a CITY_COMMITTEE, the root.' }),
    name: t.string({ required: true }),
    type: t.field({ type: OrganizationTypeEnum, required: true }),
    divisionCode: t.string({
      required: true,
      description: 'Six digits, GB/T 2260 (150400 赤峰市).',
    }),
    secretary: t.field({ type: PersonInput }),
    memberCount: t.int(),
    standardized: t.boolean(),
    starRating: t.int({ description: '0 to 10.' }),
    honours: t.field({ type: [HonourInput] }),
    oneShoulder: t.boolean(),
  }),
});

const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  description: 'Only the fields given change; null clears secretary and starRating.',
  fields: (t) => ({
    name: t.string(),
    type: t.field({ type: OrganizationTypeEnum }),
    divisionCode: t.string(),
    secretary: t.field({ type: PersonInput }),
    memberCount: t.int(),
    standardized: t.boolean(),
    starRating: t.int(),
    honours: t.field({ type: [HonourInput] }),
    oneShoulder: t.boolean(),
  }),
});

builder.mutationFields((t) => ({
  createOrganization: t.field({
    type: OrganizationRef,
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createOrganization(session, {
        ...withoutNulls(input),
        parentId: optionalIdOf(input.parentId?.toString(), 'Organization', 'parentId'),
      }),
  }),
  updateOrganization: t.field({
    type: OrganizationRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateOrganizationInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateOrganization(session, idOf(String(id), 'Organization', 'id'), version, input),
  }),
  moveOrganization: t.field({
    type: OrganizationRef,
    description: 'Moves an organization with its whole subtree under another parent.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      newParentId: t.arg.id({ required: true }),
    },
    resolve: (_root, { id, version, newParentId }, { session }) =>
      moveOrganization(
        session,
        idOf(String(id), 'Organization', 'id'),
        version,
        idOf(String(newParentId), 'Organization', 'newParentId'),
      ),
  }),
  deleteOrganization: t.field({
    type: OrganizationRef,
    description:
      'Deletes an organization that holds nothing (HAS_DEPENDENTS otherwise); returns it as it was.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, { session }) =>
      deleteOrganization(session, idOf(String(id), 'Organization', 'id'), version),
  }),
}));
