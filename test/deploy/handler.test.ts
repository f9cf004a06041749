import { randomUUID } from 'node:crypto';
import {
  createAccount,
  createDb,
  createSession,
  ensureTables,
  prefixedTableNames,
  signAccessToken,
  tables,
} from '@grassroots/core';
import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LAMBDA_CREDENTIALS_ENV } from '../../packages/functions/scripts/linked-env.ts';
import { readConfig } from '../../packages/functions/src/config.ts';
import { lambdaDb } from '../../packages/functions/src/db.ts';
import { toRequest } from '../../packages/functions/src/events.ts';
import { apiGatewayEvent, functionUrlEvent } from './lambda-events.ts';

const CONSOLE = 'https://dj.chifeng.example.cn';
const tableNames = prefixedTableNames(`fn${randomUUID().slice(0, 8)}_`);
const context = {
  functionName: 'grassroots-chifeng-GraphqlHandler',
  awsRequestId: 'r1',
} as Context;

let handler: typeof import('../../packages/functions/src/api.ts').handler;
const SECRET = 'a secret of at least thirty-two bytes, for tests';
let token: string;

beforeAll(async () => {
  // What SST sets on the deployed function: one SST_RESOURCE_<Name> per linked resource.
  process.env.SST_RESOURCE_App = JSON.stringify({ name: 'grassroots', stage: 'chifeng' });
  for (const [key, def] of Object.entries(tables)) {
    process.env[`SST_RESOURCE_${def.name}`] = JSON.stringify({
      name: tableNames[key as keyof typeof tables],
      type: 'sst.aws.Dynamo',
    });
  }
  process.env.SST_RESOURCE_JwtSecret = JSON.stringify({ value: SECRET, type: 'sst.sst.Secret' });
  process.env.CORS_ORIGINS = `${CONSOLE}, http://localhost:5173`;
  process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
  Object.assign(process.env, LAMBDA_CREDENTIALS_ENV);
  // The tables come from the same definitions infra/tables.ts declares.
  const db = createDb({ endpoint: inject('dynamoEndpoint'), tableNames });
  await ensureTables(db);
  // a REGION_ADMIN, and an access token signed with the stage's secret
  const admin = await createAccount(createSession(db), {
    login: 'admin',
    displayName: '管理员',
    role: 'REGION_ADMIN',
    password: 'test-password-1',
  });
  token = await signAccessToken(
    new TextEncoder().encode(SECRET),
    { sub: admin.id, login: admin.login, role: admin.role, scope: null, kind: 'USER' },
    new Date(),
  );
  db.client.destroy();
  ({ handler } = await import('../../packages/functions/src/api.ts'));
});

