/**
 * The single source of truth for every DynamoDB table: logical name, key attributes and
 * global secondary indexes. Local table creation, the tests and `infra/` all read this;
 * nothing else repeats a key or index name.
 *
 * The shape follows SST's `sst.aws.Dynamo` arguments (fields / primaryIndex / globalIndexes)
 * so infra can pass it through unchanged.
 */
export type KeyType = 'string' | 'number';

export interface IndexDefinition {
  hashKey: string;
  rangeKey?: string;
  /** The attributes an index holds besides the keys (SST's `projection`); absent: all. */
  projection?: readonly string[];
}

export interface TableDefinition {
  /** Logical name; SST links it as `Resource.<name>` and local stacks prefix it. */
  name: string;
  /** Only key attributes (of the table and its indexes) are declared, as DynamoDB requires. */
  fields: Record<string, KeyType>;
  primaryIndex: IndexDefinition;
  globalIndexes: Record<string, IndexDefinition>;
  /** Attribute holding an expiry time (epoch seconds) after which DynamoDB deletes the item. */
  ttl?: string;
}

/** What the request lists filter on (requests/read.ts): the newest-first indexes hold it. */
const LISTED = ['originPath', 'status', 'openTree', 'source', 'category', 'deadline'];

/** What the public board filters on (requests/public.ts): the subtree, below a village. */
const ORIGIN = ['originPath'];

/** Partition value shared by every item of a table's whole-tree index (see `byPath`). */
export const TREE = 'tree';

