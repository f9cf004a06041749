import { randomBytes, randomUUID } from 'node:crypto';
import {
  createAccount,
  createDb,
  createSession,
  type Db,
  ensureTables,
  prefixedTableNames,
  type Role,
  signAccessToken,
} from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';
import { inject } from 'vitest';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/**
 * Fresh tables on the shared DynamoDB Local (or on `endpoint`), and the API over them through
 * `yoga.fetch`. Requests carry a REGION_ADMIN's token unless they say otherwise (`token: null`
 * sends none).
 */
export async function testStack(
  prefix = `t${randomUUID().slice(0, 8)}_`,
  endpoint = inject('dynamoEndpoint'),
) {
  const db: Db = createDb({
    endpoint,
    tableNames: prefixedTableNames(prefix),
  });
  await ensureTables(db);
  const secret = new Uint8Array(randomBytes(32));
  const yoga = createYoga({ db, secret });

  /** An access token of a new account with this role and scope (a raw organization id). */
  async function tokenFor(role: Role, scopeOrgId: string | null = null) {
    const account = await createAccount(createSession(db), {
      login: `${role.toLowerCase().replace('_', '-')}-${randomUUID().slice(0, 8)}`,
      displayName: role,
      role,
      scopeOrgId,
      password: 'test-password-1',
    });
    return signAccessToken(
      secret,
      { sub: account.id, login: account.login, role, scope: account.scopeOrgId, kind: 'USER' },
      new Date(),
    );
  }
  const adminToken = await tokenFor('REGION_ADMIN');

  async function gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    { token = adminToken }: { token?: string | null } = {},
  ) {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  /** The data of a request that must succeed; its errors fail the test with their text. */
  async function ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ) {
    const result = await gql<T>(query, variables, options);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
    return result.data as T;
  }
  return { db, yoga, secret, adminToken, gql, ok, tokenFor, session: () => createSession(db) };
}

export type TestStack = Awaited<ReturnType<typeof testStack>>;
