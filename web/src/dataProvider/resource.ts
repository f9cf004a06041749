import type { RaRecord } from 'ra-core';
import type { GraphQLRequest } from './client.ts';
import type { Connection, Edge, FetchConnection } from './paging.ts';

export type Filter = Record<string, unknown>;

/** What the generic provider needs to know of one Node type of the API. */
export interface ResourceDefinition<N extends { id: string } = { id: string }> {
  typename: string;
  /** `fragment <Typename>Fields on <Typename> { … }`, the fields of a record. */
  fragment: string;
  /** Extra selections for getOne (ancestors and the like), inside the type. */
  detail?: string;
  /** The query field of the list and its filter input type (absent: the list has no filter). */
  listField: string;
  filterType?: string;
  /** Fields of the list's edges beside `cursor` and `node`, such as `distanceMeters`. */
  edgeFields?: string;
  /** react-admin filter (incl. getManyReference targets) → the API's filter input. */
  toFilter(filter: Filter): Filter;
  toRecord(node: N, edge?: Omit<Edge<N>, 'node'>): RaRecord;
  /** Records by id, for a type that is not a Node (`node`/`nodes` cannot fetch it). */
  find?(request: GraphQLRequest, ids: string[]): Promise<N[]>;
  /** Absent on read-only resources (the audit trail). */
  create?(request: GraphQLRequest, data: Filter): Promise<RaRecord>;
  update?(request: GraphQLRequest, id: string, data: Filter, previous: RaRecord): Promise<RaRecord>;
  delete?(request: GraphQLRequest, id: string, version: number): Promise<RaRecord>;
}

export const fragmentName = (typename: string) => `${typename}Fields`;

/** The list connection of a resource, with nodes or (to skip pages) only their cursors. */
export function listConnection<N extends { id: string }>(
  request: GraphQLRequest,
  definition: ResourceDefinition<N>,
  filter: Filter,
): FetchConnection<N> {
  const { listField, filterType, fragment, typename } = definition;
  return async (first, after, cursorsOnly) => {
    const edge = cursorsOnly
      ? 'cursor'
      : `cursor ${definition.edgeFields ?? ''} node { ...${fragmentName(typename)} }`;
    const filtered = filterType ? `, $filter: ${filterType}` : '';
    const query = `query List($first: Int, $after: String${filtered}) {
  ${listField}(first: $first, after: $after${filterType ? ', filter: $filter' : ''}) {
    totalCount pageInfo { hasNextPage endCursor } edges { ${edge} }
  }
}${cursorsOnly ? '' : `\n${fragment}`}`;
    const data = await request<Record<string, Connection<N>>>(query, {
      first,
      after,
      ...(filterType ? { filter: definition.toFilter(filter) } : {}),
    });
    return data[listField] as Connection<N>;
  };
}

/** A mutation returning one record of the resource. */
export async function mutate<N extends { id: string }>(
  request: GraphQLRequest,
  definition: ResourceDefinition<N>,
  field: string,
  args: Record<string, [type: string, value: unknown]>,
  rename?: Record<string, string>,
): Promise<RaRecord> {
  const names = Object.keys(args);
  const query = `mutation M(${names.map((n) => `$${n}: ${args[n]?.[0]}`).join(', ')}) {
  result: ${field}(${names.map((n) => `${n}: $${n}`).join(', ')}) { ...${fragmentName(definition.typename)} }
}
${definition.fragment}`;
  const variables = Object.fromEntries(names.map((n) => [n, args[n]?.[1]]));
  const data = await request<{ result: N }>(query, variables, rename ? { rename } : {});
  return definition.toRecord(data.result);
}

/** Text inputs give '' for "nothing"; the API wants the field absent (create) or null. */
export const blankToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : (value ?? null);

/**
 * The input of a create mutation: the given keys without the empty ones, except the
 * `required` ones, sent as they are so the API names what is missing on the right field.
 */
export function createInput(
  data: Filter,
  keys: readonly string[],
  required: readonly string[] = [],
): Filter {
  const input: Filter = {};
  for (const key of keys) {
    const value = required.includes(key) ? (data[key] ?? '') : blankToNull(data[key]);
    if (value !== null && !(Array.isArray(value) && value.length === 0)) input[key] = value;
  }
  return input;
}

/**
 * The input of an update mutation: only the keys whose value differs from the record as it
 * was loaded, so a save never rewrites fields the user did not touch.
 */
export function changedInput(data: Filter, previous: Filter, keys: readonly string[]): Filter {
  const input: Filter = {};
  for (const key of keys) {
    if (!(key in data)) continue;
    const value = blankToNull(data[key]);
    if (JSON.stringify(value) !== JSON.stringify(blankToNull(previous[key]))) input[key] = value;
  }
  return input;
}

/** A yes/no filter: 'true'/'false' from a select, true/false from a boolean input; anything else is no filter. */
export const flag = (value: unknown) =>
  value === true || value === 'true' ? true : value === false || value === 'false' ? false : null;

/** Drops filter values react-admin leaves behind when an input is cleared. */
export function definedOnly(filter: Filter): Filter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
}
