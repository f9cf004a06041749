import {
  createServiceCenter,
  deleteServiceCenter,
  getOrganization,
  getServiceCenter,
  listServiceCenters,
  updateServiceCenter,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { CenterKindEnum, CenterStatusEnum } from './enums.ts';
import {
  centerConnection,
  OrganizationRef,
  pagingArgs,
  ServiceCenterConnection,
  ServiceCenterRef,
} from './refs.ts';

export const GeoPoint = builder.objectRef<{ lat: number; lng: number }>('GeoPoint').implement({
  description: 'WGS 84 coordinates in degrees.',
  fields: (t) => ({ lat: t.exposeFloat('lat'), lng: t.exposeFloat('lng') }),
});

export const GeoPointInput = builder.inputType('GeoPointInput', {
  fields: (t) => ({
    lat: t.float({ required: true, description: '-90 to 90.' }),
    lng: t.float({ required: true, description: '-180 to 180.' }),
  }),
});

builder.node(ServiceCenterRef, {
  description: 'A party-mass service center (党群服务中心) or station (党群服务站).',
  id: { resolve: (c) => c.id },
  // node/nodes see only what the caller may see
  loadMany: (ids, { session }) => Promise.all(ids.map((id) => getServiceCenter(session, id))),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'orgPath' in value,
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.field({ type: CenterKindEnum, resolve: (c) => c.kind }),
    status: t.field({ type: CenterStatusEnum, resolve: (c) => c.status }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The organization that runs it.',
      resolve: async (c, _args, { session }) => {
        const org = await getOrganization(session, c.organizationId);
        if (!org) throw new Error(`Service center ${c.id} names a missing organization.`);
        return org;
      },
    }),
    address: t.exposeString('address'),
    location: t.field({ type: GeoPoint, resolve: (c) => c.location }),
    radiusMeters: t.exposeInt('radiusMeters', { description: 'Service radius (1 km: 不出1公里).' }),
    openingHours: t.exposeString('openingHours', {
      nullable: true,
      description: 'e.g. 大门常开 8:00-20:00.',
    }),
    services: t.exposeStringList('services'),
    layout: t.exposeString('layout', {
      nullable: true,
      description: 'Layout model such as 一厅六区多元.',
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
  }),
});

const NearInput = builder.inputType('NearInput', {
  fields: (t) => ({
    lat: t.float({ required: true }),
    lng: t.float({ required: true }),
    radiusMeters: t.float({ description: 'Up to 50,000; default 1,000.' }),
  }),
});

const ServiceCenterFilter = builder.inputType('ServiceCenterFilter', {
  fields: (t) => ({
    organizationId: t.id({ description: 'Centers run by this organization.' }),
    under: t.id({ description: 'Centers of this organization and everything below it.' }),
    kind: t.field({ type: CenterKindEnum }),
    status: t.field({ type: CenterStatusEnum }),
    near: t.field({ type: NearInput, description: 'Within a radius of a point, nearest first.' }),
    nameContains: t.string(),
  }),
});

builder.queryFields((t) => ({
  serviceCenter: t.field({
    type: ServiceCenterRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) =>
      getServiceCenter(session, idOf(String(id), 'ServiceCenter', 'id')),
  }),
  serviceCenters: t.field({
    type: ServiceCenterConnection,
    args: { filter: t.arg({ type: ServiceCenterFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      centerConnection(
        await listServiceCenters(
          session,
          {
            organizationId: optionalIdOf(
              filter?.organizationId?.toString(),
              'Organization',
              'filter.organizationId',
            ),
            under: optionalIdOf(filter?.under?.toString(), 'Organization', 'filter.under'),
            kind: filter?.kind,
            status: filter?.status,
            near: filter?.near ? withoutNulls(filter.near) : null,
            nameContains: filter?.nameContains,
          },
          args,
        ),
      ),
  }),
}));

const CreateServiceCenterInput = builder.inputType('CreateServiceCenterInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: CenterKindEnum, required: true }),
    organizationId: t.id({ required: true }),
    address: t.string({ required: true }),
    location: t.field({ type: GeoPointInput, required: true }),
    radiusMeters: t.int({ description: '50 to 20,000; default 1,000.' }),
    openingHours: t.string(),
    services: t.stringList(),
    layout: t.string(),
    status: t.field({ type: CenterStatusEnum, description: 'Default OPEN.' }),
  }),
});

const UpdateServiceCenterInput = builder.inputType('UpdateServiceCenterInput', {
  description: 'Only the fields given change; null clears openingHours and layout.',
  fields: (t) => ({
    name: t.string(),
    kind: t.field({ type: CenterKindEnum }),
    organizationId: t.id(),
    address: t.string(),
    location: t.field({ type: GeoPointInput }),
    radiusMeters: t.int(),
    openingHours: t.string(),
    services: t.stringList(),
    layout: t.string(),
    status: t.field({ type: CenterStatusEnum }),
  }),
});

builder.mutationFields((t) => ({
  createServiceCenter: t.field({
    type: ServiceCenterRef,
    args: { input: t.arg({ type: CreateServiceCenterInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createServiceCenter(session, {
        ...withoutNulls(input),
        organizationId: idOf(String(input.organizationId), 'Organization', 'organizationId'),
      }),
  }),
  updateServiceCenter: t.field({
    type: ServiceCenterRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateServiceCenterInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateServiceCenter(session, idOf(String(id), 'ServiceCenter', 'id'), version, {
        ...input,
        organizationId: optionalIdOf(
          input.organizationId?.toString(),
          'Organization',
          'organizationId',
        ),
      }),
  }),
  deleteServiceCenter: t.field({
    type: ServiceCenterRef,
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, { session }) =>
      deleteServiceCenter(session, idOf(String(id), 'ServiceCenter', 'id'), version),
  }),
}));
