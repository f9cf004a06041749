import {
  addMemberCommitment,
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_TRANSITIONS,
  type Commitment,
  createMember,
  deleteMember,
  getGrid,
  getMember,
  getOrganization,
  listMembers,
  maskPersonalNumber,
  updateMember,
  updateMemberCommitment,
} from '@grassroots/core';
import { builder } from '../builder.ts';
import { encodeGlobalID, idOf, optionalIdOf } from '../ids.ts';
import { withoutNulls } from '../inputs.ts';
import { CommitmentStatusEnum, MemberListBasisEnum } from './governance-enums.ts';
import {
  GridRef,
  MemberConnection,
  MemberRef,
  OrganizationRef,
  pagingArgs,
  toConnection,
} from './refs.ts';

const CommitmentRef = builder
  .objectRef<{ memberId: string; commitment: Commitment }>('MemberCommitment')
  .implement({
    description: 'A commitment a member makes at the grid (履责践诺), and how it stands.',
    fields: (t) => ({
      id: t.id({
        resolve: ({ memberId, commitment }) =>
          encodeGlobalID('MemberCommitment', `${memberId}/${commitment.id}`),
      }),
      text: t.string({ resolve: ({ commitment }) => commitment.text }),
      dueDate: t.field({
        type: 'Date',
        nullable: true,
        resolve: ({ commitment }) => commitment.dueDate,
      }),
      status: t.field({
        type: CommitmentStatusEnum,
        resolve: ({ commitment }) => commitment.status,
      }),
      statusLabel: t.string({
        resolve: ({ commitment }) => COMMITMENT_STATUS_LABELS[commitment.status],
      }),
      allowedNextStatuses: t.field({
        type: [CommitmentStatusEnum],
        resolve: ({ commitment }) => [...COMMITMENT_TRANSITIONS[commitment.status]],
      }),
      updatedAt: t.field({ type: 'DateTime', resolve: ({ commitment }) => commitment.updatedAt }),
    }),
  });

builder.node(MemberRef, {
  description:
    'A party member (党员) of an organization, reporting to the grid where they live (双报到) with a post (设岗定责) and commitments.',
  id: { resolve: (m) => m.id },
  // node/nodes see only what the caller may see
  loadMany: (ids, { session }) => Promise.all(ids.map((id) => getMember(session, id))),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'commitments' in value,
  fields: (t) => ({
    name: t.exposeString('name'),
    phone: t.string({
      nullable: true,
      description:
        'Masked: personal information; revealPersonalInformation(field: MEMBER_PHONE) shows it to administrators.',
      resolve: (m) => (m.phone ? maskPersonalNumber(m.phone) : null),
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'Null when it lies outside your scope (you see the member through its grid).',
      resolve: (m, _args, { session }) => getOrganization(session, m.organizationId),
    }),
    organizationName: t.string({
      resolve: async (m, _args, { session }) =>
        (await session.loaders.organizations.load(m.organizationId))?.name ?? '',
    }),
    grid: t.field({
      type: GridRef,
      nullable: true,
      description: 'The grid the member reports to; null when not reported (or out of your scope).',
      resolve: (m, _args, { session }) => (m.gridId ? getGrid(session, m.gridId) : null),
    }),
    reported: t.boolean({ resolve: (m) => m.gridId !== null }),
    reportedAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.reportedAt }),
    post: t.exposeString('post', { nullable: true, description: '岗位, e.g. 红色楼栋长.' }),
    duties: t.exposeString('duties', { nullable: true }),
    commitments: t.field({
      type: [CommitmentRef],
      resolve: (m) => m.commitments.map((commitment) => ({ memberId: m.id, commitment })),
    }),
    version: t.exposeInt('version'),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (m) => m.updatedAt }),
  }),
});

const MemberFilter = builder.inputType('MemberFilter', {
  fields: (t) => ({
    under: t.id({ description: 'The subtree (default: your scope).' }),
    basis: t.field({
      type: MemberListBasisEnum,
      description: 'Members of the subtree’s organizations (default) or reported to its grids.',
    }),
    organizationId: t.id({ description: 'Members of this organization.' }),
    gridId: t.id({ description: 'Members reported to this grid.' }),
    nameContains: t.string(),
    reported: t.boolean({
      description: 'true: reported to a grid; false: not yet (双报到 to follow up); no totalCount.',
    }),
  }),
});

