import {
  changedInput,
  createInput,
  definedOnly,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface ServiceCenterNode {
  id: string;
  organization: { id: string; name: string } | null;
  [field: string]: unknown;
}

const EDITABLE = [
  'name',
  'kind',
  'organizationId',
  'address',
  'location',
  'radiusMeters',
  'services',
  'openingHours',
  'layout',
  'status',
] as const;

interface Near {
  lat?: unknown;
  lng?: unknown;
  radiusMeters?: unknown;
}

const finite = (value: unknown) =>
  value === '' || value === null || value === undefined || !Number.isFinite(Number(value))
    ? undefined
    : Number(value);

// The "near" filter form holds text fields; only a complete point makes a filter.
function nearFilter(near: Near | undefined) {
  const lat = finite(near?.lat);
  const lng = finite(near?.lng);
  if (lat === undefined || lng === undefined) return undefined;
  return definedOnly({ lat, lng, radiusMeters: finite(near?.radiusMeters) });
}

export const serviceCenters: ResourceDefinition<ServiceCenterNode> = {
  typename: 'ServiceCenter',
  fragment: `fragment ServiceCenterFields on ServiceCenter {
  id name kind status address location { lat lng } radiusMeters services openingHours layout
  version createdAt updatedAt organization { id name }
}`,
  listField: 'serviceCenters',
  filterType: 'ServiceCenterFilter',
  edgeFields: 'distanceMeters',
  toFilter: ({ q, kind, status, organizationId, under, near }) =>
    definedOnly({
      nameContains: q,
      kind,
      status,
      organizationId,
      under,
      near: nearFilter(near as Near | undefined),
    }),
  toRecord: (node, edge) => ({
    ...node,
    organizationId: node.organization?.id ?? null,
    distanceMeters: edge?.distanceMeters ?? null,
  }),
  create: (request, data) =>
    mutate(request, serviceCenters, 'createServiceCenter', {
      input: ['CreateServiceCenterInput!', createInput(data, EDITABLE, ['name', 'address'])],
    }),
  update: (request, id, data, previous) =>
    mutate(request, serviceCenters, 'updateServiceCenter', {
      id: ['ID!', id],
      version: ['Int!', previous.version],
      input: ['UpdateServiceCenterInput!', changedInput(data, previous, EDITABLE)],
    }),
  delete: (request, id, version) =>
    mutate(request, serviceCenters, 'deleteServiceCenter', {
      id: ['ID!', id],
      version: ['Int!', version],
    }),
};