export const tables = {
  organizations: {
    name: 'Organizations',
    fields: {
      id: 'string',
      parentId: 'string',
      name: 'string',
      tree: 'string',
      path: 'string',
      type: 'string',
      divisionCode: 'string',
    },
    primaryIndex: { hashKey: 'id' },
    globalIndexes: {
      // children of one organization, in name order
      byParent: { hashKey: 'parentId', rangeKey: 'name' },
      // any subtree: begins_with(path, ancestor.path), depth-first order
      byPath: { hashKey: 'tree', rangeKey: 'path' },
      byType: { hashKey: 'type', rangeKey: 'path' },
      byDivision: { hashKey: 'divisionCode', rangeKey: 'path' },
    },
  },
  serviceCenters: {
    name: 'ServiceCenters',
    fields: {
      id: 'string',
      organizationId: 'string',
      name: 'string',
      tree: 'string',
      orgPath: 'string',
      kind: 'string',
      status: 'string',
      cell: 'string',
      geohash: 'string',
    },
    primaryIndex: { hashKey: 'id' },
    globalIndexes: {
      byOrganization: { hashKey: 'organizationId', rangeKey: 'name' },
      byPath: { hashKey: 'tree', rangeKey: 'orgPath' },
      byKind: { hashKey: 'kind', rangeKey: 'orgPath' },
      byStatus: { hashKey: 'status', rangeKey: 'orgPath' },
      // geohash cell of precision 3 (~156 km), sorted by the full geohash for prefix queries
      byCell: { hashKey: 'cell', rangeKey: 'geohash' },
    },
  },
  projects: {
    name: 'Projects',
    // item collection per project: the project itself, one item per partner, one per note
    fields: {
      id: 'string',
      sk: 'string',
      leadOrganizationId: 'string',
      createdAt: 'string',
      tree: 'string',
      leadPath: 'string',
      kind: 'string',
      status: 'string',
      partnerId: 'string',
      partnerPath: 'string',
    },
    primaryIndex: { hashKey: 'id', rangeKey: 'sk' },
    globalIndexes: {
      byLead: { hashKey: 'leadOrganizationId', rangeKey: 'createdAt' },
      byPath: { hashKey: 'tree', rangeKey: 'leadPath' },
      byKind: { hashKey: 'kind', rangeKey: 'leadPath' },
      byStatus: { hashKey: 'status', rangeKey: 'leadPath' },
      // inverted index over partner items: the projects an organization partners in
      byPartner: { hashKey: 'partnerId', rangeKey: 'id' },
      // the same items by the partner's path: the projects a subtree takes part in
      byPartnerPath: { hashKey: 'tree', rangeKey: 'partnerPath' },
    },
  },
  grids: {
    name: 'Grids',
    fields: {
      id: 'string',
      organizationId: 'string',
      name: 'string',
      tree: 'string',
      organizationPath: 'string',
      drawnTree: 'string',
    },
    primaryIndex: { hashKey: 'id' },
    globalIndexes: {
      // the grids of one village or community, in name order
      byOrganization: { hashKey: 'organizationId', rangeKey: 'name' },
      byPath: { hashKey: 'tree', rangeKey: 'organizationPath' },
      // grids with a boundary, holding only its box: a point lookup filters here, then reads
      // the few whose box holds the point
      drawnByPath: { hashKey: 'drawnTree', rangeKey: 'organizationPath', projection: ['bounds'] },
    },
  },
  members: {
    name: 'Members',
    fields: {
      id: 'string',
      organizationId: 'string',
      gridId: 'string',
      name: 'string',
      tree: 'string',
      organizationPath: 'string',
      gridPath: 'string',
    },
    primaryIndex: { hashKey: 'id' },
    globalIndexes: {
      byOrganization: { hashKey: 'organizationId', rangeKey: 'name' },
      // members of the organizations of a subtree
      byPath: { hashKey: 'tree', rangeKey: 'organizationPath' },
      // members reported to one grid (gridId is absent until a member reports: sparse)
      byGrid: { hashKey: 'gridId', rangeKey: 'name' },
      // members reported to the grids of a subtree (gridPath: the grid's organization path)
      byGridPath: { hashKey: 'tree', rangeKey: 'gridPath' },
    },
  },
  requests: {
    name: 'Requests',
    // item collection per request: the request itself and one item per timeline event
    fields: {
      id: 'string',
      sk: 'string',
      tree: 'string',
      originOrder: 'string',
      handlingOrganizationId: 'string',
      gridId: 'string',
      createdAt: 'string',
      openTree: 'string',
      publicTree: 'string',
      under1: 'string',
      under2: 'string',
      under3: 'string',
      openUnder1: 'string',
      openUnder2: 'string',
      openUnder3: 'string',
      publicUnder1: 'string',
      publicUnder2: 'string',
      publicUnder3: 'string',
    },
    primaryIndex: { hashKey: 'id', rangeKey: 'sk' },
    globalIndexes: {
      // requests that arose in a subtree, by their origin's path and, within one origin,
      // newest first (requests/order.ts): who may read them, and the path a move rewrites
      byPath: { hashKey: 'tree', rangeKey: 'originOrder' },
      // one level's inbox, newest first
      byHandler: { hashKey: 'handlingOrganizationId', rangeKey: 'createdAt' },
      byGrid: { hashKey: 'gridId', rangeKey: 'createdAt' },
      // newest first across the whole stack, and across the subtree of the organization at
      // depth 1 to 3 on the origin's path (under<d>). The open twins are sparse: only requests
      // not yet resolved carry openTree and openUnder<d>. They hold what the list filters
      // read; a list loads the page's requests by id, so a step (which rewrites the request)
      // changes only the status here.
      newest: { hashKey: 'tree', rangeKey: 'createdAt', projection: LISTED },
      newestOpen: { hashKey: 'openTree', rangeKey: 'createdAt', projection: LISTED },
      newestUnder1: { hashKey: 'under1', rangeKey: 'createdAt', projection: LISTED },
      newestUnder2: { hashKey: 'under2', rangeKey: 'createdAt', projection: LISTED },
      newestUnder3: { hashKey: 'under3', rangeKey: 'createdAt', projection: LISTED },
      newestOpenUnder1: { hashKey: 'openUnder1', rangeKey: 'createdAt', projection: LISTED },
      newestOpenUnder2: { hashKey: 'openUnder2', rangeKey: 'createdAt', projection: LISTED },
      newestOpenUnder3: { hashKey: 'openUnder3', rangeKey: 'createdAt', projection: LISTED },
      // the public board's twins, sparse: only disclosed requests carry publicTree and
      // publicUnder<d>. Only the origin's path (for a subtree below a village), so no step
      // of a disclosed request writes to them.
      newestPublic: { hashKey: 'publicTree', rangeKey: 'createdAt', projection: ORIGIN },
      newestPublicUnder1: { hashKey: 'publicUnder1', rangeKey: 'createdAt', projection: ORIGIN },
      newestPublicUnder2: { hashKey: 'publicUnder2', rangeKey: 'createdAt', projection: ORIGIN },
      newestPublicUnder3: { hashKey: 'publicUnder3', rangeKey: 'createdAt', projection: ORIGIN },
    },
  },
  rollups: {
    name: 'Rollups',
    // one item per organization (plus ALL for the whole table) holding subtree counters
    fields: { orgId: 'string' },
    primaryIndex: { hashKey: 'orgId' },
    globalIndexes: {},
  },
  accounts: {
    name: 'Accounts',
    // accounts by id, plus one `login#<name>` claim item per login name (unique, read consistently)
    fields: { id: 'string', tree: 'string', scopePath: 'string' },
    primaryIndex: { hashKey: 'id' },
    globalIndexes: {
      // the accounts scoped inside a subtree, for the admins who manage them
      byScope: { hashKey: 'tree', rangeKey: 'scopePath' },
    },
  },
  audit: {
    name: 'Audit',
    // every entry is filed under each organization on the record's path and under ALL, so an
    // admin reads the entries of exactly their subtree, newest first, by key
    fields: { scope: 'string', id: 'string', recordScope: 'string', actorScope: 'string' },
    primaryIndex: { hashKey: 'scope', rangeKey: 'id' },
    globalIndexes: {
      byRecord: { hashKey: 'recordScope', rangeKey: 'id' },
      byActor: { hashKey: 'actorScope', rangeKey: 'id' },
    },
    ttl: 'expiresAt',
  },
} as const satisfies Record<string, TableDefinition>;

export type TableKey = keyof typeof tables;
export type TableNames = Record<TableKey, string>;

/** Physical names for a local or test stack: the logical names behind a prefix. */
export const prefixedTableNames = (prefix: string): TableNames =>
  Object.fromEntries(
    Object.entries(tables).map(([key, def]) => [key, `${prefix}${def.name}`]),
  ) as TableNames;
