import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import {
  changedInput,
  createInput,
  definedOnly,
  type Filter,
  flag,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface MemberNode {
  id: string;
  organization: { id: string; name: string } | null;
  grid: { id: string; name: string } | null;
  [field: string]: unknown;
}

const EDITABLE = ['name', 'phone', 'organizationId', 'gridId', 'post', 'duties'] as const;

/** 党员报到: party members, the grid each reports to (双报到), posts and commitments. */
export const members: ResourceDefinition<MemberNode> = {
  typename: 'Member',
  fragment: `fragment MemberFields on Member {
  id name phone post duties reported reportedAt version createdAt updatedAt
  organizationName organization { id name } grid { id name }
  commitments { id text dueDate status allowedNextStatuses updatedAt }
}`,
  listField: 'members',
  filterType: 'MemberFilter',
  // `basis` picks the side a subtree is read from: its organizations' members (reported or
  // not) or the members reported to its grids
  toFilter: ({ q, organizationId, gridId, under, basis, reported }: Filter) =>
    definedOnly({
      nameContains: q,
      organizationId,
      gridId,
      under,
      basis,
      reported: flag(reported),
    }),
  toRecord: (node) => ({
    ...node,
    // null when the member is seen only through its grid: its organization lies outside
    organizationId: node.organization?.id ?? null,
    gridId: node.grid?.id ?? null,
  }),
  create: (request, data) =>
    mutate(request, members, 'createMember', {
      input: ['CreateMemberInput!', createInput(data, EDITABLE, ['name', 'organizationId'])],
    }),
  update: (request, id, data, previous) =>
    mutate(request, members, 'updateMember', {
      id: ['ID!', id],
      version: ['Int!', previous.version],
      input: [
        'UpdateMemberInput!',
        // a member seen through its grid has no organization to send back: leave it alone
        changedInput(
          data,
          previous,
          previous.organizationId ? EDITABLE : EDITABLE.filter((k) => k !== 'organizationId'),
        ),
      ],
    }),
  delete: (request, id, version) =>
    mutate(request, members, 'deleteMember', { id: ['ID!', id], version: ['Int!', version] }),
};

/** A commitment (履责践诺) the member makes; it starts PLEDGED. */
export const addMemberCommitment = (
  request: GraphQLRequest,
  memberId: string,
  version: number,
  commitment: { text: string; dueDate?: string | null },
): Promise<RaRecord> =>
  mutate(request, members, 'addMemberCommitment', {
    memberId: ['ID!', memberId],
    version: ['Int!', version],
    input: ['MemberCommitmentInput!', createInput(commitment, ['text', 'dueDate'], ['text'])],
  });

/** Moves a commitment along its allowedNextStatuses (or changes its text or due date). */
export const updateMemberCommitment = (
  request: GraphQLRequest,
  commitmentId: string,
  version: number,
  input: { status?: string; text?: string; dueDate?: string | null },
): Promise<RaRecord> =>
  mutate(request, members, 'updateMemberCommitment', {
    id: ['ID!', commitmentId],
    version: ['Int!', version],
    input: ['UpdateMemberCommitmentInput!', input],
  });