const json = (result: { body?: string }) => JSON.parse(result.body ?? '');
const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name divisionCode } }`;

describe('the Lambda handler', () => {
  it('answers a POST from API Gateway and a base64 POST from a function URL', async () => {
    const created = await handler(
      apiGatewayEvent({
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({
          query: CREATE,
          variables: {
            input: { name: '赤峰市委', type: 'CITY_COMMITTEE', divisionCode: '150400' },
          },
        }),
      }),
      context,
    );
    expect(created.statusCode).toBe(200);
    expect(created.isBase64Encoded).toBe(false);
    expect(created.headers?.['content-type']).toMatch(/^application\/json/);
    const city = json(created).data.createOrganization;
    expect(city).toMatchObject({ name: '赤峰市委', divisionCode: '150400' });

    const read = await handler(
      functionUrlEvent({
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({
          query: 'query($id: ID!) { organization(id: $id) { name } }',
          variables: { id: city.id },
        }),
        base64: true,
      }),
      context,
    );
    expect(read.statusCode).toBe(200);
    expect(json(read)).toEqual({ data: { organization: { name: '赤峰市委' } } });
  });

  it('answers a GET with the query in the query string', async () => {
    const query = new URLSearchParams({
      query:
        'query($f: OrganizationFilter) { organizations(filter: $f) { edges { node { name } } } }',
      variables: JSON.stringify({ f: { divisionCode: '150400' } }),
    }).toString();
    const result = await handler(
      apiGatewayEvent({
        method: 'GET',
        query,
        headers: { ACCEPT: 'application/json', AUTHORIZATION: `Bearer ${token}` },
      }),
      context,
    );
    expect(result.statusCode).toBe(200);
    expect(json(result).data.organizations.edges).toContainEqual({ node: { name: '赤峰市委' } });
  });

  it('refuses a request without a token, telling the client to log in', async () => {
    const result = await handler(
      apiGatewayEvent({
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ regionStats { organizations } }' }),
      }),
      context,
    );
    expect(json(result).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutation sent with GET and reports a syntax error', async () => {
    const mutation = await handler(
      functionUrlEvent({
        method: 'GET',
        query: new URLSearchParams({
          query: 'mutation { deleteOrganization(id: "x") { id } }',
        }).toString(),
        headers: { Accept: 'application/graphql-response+json', Authorization: `Bearer ${token}` },
      }),
      context,
    );
    expect(mutation.statusCode).toBe(405);
    const broken = await handler(
      apiGatewayEvent({
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({ query: '{ organizations { ' }),
      }),
      context,
    );
    expect(broken.statusCode).toBe(400);
    expect(json(broken).errors[0].message).toMatch(/Syntax Error/);
  });

  it('answers CORS preflights for the stage allow-list only', async () => {
    const preflight = (origin: string) =>
      handler(
        apiGatewayEvent({
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'Content-Type',
          },
        }),
        context,
      );
    const allowed = await preflight(CONSOLE);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers).toMatchObject({
      'access-control-allow-origin': CONSOLE,
      'access-control-allow-credentials': 'true',
    });
    expect(allowed.headers?.['access-control-allow-methods']).toContain('POST');
    expect(allowed.body).toBe('');

    const foreign = await preflight('https://evil.example.com');
    expect(foreign.headers?.['access-control-allow-origin']).not.toBe('https://evil.example.com');
  });

  it('adds CORS headers to an allowed cross-origin POST', async () => {
    const result = await handler(
      functionUrlEvent({
        method: 'POST',
        headers: { Origin: 'http://localhost:5173', 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      context,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(json(result)).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the event adapter', () => {
  it('rebuilds URL, cookies, headers and a base64 body from a payload 2.0 event', async () => {
    const request = toRequest(
      functionUrlEvent({
        method: 'POST',
        query: 'a=1&b=%E4%B8%AD',
        cookies: ['session=abc', 'lang=zh-CN'],
        headers: { 'X-Custom-Header': 'Value' },
        body: '{"query":"{ __typename }"}',
        base64: true,
      }),
    );
    expect(request.url).toBe(
      'https://f6g7h8i9j0.lambda-url.ap-east-1.on.aws/graphql?a=1&b=%E4%B8%AD',
    );
    expect(request.headers.get('cookie')).toBe('session=abc; lang=zh-CN');
    expect(request.headers.get('x-custom-header')).toBe('Value');
    expect(await request.text()).toBe('{"query":"{ __typename }"}');
  });
});

describe('the handler configuration', () => {
  it('reads every table name from the linked resources and fails on a missing link', () => {
    const linked = {
      ...Object.fromEntries(
        Object.values(tables).map((def) => [def.name, { name: `chifeng-${def.name}` }]),
      ),
      JwtSecret: { value: SECRET },
    };
    expect(readConfig(linked, {}).tableNames).toEqual(
      Object.fromEntries(Object.entries(tables).map(([key, def]) => [key, `chifeng-${def.name}`])),
    );
    const { Rollups: _, ...withoutRollups } = linked as Record<string, unknown>;
    expect(() => readConfig(withoutRollups, {})).toThrow(/Rollups/);
    expect(() => readConfig({ ...linked, JwtSecret: { value: 'short' } }, {})).toThrow(/JwtSecret/);
  });

  it("signs with the execution role's credentials from the environment, and only those", async () => {
    const credentials = async () => {
      const db = lambdaDb({ tableNames });
      try {
        return await db.client.config.credentials();
      } finally {
        db.client.destroy();
      }
    };
    expect(await credentials()).toMatchObject({
      accessKeyId: LAMBDA_CREDENTIALS_ENV.AWS_ACCESS_KEY_ID,
      secretAccessKey: LAMBDA_CREDENTIALS_ENV.AWS_SECRET_ACCESS_KEY,
      sessionToken: LAMBDA_CREDENTIALS_ENV.AWS_SESSION_TOKEN,
    });
    const saved = process.env.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    try {
      // no fall back on a profile file or instance metadata, as the SDK's chain would
      await expect(credentials()).rejects.toThrow(
        'Unable to find environment variable credentials.',
      );
    } finally {
      process.env.AWS_SECRET_ACCESS_KEY = saved;
    }
  });
});
