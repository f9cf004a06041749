import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import {
  changedInput,
  createInput,
  definedOnly,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface ProjectNode {
  id: string;
  leadOrganization: { id: string; name: string } | null;
  partners: { id: string; name: string }[] | null;
  servedOrganizations: { id: string; name: string }[] | null;
  [field: string]: unknown;
}

const EDITABLE = [
  'title',
  'kind',
  'status',
  'leadOrganizationId',
  'servedOrganizationIds',
  'funds',
  'startDate',
  'dueDate',
  'responsibleLeader',
  'commitment',
  'description',
  'beneficiaryHouseholds',
  'evaluation',
  'evaluationComment',
] as const;

export const projects: ResourceDefinition<ProjectNode> = {
  typename: 'Project',
  fragment: `fragment ProjectFields on Project {
  id title kind status funds startDate dueDate responsibleLeader commitment description
  beneficiaryHouseholds overdue allowedNextStatuses version createdAt updatedAt
  evaluation evaluationComment evaluatedAt
  leadOrganization { id name } partners { id name } servedOrganizations { id name }
  parties { lead { id name inScope } partners { id name inScope } served { id name inScope } }
}`,
  listField: 'projects',
  filterType: 'ProjectFilter',
  toFilter: ({ q, kind, status, leadOrganizationId, partnerOrganizationId, under }) =>
    definedOnly({
      titleContains: q,
      kind,
      status,
      leadOrganizationId,
      partnerOrganizationId,
      under,
    }),
  toRecord: (node) => ({
    ...node,
    leadOrganizationId: node.leadOrganization?.id ?? null,
    partnerIds: (node.partners ?? []).map((o) => o.id),
    servedOrganizationIds: (node.servedOrganizations ?? []).map((o) => o.id),
  }),
  create: (request, data) =>
    mutate(request, projects, 'createProject', {
      input: ['CreateProjectInput!', createInput(data, [...EDITABLE, 'partnerIds'], ['title'])],
    }),
  update: async (request, id, data, previous) => {
    const input = changedInput(data, previous, EDITABLE);
    let record = previous;
    if (Object.keys(input).length > 0) {
      record = await mutate(request, projects, 'updateProject', {
        id: ['ID!', id],
        version: ['Int!', previous.version],
        input: ['UpdateProjectInput!', input],
      });
    }
    // Partners have their own mutations; each one bumps the version the next one must send.
    if (Array.isArray(data.partnerIds)) {
      const wanted = data.partnerIds as string[];
      const had = (previous.partnerIds as string[] | undefined) ?? [];
      for (const organizationId of had.filter((p) => !wanted.includes(p))) {
        record = await partner(request, 'removeProjectPartner', record, organizationId);
      }
      for (const organizationId of wanted.filter((p) => !had.includes(p))) {
        record = await partner(request, 'addProjectPartner', record, organizationId);
      }
    }
    return record === previous ? { ...previous } : record;
  },
  delete: (request, id, version) =>
    mutate(request, projects, 'deleteProject', { id: ['ID!', id], version: ['Int!', version] }),
};

const partner = (
  request: GraphQLRequest,
  field: 'addProjectPartner' | 'removeProjectPartner',
  record: RaRecord,
  organizationId: string,
) =>
  mutate(
    request,
    projects,
    field,
    {
      id: ['ID!', record.id],
      version: ['Int!', record.version],
      organizationId: ['ID!', organizationId],
    },
    // the API names the partner 'partnerId' in its errors, the argument 'organizationId'
    { organizationId: 'partnerIds', partnerId: 'partnerIds' },
  );
