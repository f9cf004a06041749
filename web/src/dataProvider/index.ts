import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from 'ra-core';
import { ACCOUNTS, AUDIT_LOG } from '../auth/access.ts';
import { accounts, issueServiceToken, setAccountPassword } from './accounts.ts';
import { auditLog } from './audit.ts';
import { type ClientOptions, createClient } from './client.ts';
import { notFoundError } from './errors.ts';
import { grids, gridsAt } from './grids.ts';
import { addMemberCommitment, members, updateMemberCommitment } from './members.ts';
import { addNote, noteConnection, removeNote, toNote } from './notes.ts';
import { moveOrganization, organizations } from './organizations.ts';
import { CursorPager, type Edge, type FetchConnection } from './paging.ts';
import { changeOwnPassword } from './password.ts';
import { type PersonalField, revealPersonalInformation, revealSecretaryPhone } from './personal.ts';
import type { PointNode } from './points.ts';
import { projects } from './projects.ts';
import { requests, type Transition, transitionRequest } from './requests.ts';
import { type Filter, fragmentName, listConnection, type ResourceDefinition } from './resource.ts';
import { serviceCenters } from './serviceCenters.ts';
import { getStats, type SubtreeStats } from './stats.ts';

export type { PersonalField, SubtreeStats, Transition };

// biome-ignore lint/suspicious/noExplicitAny: each definition has its own node type
const RESOURCES: Record<string, ResourceDefinition<any>> = {
  organizations,
  serviceCenters,
  projects,
  grids,
  members,
  requests,
  [ACCOUNTS]: accounts,
  [AUDIT_LOG]: auditLog,
};

/** The notes of a project: a resource of its own for react-admin, read through the project. */
export const NOTES = 'projectNotes';

/** react-admin's methods plus the operations that are not CRUD. */
export interface GrassrootsDataProvider extends DataProvider {
  moveOrganization(id: Identifier, version: number, newParentId: Identifier): Promise<RaRecord>;
  getStats(organizationId: Identifier | null): Promise<SubtreeStats>;
  /** The grids whose drawn boundary holds the point, under an organization (else all one may see). */
  gridsAt(point: PointNode, under: Identifier | null): Promise<{ id: string; name: string }[]>;
  /** The secretary's phone in clear (admins only; the API writes the reveal to the audit trail). */
  revealSecretaryPhone(organizationId: Identifier): Promise<string | null>;
  /** Any masked field in clear, by the record holding it (admins only; audited). */
  revealPersonalInformation(field: PersonalField, id: Identifier): Promise<string | null>;
  /** One step of a request's lifecycle; the request as it is then. */
  transitionRequest(id: Identifier, version: number, step: Transition): Promise<RaRecord>;
  /** A member's new commitment (履责践诺); the member as it is then. */
  addMemberCommitment(
    memberId: Identifier,
    version: number,
    commitment: { text: string; dueDate?: string | null },
  ): Promise<RaRecord>;
  /** A commitment moved along its allowed statuses; `version` is the member's. */
  updateMemberCommitment(
    commitmentId: Identifier,
    version: number,
    input: { status?: string; text?: string; dueDate?: string | null },
  ): Promise<RaRecord>;
  setAccountPassword(id: Identifier, version: number, password: string): Promise<RaRecord>;
  /** A SERVICE account's new token, shown once: the API keeps no copy. */
  issueServiceToken(id: Identifier, days: number): Promise<string>;
  /** Ends every session of the account, this one too: log in again with the new password. */
  changeOwnPassword(oldPassword: string, newPassword: string): Promise<void>;
}

const definitionOf = (resource: string) => {
  const definition = RESOURCES[resource];
  if (!definition) throw new Error(`Unknown resource ${resource}`);
  return definition;
};

/** The resource's create/update/delete; the audit trail has none. */
const writer = <K extends 'create' | 'update' | 'delete'>(resource: string, method: K) => {
  const write = definitionOf(resource)[method];
  if (!write) throw new Error(`${resource} is read-only.`);
  return write;
};

/**
 * The data provider for this project's Relay schema: Relay global ids are react-admin ids,
 * page numbers become cursors (see CursorPager), sorting is the API's own order, and
 * failures are HttpErrors whose body keeps the API's code, text and field errors.
 */
