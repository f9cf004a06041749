import type { Credentials } from '../auth/tokens.ts';
import { type GraphQLErrorEntry, networkError, toHttpError } from './errors.ts';

export interface ClientOptions {
  /** The GraphQL endpoint; the console's default is the same origin's /graphql. */
  url: string;
  /** Injected by tests (yoga.fetch); the browser's fetch otherwise. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** The signed-in account's tokens; without them requests go out anonymous (login, refresh). */
  credentials?: Credentials;
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

interface Payload<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * A minimal GraphQL-over-HTTP client whose failures are react-admin HttpErrors. With
 * credentials it sends the access token, and when the API refuses it (UNAUTHENTICATED) it
 * renews the token once and asks again; if that fails the UNAUTHENTICATED error stands, and
 * the auth provider sends the user to the login page.
 */
export function createClient({
  url,
  fetch = globalThis.fetch.bind(globalThis),
  credentials,
}: ClientOptions) {
  async function post<T>(body: string, token: string | null): Promise<Payload<T>> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      return (await response.json()) as Payload<T>;
    } catch (error) {
      throw networkError(error);
    }
  }

  const request: GraphQLRequest = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ) => {
    const body = JSON.stringify({ query, variables });
    const token = (await credentials?.accessToken()) ?? null;
    let payload = await post<T>(body, token);
    if (token && credentials && payload.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
      const renewed = await credentials.renew(token);
      if (renewed) payload = await post<T>(body, renewed);
    }
    const [first] = payload.errors ?? [];
    if (first) throw toHttpError(first, options.rename);
    if (!payload.data) throw networkError(new Error('The response held no data.'));
    return payload.data;
  };
  return request;
}
