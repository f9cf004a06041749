import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import type { Connection } from './paging.ts';
import { pointInput } from './points.ts';
import {
  changedInput,
  createInput,
  definedOnly,
  type Filter,
  flag,
  mutate,
  type ResourceDefinition,
} from './resource.ts';

interface RequestNode {
  id: string;
  handlingOrganization: { id: string; name: string } | null;
  originOrganization: { id: string; name: string } | null;
  grid: { id: string; name: string } | null;
  timeline?: Connection<Record<string, unknown>>;
  [field: string]: unknown;
}

const EDITABLE = [
  'title',
  'category',
  'description',
  'source',
  'gridId',
  'address',
  'location',
  'resident',
  'responsibleLeader',
  'department',
  'deadline',
  'disclosed',
] as const;

// A resident without a name is no resident: the form's empty sub-fields mean "none".
type ResidentForm = { name?: string | null; phone?: string | null } | null;
const residentInput = (resident: ResidentForm) => {
  const name = resident?.name?.trim();
  return name ? { name, phone: resident?.phone?.trim() || null } : null;
};

const normalize = (data: Filter): Filter => ({
  ...data,
  ...('resident' in data ? { resident: residentInput(data.resident as ResidentForm) } : {}),
  ...('location' in data ? { location: pointInput(data.location) } : {}),
});

/** What a step of a request's lifecycle says (RequestTransitionInput). */
export interface Transition {
  to: string;
  note?: string | null;
  reason?: string | null;
  /** The organization below the level holding it that it is handed to (ASSIGNED). */
  toOrganizationId?: string | null;
  evaluation?: string | null;
  evaluationComment?: string | null;
}

/**
 * 民情诉求: residents' requests, where they arose and the level holding them, with the
 * steps the status allows (`allowedTransitions`) and whether the caller may take them
 * (`viewerCanAct`). The show page reads the timeline too: a request takes a handful of
 * steps, far below the API's page of 100.
 */
export const requests: ResourceDefinition<RequestNode> = {
  typename: 'Request',
  fragment: `fragment RequestFields on Request {
  id title category description source status overdue deadline disclosed escalations
  address location { lat lng } responsibleLeader department receivedAt resolvedAt closedAt
  evaluation evaluationComment allowedTransitions viewerCanAct version createdAt updatedAt
  handlingOrganizationName originOrganizationName
  handlingOrganization { id name } originOrganization { id name } grid { id name }
  resident { name phone }
}`,
  detail: `timeline(first: 100) { edges { node {
    id at actor from to organizationName toOrganizationName note reason evaluation
  } } }`,
  listField: 'requests',
  filterType: 'RequestFilter',
  toFilter: ({
    status,
    source,
    category,
    handlingOrganizationId,
    under,
    gridId,
    overdue,
    open,
  }: Filter) =>
    definedOnly({
      status,
      source,
      category,
      handlingOrganizationId,
      under,
      gridId,
      // the API has "overdue only"; a switched-off filter is no filter
      overdue: flag(overdue) || undefined,
      open: flag(open),
    }),
  toRecord: ({ timeline, ...node }) => ({
    ...node,
    organizationId: node.originOrganization?.id ?? null,
    handlingOrganizationId: node.handlingOrganization?.id ?? null,
    gridId: node.grid?.id ?? null,
    ...(timeline ? { timeline: timeline.edges.map((e) => e.node) } : {}),
  }),
  create: (request, data) =>
    mutate(request, requests, 'createRequest', {
      input: [
        'CreateRequestInput!',
        createInput(
          normalize(data),
          [...EDITABLE, 'organizationId'],
          ['organizationId', 'title', 'category', 'description', 'source'],
        ),
      ],
    }),
  update: (request, id, data, previous) =>
    mutate(request, requests, 'updateRequest', {
      id: ['ID!', id],
      version: ['Int!', previous.version],
      input: ['UpdateRequestInput!', changedInput(normalize(data), normalize(previous), EDITABLE)],
    }),
  delete: (request, id, version) =>
    mutate(request, requests, 'deleteRequest', { id: ['ID!', id], version: ['Int!', version] }),
};

/**
 * Moves a request one step (one of its allowedTransitions), with the version read. A step
 * its status does not allow answers BAD_USER_INPUT naming the allowed ones; someone who
 * acted first, CONFLICT. Blank notes are left out.
 */
export const transitionRequest = (
  request: GraphQLRequest,
  id: string,
  version: number,
  step: Transition,
): Promise<RaRecord> =>
  mutate(request, requests, 'transitionRequest', {
    id: ['ID!', id],
    version: ['Int!', version],
    input: [
      'RequestTransitionInput!',
      createInput(
        step as unknown as Filter,
        ['to', 'note', 'reason', 'toOrganizationId', 'evaluation', 'evaluationComment'],
        ['to'],
      ),
    ],
  });
