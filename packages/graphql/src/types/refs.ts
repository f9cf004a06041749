import type {
  CenterWithDistance,
  Grid,
  Member,
  Organization,
  Page,
  Project,
  ProjectNote,
  Request,
  ServiceCenter,
} from '@grassroots/core';
import type { ArgBuilder } from '@pothos/core';
import { builder } from '../builder.ts';

/** Object refs, declared apart from their fields so the type modules can refer to each other. */
export const OrganizationRef = builder.objectRef<Organization>('Organization');
export const ServiceCenterRef = builder.objectRef<ServiceCenter>('ServiceCenter');
export const ProjectRef = builder.objectRef<Project>('Project');
export const ProjectNoteRef = builder.objectRef<ProjectNote>('ProjectNote');

export const OrganizationConnection = builder.connectionObject({
  type: OrganizationRef,
  name: 'OrganizationConnection',
});
export const ProjectConnection = builder.connectionObject({
  type: ProjectRef,
  name: 'ProjectConnection',
});
export const ProjectNoteConnection = builder.connectionObject({
  type: ProjectNoteRef,
  name: 'ProjectNoteConnection',
});

const ServiceCenterEdge = builder.edgeObject({
  type: ServiceCenterRef,
  name: 'ServiceCenterEdge',
  fields: (t) => ({
    distanceMeters: t.float({
      nullable: true,
      description: 'Distance from the point of a `near` filter, in meters; null without one.',
      resolve: (edge) => (edge as { distanceMeters?: number | null }).distanceMeters ?? null,
    }),
  }),
});
export const ServiceCenterConnection = builder.connectionObject(
  { type: ServiceCenterRef, name: 'ServiceCenterConnection' },
  ServiceCenterEdge,
);

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Paging arguments shared by every list: forward paging only, at most 100 a page. */
export const pagingArgs = (arg: ArgBuilder<Types>) => ({
  first: arg.int({ description: 'Records per page, 0 to 100 (default 20).' }),
  after: arg.string({
    description: 'The `endCursor` of the page before; absent for the first page.',
  }),
});

/** A core page as a Relay connection. */
export function toConnection<T>(page: Page<T> & { totalCount?: () => Promise<number | null> }) {
  return {
    edges: page.items.map((node, i) => ({ cursor: page.cursors[i] as string, node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount ?? (async () => null),
  };
}

/** Centers with their distance on the edge. */
export function centerConnection(
  page: Page<CenterWithDistance> & { totalCount: () => Promise<number | null> },
) {
  const connection = toConnection({ ...page, items: page.items.map((c) => c.center) });
  return {
    ...connection,
    edges: connection.edges.map((edge, i) => ({
      ...edge,
      distanceMeters: page.items[i]?.distanceMeters ?? null,
    })),
  };
}

export const GridRef = builder.objectRef<Grid>('Grid');
export const MemberRef = builder.objectRef<Member>('Member');
export const RequestRef = builder.objectRef<Request>('Request');

export const GridConnection = builder.connectionObject({ type: GridRef, name: 'GridConnection' });
export const MemberConnection = builder.connectionObject({
  type: MemberRef,
  name: 'MemberConnection',
});
export const RequestConnection = builder.connectionObject({
  type: RequestRef,
  name: 'RequestConnection',
});