export function createDataProvider(options: ClientOptions): GrassrootsDataProvider {
  const request = createClient(options);
  const pager = new CursorPager();

  async function getOne(resource: string, id: Identifier, detail = true): Promise<RaRecord> {
    const definition = definitionOf(resource);
    let node: { id?: string } | null | undefined;
    if (definition.find) {
      [node] = await definition.find(request, [String(id)]);
    } else {
      const extra = detail && definition.detail ? definition.detail : '';
      const data = await request<{ node: Record<string, unknown> | null }>(
        `query One($id: ID!) { node(id: $id) { ... on ${definition.typename} { ...${fragmentName(definition.typename)} ${extra} } } }\n${definition.fragment}`,
        { id },
      );
      node = data.node;
    }
    // a node of another type comes back as an empty object
    if (!node?.id) throw notFoundError(`${resource} ${id} does not exist.`);
    return definition.toRecord(node as { id: string });
  }

  async function getMany(resource: string, ids: Identifier[]): Promise<RaRecord[]> {
    if (ids.length === 0) return [];
    const definition = definitionOf(resource);
    if (definition.find) {
      const found = await definition.find(request, ids.map(String));
      return found.map((node) => definition.toRecord(node));
    }
    const data = await request<{ nodes: (Record<string, unknown> | null)[] }>(
      `query Many($ids: [ID!]!) { nodes(ids: $ids) { ... on ${definition.typename} { ...${fragmentName(definition.typename)} } } }\n${definition.fragment}`,
      { ids },
    );
    return data.nodes
      .filter((node): node is { id: string } => Boolean(node?.id))
      .map((node) => definition.toRecord(node));
  }

  async function list(
    resource: string,
    filter: Filter,
    { page, perPage }: { page: number; perPage: number },
  ): Promise<GetListResult> {
    let fetch: FetchConnection<{ id: string }>;
    let toRecord: (node: { id: string }, edge: Omit<Edge<{ id: string }>, 'node'>) => RaRecord;
    if (resource === NOTES) {
      const projectId = String(filter.projectId ?? '');
      fetch = noteConnection(request, projectId) as FetchConnection<{ id: string }>;
      toRecord = (node) => toNote(projectId, node as Parameters<typeof toNote>[1]);
    } else {
      const definition = definitionOf(resource);
      fetch = listConnection(request, definition, filter);
      toRecord = (node, edge) => definition.toRecord(node, edge);
    }
    const key = `${resource}|${perPage}|${JSON.stringify(filter)}`;
    const result = await pager.page(key, page, perPage, fetch);
    const data = result.edges.map(({ node, ...edge }) => toRecord(node, edge));
    if (result.total !== null) return { data, total: result.total };
    // uncounted, but on the last page the total is known: react-admin then says "1-3 of 3"
    // rather than "1-25" for three rows
    if (!result.hasNextPage) return { data, total: (page - 1) * perPage + data.length };
    return { data, pageInfo: { hasNextPage: true, hasPreviousPage: page > 1 } };
  }

  async function remove(resource: string, id: Identifier, previous?: RaRecord) {
    if (resource === NOTES) return removeNote(request, previous ?? { id });
    const version = previous?.version ?? (await getOne(resource, id, false)).version;
    return writer(resource, 'delete')(request, String(id), version);
  }

  // react-admin's methods are generic in the record type, which only the caller knows; the
  // records are built from the schema's fragments, hence the one cast at the end.
  const provider = {
    getList: (resource: string, { pagination, filter }: GetListParams) =>
      list(resource, filter ?? {}, pagination ?? { page: 1, perPage: 25 }),
    getOne: async (resource: string, { id }: GetOneParams) => ({
      data: await getOne(resource, id),
    }),
    getMany: async (resource: string, { ids }: GetManyParams) => ({
      data: await getMany(resource, ids),
    }),
    getManyReference: (
      resource: string,
      { target, id, filter, pagination }: GetManyReferenceParams,
    ) => list(resource, { ...filter, [target]: id }, pagination),
    create: async (resource: string, { data }: CreateParams) => {
      if (resource === NOTES) {
        return { data: await addNote(request, String(data.projectId), String(data.text ?? '')) };
      }
      return { data: await writer(resource, 'create')(request, data) };
    },
    update: async (resource: string, { id, data, previousData }: UpdateParams) => {
      const previous = previousData?.version ? previousData : await getOne(resource, id, false);
      return { data: await writer(resource, 'update')(request, String(id), data, previous) };
    },
    // Every record has its own version, so a bulk change is one checked update per record.
    updateMany: async (resource: string, { ids, data }: UpdateManyParams) => {
      const records = await getMany(resource, ids);
      const updated: Identifier[] = [];
      for (const record of records) {
        await writer(resource, 'update')(request, String(record.id), data, record);
        updated.push(record.id);
      }
      return { data: updated };
    },
    delete: async (resource: string, { id, previousData }: DeleteParams) => ({
      data: await remove(resource, id, previousData),
    }),
    deleteMany: async (resource: string, { ids }: DeleteManyParams) => {
      const deleted: Identifier[] = [];
      for (const id of ids) {
        await remove(resource, id);
        deleted.push(id);
      }
      return { data: deleted };
    },
    moveOrganization: (id: Identifier, version: number, newParentId: Identifier) =>
      moveOrganization(request, String(id), version, String(newParentId)),
    getStats: (organizationId: Identifier | null) =>
      getStats(request, organizationId === null ? null : String(organizationId)),
    gridsAt: (point: PointNode, under: Identifier | null) =>
      gridsAt(request, point, under === null ? null : String(under)),
    revealSecretaryPhone: (organizationId: Identifier) =>
      revealSecretaryPhone(request, String(organizationId)),
    revealPersonalInformation: (field: PersonalField, id: Identifier) =>
      revealPersonalInformation(request, field, String(id)),
    transitionRequest: (id: Identifier, version: number, step: Transition) =>
      transitionRequest(request, String(id), version, step),
    addMemberCommitment: (
      memberId: Identifier,
      version: number,
      commitment: { text: string; dueDate?: string | null },
    ) => addMemberCommitment(request, String(memberId), version, commitment),
    updateMemberCommitment: (
      commitmentId: Identifier,
      version: number,
      input: { status?: string; text?: string; dueDate?: string | null },
    ) => updateMemberCommitment(request, String(commitmentId), version, input),
    setAccountPassword: (id: Identifier, version: number, password: string) =>
      setAccountPassword(request, String(id), version, password),
    issueServiceToken: (id: Identifier, days: number) =>
      issueServiceToken(request, String(id), days),
    changeOwnPassword: (oldPassword: string, newPassword: string) =>
      changeOwnPassword(request, oldPassword, newPassword),
  };
  return provider as GrassrootsDataProvider;
}
