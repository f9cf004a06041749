import { type GraphQLErrorEntry, networkError, toHttpError } from './errors.ts';

export interface ClientOptions {
  /** The GraphQL endpoint; the console's default is the same origin's /graphql. */
  url: string;
  /** Injected by tests (yoga.fetch); the browser's fetch otherwise. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

export interface RequestOptions {
  /** Form field names for BAD_USER_INPUT paths that are not input fields. */
  rename?: Record<string, string>;
}

export type GraphQLRequest = <T>(
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
) => Promise<T>;

/** A minimal GraphQL-over-HTTP client whose failures are react-admin HttpErrors. */
export function createClient({ url, fetch = globalThis.fetch.bind(globalThis) }: ClientOptions) {
  const request: GraphQLRequest = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ) => {
    let payload: { data?: T | null; errors?: GraphQLErrorEntry[] };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      payload = await response.json();
    } catch (error) {
      throw networkError(error);
    }
    const [first] = payload.errors ?? [];
    if (first) throw toHttpError(first, options.rename);
    if (!payload.data) throw networkError(new Error('The response held no data.'));
    return payload.data;
  };
  return request;
}
