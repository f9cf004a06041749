import {
  createGrid,
  deleteGrid,
  type Grid,
  type GridStaff,
  getGrid,
  getOrganization,
  gridsAt,
  invalid,
  listGrids,
  listMembers,
  listRequests,
  maskPersonalNumber,
  STAFF_ROLE_LABELS,
  updateGrid,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { encodeGlobalID, idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { StaffRoleEnum } from './governance-enums.ts';
import {
  GridConnection,
  GridRef,
  MemberConnection,
  OrganizationRef,
  pagingArgs,
  RequestConnection,
  toConnection,
} from './refs.ts';
import { GeoPoint, GeoPointInput } from './service-center.ts';

const GridStaffRef = builder
  .objectRef<{ gridId: string; staff: GridStaff }>('GridStaff')
  .implement({
    description: 'One of a grid’s staff (一格一长一警一专多兼).',
    fields: (t) => ({
      id: t.id({
        description: 'Send it back in `staff` to keep this person (and their phone) on an update.',
        resolve: ({ gridId, staff }) => encodeGlobalID('GridStaff', `${gridId}/${staff.id}`),
      }),
      role: t.field({ type: StaffRoleEnum, resolve: ({ staff }) => staff.role }),
      roleLabel: t.string({ resolve: ({ staff }) => STAFF_ROLE_LABELS[staff.role] }),
      name: t.string({ resolve: ({ staff }) => staff.name }),
      phone: t.string({
        nullable: true,
        description:
          'Masked (138****5678): personal information; revealPersonalInformation(field: GRID_STAFF_PHONE) shows it to administrators.',
        resolve: ({ staff }) => (staff.phone ? maskPersonalNumber(staff.phone) : null),
      }),
      partyMember: t.boolean({ resolve: ({ staff }) => staff.partyMember }),
    }),
  });

const complete = (grid: Grid) =>
  (['HEAD', 'POLICE', 'SPECIALIST', 'PART_TIME'] as const).every((role) =>
    grid.staff.some((s) => s.role === role),
  );

builder.node(GridRef, {
  description: 'A grid (网格) of a village or community, with its staff.',
  id: { resolve: (g) => g.id },
  // node/nodes see only what the caller may see
  loadMany: (ids, { session }) => Promise.all(ids.map((id) => getGrid(session, id))),
  isTypeOf: (value) =>
    typeof value === 'object' && value !== null && 'staff' in value && 'households' in value,
  fields: (t) => ({
    name: t.exposeString('name'),
    organization: t.field({
      type: OrganizationRef,
      description: 'The village or community the grid divides.',
      resolve: async (g, _args, { session }) => {
        const org = await getOrganization(session, g.organizationId);
        if (!org) throw new Error(`Grid ${g.id} names a missing organization.`);
        return org;
      },
    }),
    branch: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The grid branch (网格党支部) built on it.',
      resolve: (g, _args, { session }) =>
        g.branchId ? getOrganization(session, g.branchId) : null,
    }),
    households: t.exposeInt('households', { description: 'Households covered.' }),
    buildings: t.exposeInt('buildings', { description: 'Buildings covered.' }),
    boundary: t.field({
      type: [GeoPoint],
      nullable: true,
      description: 'The boundary polygon, if drawn.',
      resolve: (g) => g.boundary,
    }),
    staff: t.field({
      type: [GridStaffRef],
      resolve: (g) => g.staff.map((staff) => ({ gridId: g.id, staff })),
    }),
    staffingComplete: t.boolean({
      description:
        'Meets 一格一长一警一专多兼: at least one HEAD, POLICE, SPECIALIST and PART_TIME.',
      resolve: complete,
    }),
    members: t.field({
      type: MemberConnection,
      description: 'Members reported to this grid (双报到).',
      args: pagingArgs(t.arg),
      resolve: async (g, args, { session }) =>
        toConnection(await listMembers(session, { gridId: g.id }, args)),
    }),
    requests: t.field({
      type: RequestConnection,
      description: 'Requests raised in this grid that you may see, newest first.',
      args: pagingArgs(t.arg),
      resolve: async (g, args, { session }) =>
        toConnection(await listRequests(session, { gridId: g.id }, args)),
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (g) => g.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (g) => g.updatedAt }),
  }),
});

const GridFilter = builder.inputType('GridFilter', {
  fields: (t) => ({
    organizationId: t.id({ description: 'Grids of this village or community.' }),
    under: t.id({ description: 'Grids of this organization and everything below it.' }),
    nameContains: t.string(),
    drawn: t.boolean({
      description:
        'Grids with (true) or without (false) a drawn boundary; totalCount is then null.',
    }),
  }),
});

