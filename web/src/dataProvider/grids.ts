import type { GraphQLRequest } from './client.ts';
import { type PointNode, pointInput, pointsInput } from './points.ts';
import {
  changedInput,
  createInput,
  definedOnly,
  type Filter,
  flag,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface GridNode {
  id: string;
  organization: { id: string; name: string } | null;
  branch: { id: string; name: string } | null;
  staff: StaffNode[];
  [field: string]: unknown;
}

interface StaffNode {
  id?: string | null;
  role?: string;
  name?: string;
  phone?: string | null;
  partyMember?: boolean | null;
}

const EDITABLE = ['name', 'branchId', 'households', 'buildings', 'boundary', 'staff'] as const;

/**
 * The staff as the API takes them back: someone already on the staff keeps their id, so a
 * phone sent back masked keeps the stored number; blank phones are no phone.
 */
const staffInput = (staff: unknown) =>
  Array.isArray(staff)
    ? (staff as (StaffNode | null)[])
        .filter((s): s is StaffNode => Boolean(s))
        .map(({ id, role, name, phone, partyMember }) => ({
          ...(id ? { id } : {}),
          role,
          name: name?.trim() ?? '',
          phone: phone?.trim() || null,
          partyMember: Boolean(partyMember),
        }))
    : staff;

const normalize = (data: Filter): Filter => ({
  ...data,
  ...('staff' in data ? { staff: staffInput(data.staff) } : {}),
  ...('boundary' in data ? { boundary: pointsInput(data.boundary) } : {}),
});

/** 网格: grids of villages and communities, staffed 一格一长一警一专多兼. */
export const grids: ResourceDefinition<GridNode> = {
  typename: 'Grid',
  fragment: `fragment GridFields on Grid {
  id name households buildings staffingComplete version createdAt updatedAt
  boundary { lat lng }
  organization { id name } branch { id name }
  staff { id role name phone partyMember }
}`,
  listField: 'grids',
  filterType: 'GridFilter',
  toFilter: ({ q, organizationId, under, drawn }) =>
    definedOnly({ nameContains: q, organizationId, under, drawn: flag(drawn) }),
  toRecord: (node) => ({
    ...node,
    organizationId: node.organization?.id ?? null,
    branchId: node.branch?.id ?? null,
    partyStaff: node.staff.filter((s) => s.partyMember).length,
  }),
  create: (request, data) =>
    mutate(request, grids, 'createGrid', {
      input: [
        'CreateGridInput!',
        createInput(normalize(data), [...EDITABLE, 'organizationId'], ['name', 'organizationId']),
      ],
    }),
  update: (request, id, data, previous) =>
    mutate(request, grids, 'updateGrid', {
      id: ['ID!', id],
      version: ['Int!', previous.version],
      input: ['UpdateGridInput!', changedInput(normalize(data), normalize(previous), EDITABLE)],
    }),
  delete: (request, id, version) =>
    mutate(request, grids, 'deleteGrid', { id: ['ID!', id], version: ['Int!', version] }),
};

/** The grids whose drawn boundary holds a point, among those of `under` and below it. */
export async function gridsAt(
  request: GraphQLRequest,
  point: PointNode,
  under: string | null,
): Promise<{ id: string; name: string }[]> {
  const data = await request<{ gridsAt: { id: string; name: string }[] }>(
    'query GridsAt($point: GeoPointInput!, $under: ID) { gridsAt(point: $point, under: $under) { id name } }',
    { point: pointInput(point), under },
  );
  return data.gridsAt;
}
