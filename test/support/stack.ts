import { randomUUID } from 'node:crypto';
import {
  createDb,
  createSession,
  type Db,
  ensureTables,
  prefixedTableNames,
} from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';
import { inject } from 'vitest';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/** Fresh tables on the shared DynamoDB Local, and the API over them through `yoga.fetch`. */
export async function testStack(prefix = `t${randomUUID().slice(0, 8)}_`) {
  const db: Db = createDb({
    endpoint: inject('dynamoEndpoint'),
    tableNames: prefixedTableNames(prefix),
  });
  await ensureTables(db);
  const yoga = createYoga({ db, dev: true });
  async function gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  /** The data of a request that must succeed; its errors fail the test with their text. */
  async function ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
    const result = await gql<T>(query, variables);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
    return result.data as T;
  }
  return { db, yoga, gql, ok, session: () => createSession(db) };
}

export type TestStack = Awaited<ReturnType<typeof testStack>>;