builder.queryFields((t) => ({
  member: t.field({
    type: MemberRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { session }) => getMember(session, idOf(String(id), 'Member', 'id')),
  }),
  members: t.field({
    type: MemberConnection,
    args: { filter: t.arg({ type: MemberFilter }), ...pagingArgs(t.arg) },
    resolve: async (_root, { filter, ...args }, { session }) =>
      toConnection(
        await listMembers(
          session,
          {
            under: optionalIdOf(filter?.under?.toString(), 'Organization', 'filter.under'),
            basis: filter?.basis,
            organizationId: optionalIdOf(
              filter?.organizationId?.toString(),
              'Organization',
              'filter.organizationId',
            ),
            gridId: optionalIdOf(filter?.gridId?.toString(), 'Grid', 'filter.gridId'),
            nameContains: filter?.nameContains,
            reported: filter?.reported,
          },
          args,
        ),
      ),
  }),
}));

const CreateMemberInput = builder.inputType('CreateMemberInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    phone: t.string(),
    organizationId: t.id({
      required: true,
      description: 'The party organization the member belongs to.',
    }),
    gridId: t.id({ description: 'The grid the member reports to (双报到).' }),
    post: t.string({ description: '岗位 (设岗定责), e.g. 红色楼栋长.' }),
    duties: t.string(),
  }),
});

const UpdateMemberInput = builder.inputType('UpdateMemberInput', {
  description:
    'Only the fields given change; null clears phone, post and duties, and gridId: null ends the reporting. Sending back the masked phone keeps the stored one.',
  fields: (t) => ({
    name: t.string(),
    phone: t.string(),
    organizationId: t.id({
      description: 'Transfers the member (its own organization’s side only).',
    }),
    gridId: t.id(),
    post: t.string(),
    duties: t.string(),
  }),
});

const CommitmentInput = builder.inputType('MemberCommitmentInput', {
  fields: (t) => ({
    text: t.string({ required: true }),
    dueDate: t.field({ type: 'Date' }),
  }),
});

const UpdateCommitmentInput = builder.inputType('UpdateMemberCommitmentInput', {
  description: 'Only the fields given change; status only along allowedNextStatuses.',
  fields: (t) => ({
    text: t.string(),
    dueDate: t.field({ type: 'Date' }),
    status: t.field({ type: CommitmentStatusEnum }),
  }),
});

const memberId = (id: string | number, path = 'id') => idOf(String(id), 'Member', path);

builder.mutationFields((t) => ({
  createMember: t.field({
    type: MemberRef,
    args: { input: t.arg({ type: CreateMemberInput, required: true }) },
    resolve: (_root, { input }, { session }) =>
      createMember(session, {
        ...withoutNulls(input),
        organizationId: idOf(String(input.organizationId), 'Organization', 'organizationId'),
        gridId: optionalIdOf(input.gridId?.toString(), 'Grid', 'gridId'),
      }),
  }),
  updateMember: t.field({
    type: MemberRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: UpdateMemberInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) =>
      updateMember(session, memberId(id), version, {
        ...input,
        organizationId: optionalIdOf(
          input.organizationId?.toString(),
          'Organization',
          'organizationId',
        ),
        gridId:
          input.gridId === null ? null : optionalIdOf(input.gridId?.toString(), 'Grid', 'gridId'),
      }),
  }),
  deleteMember: t.field({
    type: MemberRef,
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, { session }) => deleteMember(session, memberId(id), version),
  }),
  addMemberCommitment: t.field({
    type: MemberRef,
    args: {
      memberId: t.arg.id({ required: true }),
      version: t.arg.int({ required: true, description: 'The member’s version.' }),
      input: t.arg({ type: CommitmentInput, required: true }),
    },
    resolve: (_root, args, { session }) =>
      addMemberCommitment(
        session,
        memberId(args.memberId, 'memberId'),
        args.version,
        withoutNulls(args.input),
      ),
  }),
  updateMemberCommitment: t.field({
    type: MemberRef,
    args: {
      id: t.arg.id({ required: true, description: 'The MemberCommitment id.' }),
      version: t.arg.int({ required: true, description: 'The member’s version.' }),
      input: t.arg({ type: UpdateCommitmentInput, required: true }),
    },
    resolve: (_root, { id, version, input }, { session }) => {
      const [member, commitment] = idOf(String(id), 'MemberCommitment', 'id').split('/');
      return updateMemberCommitment(
        session,
        member as string,
        version,
        commitment as string,
        input,
      );
    },
  }),
}));
