import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import {
  changedInput,
  createInput,
  definedOnly,
  type Filter,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface OrganizationNode {
  id: string;
  parent: { id: string; name: string } | null;
  childCount: { children: number | null } | null;
  secretary: { name: string; phone: string | null } | null;
  [field: string]: unknown;
}

const EDITABLE = [
  'name',
  'type',
  'divisionCode',
  'secretary',
  'memberCount',
  'standardized',
  'starRating',
  'honours',
  'oneShoulder',
] as const;

// A secretary without a name is no secretary: the form's empty sub-fields mean "none".
const normalize = (data: Filter): Filter => {
  const secretary = data.secretary as { name?: string | null; phone?: string | null } | null;
  if (!secretary || !('secretary' in data)) return data;
  const name = secretary.name?.trim();
  return {
    ...data,
    secretary: name ? { name, phone: secretary.phone?.trim() || null } : null,
  };
};

export const organizations: ResourceDefinition<OrganizationNode> = {
  typename: 'Organization',
  fragment: `fragment OrganizationFields on Organization {
  id name type typeLabel divisionCode depth memberCount standardized starRating oneShoulder
  version createdAt updatedAt allowedChildTypes
  secretary { name phone } honours { title level year }
  parent { id name }
  childCount: stats { children }
}`,
  detail: 'ancestors { id name type }',
  listField: 'organizations',
  filterType: 'OrganizationFilter',
  toFilter: ({ q, parentId, under, type, divisionCode }) =>
    definedOnly({ nameContains: q, parentId, under, type, divisionCode }),
  toRecord: ({ childCount, ...node }) => ({
    ...node,
    parentId: node.parent?.id ?? null,
    childCount: childCount?.children ?? 0,
  }),
  create: (request, data) =>
    mutate(request, organizations, 'createOrganization', {
      input: [
        'CreateOrganizationInput!',
        {
          ...createInput(normalize(data), EDITABLE, ['name', 'divisionCode']),
          ...createInput(data, ['parentId']),
        },
      ],
    }),
  update: async (request, id, data, previous) => {
    const input = changedInput(normalize(data), normalize(previous), EDITABLE);
    return mutate(request, organizations, 'updateOrganization', {
      id: ['ID!', id],
      version: ['Int!', previous.version],
      input: ['UpdateOrganizationInput!', input],
    });
  },
  delete: (request, id, version) =>
    mutate(request, organizations, 'deleteOrganization', {
      id: ['ID!', id],
      version: ['Int!', version],
    }),
};

/** Moves an organization (with its subtree) under another parent. */
export const moveOrganization = (
  request: GraphQLRequest,
  id: string,
  version: number,
  newParentId: string,
): Promise<RaRecord> =>
  mutate(
    request,
    organizations,
    'moveOrganization',
    { id: ['ID!', id], version: ['Int!', version], newParentId: ['ID!', newParentId] },
    { newParentId: 'parentId' },
  );