builder.queryFields((t) => ({
  grid: t.field({
    type: GridRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) => getGrid(session, idOf(String(id), 'Grid', 'id')),
  }),
  grids: t.field({
    type: GridConnection,
    description: 'Grids in depth-first order of their organizations.',
    args: { filter: t.arg({ type: GridFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(
        await listGrids(
          session,
          {
            organizationId: optionalIdOf(
              filter?.organizationId?.toString(),
              'Organization',
              'filter.organizationId',
            ),
            under: optionalIdOf(filter?.under?.toString(), 'Organization', 'filter.under'),
            nameContains: filter?.nameContains,
            drawn: filter?.drawn,
          },
          args,
        ),
      ),
  }),
  gridsAt: t.field({
    type: [GridRef],
    description:
      'The grids whose drawn boundary holds a point: one for a point inside a grid, none outside every drawn grid, more only where boundaries overlap. Reads the grids of `under` and below (default: all you may see).',
    args: {
      point: t.arg({ type: GeoPointInput, required: true }),
      under: t.arg.id({ description: 'Only grids of this organization and below it.' }),
    },
    resolve: (_root, { point, under }, { session }) =>
      gridsAt(session, point, optionalIdOf(under?.toString(), 'Organization', 'under')),
  }),
}));

builder.objectField(OrganizationRef, 'grids', (t) =>
  t.field({
    type: GridConnection,
    description: 'Grids this village or community divides into (subtree: true for all below it).',
    args: { subtree: t.arg.boolean({ defaultValue: false }), ...pagingArgs(t.arg) },
    resolve: async (o, { subtree, ...args }, { session }) =>
      toConnection(
        await listGrids(session, subtree ? { under: o.id } : { organizationId: o.id }, args),
      ),
  }),
);

const GridStaffInput = builder.inputType('GridStaffInput', {
  fields: (t) => ({
    id: t.id({
      description: 'The GridStaff id of someone already on the staff; absent for someone new.',
    }),
    role: t.field({ type: StaffRoleEnum, required: true }),
    name: t.string({ required: true }),
    phone: t.string({
      description: 'Mobile or landline; sending back the masked phone keeps the stored one.',
    }),
    partyMember: t.boolean({ description: 'Default false.' }),
  }),
});

const CreateGridInput = builder.inputType('CreateGridInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    organizationId: t.id({
      required: true,
      description: 'A VILLAGE_COMMITTEE or COMMUNITY_COMMITTEE.',
    }),
    branchId: t.id({ description: 'A GRID_BRANCH of that village or community.' }),
    households: t.int(),
    buildings: t.int(),
    boundary: t.field({ type: [GeoPointInput], description: '3 to 500 points.' }),
    staff: t.field({ type: [GridStaffInput], description: 'At most 30 people.' }),
  }),
});

const UpdateGridInput = builder.inputType('UpdateGridInput', {
  description:
    'Only the fields given change; null clears branchId and boundary; `staff` replaces the whole staff list. A grid stays in its village or community.',
  fields: (t) => ({
    name: t.string(),
    branchId: t.id(),
    households: t.int(),
    buildings: t.int(),
    boundary: t.field({ type: [GeoPointInput] }),
    staff: t.field({ type: [GridStaffInput] }),
  }),
});

type StaffArg = {
  id?: string | number | null;
  role: GridStaff['role'];
  name: string;
  phone?: string | null;
  partyMember?: boolean | null;
};

/** Staff as the core takes them: ids of people already on this grid's staff, decoded. */
const staffOf = (staff: StaffArg[] | null | undefined, gridId: string | null) =>
  staff?.map((s, i) => {
    if (!s.id) return { ...s, id: null };
    const [owner, staffId] = idOf(String(s.id), 'GridStaff', `staff.${i}.id`).split('/');
    if (owner !== gridId) {
      throw invalid(`staff.${i}.id`, 'Not on this grid’s staff; leave the id out to add someone.');
    }
    return { ...s, id: staffId ?? null };
  });

const gridId = (id: string | number) => idOf(String(id), 'Grid', 'id');

builder.mutationFields((t) => ({
  createGrid: t.field({
    type: GridRef,
    args: { input: t.arg({ type: CreateGridInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createGrid(session, {
        ...withoutNulls(input),
        organizationId: idOf(String(input.organizationId), 'Organization', 'organizationId'),
        branchId: optionalIdOf(input.branchId?.toString(), 'Organization', 'branchId'),
        staff: staffOf(input.staff, null),
      }),
  }),
  updateGrid: t.field({
    type: GridRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateGridInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateGrid(session, gridId(id), version, {
        ...input,
        branchId:
          input.branchId === null
            ? null
            : optionalIdOf(input.branchId?.toString(), 'Organization', 'branchId'),
        staff: staffOf(input.staff, gridId(id)),
      }),
  }),
  deleteGrid: t.field({
    type: GridRef,
    description:
      'Deletes a grid no member reports to and no request names (HAS_DEPENDENTS otherwise); returns it as it was.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, { session }) => deleteGrid(session, gridId(id), version),
  }),
}));
