import { randomBytes } from 'node:crypto';
import { createDb, prefixedTableNames, signAccessToken } from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type TestStack, testStack } from '../support/stack.ts';

let stack: TestStack;
let production: ReturnType<typeof createYoga>;

beforeAll(async () => {
  stack = await testStack();
  production = createYoga({ db: stack.db, secret: stack.secret, production: true, graphiql: true });
});

const ask = (yoga: ReturnType<typeof createYoga>, query: string, token = stack.adminToken) =>
  yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });

describe('a production stage', () => {
  it('answers no introspection, serves no GraphiQL and suggests no field names', async () => {
    const introspection = await (await ask(production, '{ __schema { types { name } } }')).json();
    expect(introspection.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(introspection)).not.toContain('Organization');
    const page = await production.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).not.toContain('GraphiQL');
    const typo = await (await ask(production, '{ organizaton(id: "x") { name } }')).json();
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
    // the same typo on a development stage gets the suggestion
    const dev = await stack.gql('{ organizaton(id: "x") { name } }');
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean "organization"/);
  });

  it('masks unexpected errors: no stack trace, no DynamoDB message', async () => {
    const secret = new Uint8Array(randomBytes(32));
    const broken = createYoga({
      db: createDb({
        endpoint: inject('dynamoEndpoint'),
        tableNames: prefixedTableNames('missing-tables-'),
      }),
      secret,
      production: true,
    });
    const token = await signAccessToken(
      secret,
      { sub: 'a', login: 'a', role: 'REGION_ADMIN', scope: null, kind: 'USER' },
      new Date(),
    );
    const text = await (await ask(broken, '{ regionStats { organizations } }', token)).text();
    expect(JSON.parse(text).errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(text).not.toMatch(/ResourceNotFound|dynamodb|at \w+ \(/i);
  });
});
