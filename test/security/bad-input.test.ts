import { createHash } from 'node:crypto';
import { type Db, tables } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanAll } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { community, gid, scopedWorld } from './fixture.ts';

let stack: TestStack;
let orgId: string;

/** A digest of every item of every table: equal before and after means nothing changed. */
async function checksum(db: Db) {
  const hash = createHash('sha256');
  for (const table of Object.keys(tables) as (keyof typeof tables)[]) {
    const items = (await scanAll(db, table)).map((item) =>
      JSON.stringify(item, Object.keys(item).sort()),
    );
    hash.update(`${table}:${items.sort().join('\n')}`);
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  stack = await testStack();
  const w = await scopedWorld(stack);
  orgId = gid('Organization', (await community(w, 'in')).id);
});

const post = (body: string, headers: Record<string, string> = {}) =>
  stack.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${stack.adminToken}`,
      ...headers,
    },
    body,
  });
const query = (q: string, variables?: Record<string, unknown>) =>
  post(JSON.stringify({ query: q, variables }));
const rename = (name: string) =>
  query(
    'mutation($id: ID!, $name: String) { updateOrganization(id: $id, version: 1, input: { name: $name }) { id } }',
    { id: orgId, name },
  );

const CASES: [string, () => Response | Promise<Response>, string][] = [
  ['invalid JSON', () => post('{"query": '), 'BAD_REQUEST'],
  [
    'a text/plain body',
    () => post('{"query":"{ me { login } }"}', { 'content-type': 'text/plain' }),
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'an XML body',
    () => post('<query/>', { 'content-type': 'application/xml' }),
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'an oversized body',
    () => post(JSON.stringify({ query: `{ me { login } } #${'x'.repeat(200_000)}` })),
    'BAD_REQUEST',
  ],
  [
    'deep nesting',
    () =>
      query(`{ organization(id: "${'x'}") ${'{ parent '.repeat(14)}{ name }${' }'.repeat(14)} }`),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'an alias bomb',
    () =>
      query(
        `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: regionStats { organizations }`).join(' ')} }`,
      ),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'a fragment cycle',
    () => query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  // the token limit stops parsing itself
  ['a token flood', () => query(`{ me { ${'login '.repeat(4000)}} }`), 'GRAPHQL_PARSE_FAILED'],
  [
    'first above 100',
    () => query('{ organizations(first: 101) { totalCount } }'),
    'BAD_USER_INPUT',
  ],
  [
    'a huge first',
    () => query('{ organizations(first: 1000000) { edges { node { name } } } }'),
    'QUERY_TOO_COMPLEX',
  ],
  [
    'a number beyond Int',
    () => query('query($f: Int) { organizations(first: $f) { totalCount } }', { f: 99999999999 }),
    'BAD_USER_INPUT',
  ],
  [
    'a malformed global id',
    () => query('{ organization(id: "!!!not-base64") { name } }'),
    'BAD_USER_INPUT',
  ],
  [
    'a foreign global id',
    () => query(`{ organization(id: "${gid('Project', '01ARZ3NDEKTSV4RRFFQ69G5FAV')}") { name } }`),
    'BAD_USER_INPUT',
  ],
  [
    'an out-of-range star rating',
    () =>
      query(
        'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { starRating: 99 }) { id } }',
        { id: orgId },
      ),
    'BAD_USER_INPUT',
  ],
  [
    'an out-of-range latitude',
    () =>
      query(
        'mutation($o: ID!) { createServiceCenter(input: { name: "站", kind: STATION, organizationId: $o, address: "乌海", location: { lat: 1000, lng: 106 } }) { id } }',
        { o: orgId },
      ),
    'BAD_USER_INPUT',
  ],
  ['an over-long name', () => rename('党'.repeat(10_000)), 'BAD_USER_INPUT'],
  ['a control character in a name', () => rename('林荫\u0000街道'), 'BAD_USER_INPUT'],
  ['a script tag in a name', () => rename('<script>alert(1)</script>'), 'BAD_USER_INPUT'],
  [
    'an expression injection in a search',
    () =>
      query(
        '{ organizations(filter: { nameContains: "x) OR attribute_exists(#n0) OR (:v0" }) { totalCount } }',
      ),
    'BAD_USER_INPUT',
  ],
  [
    'an expression injection in a division code',
    () => query('{ organizations(filter: { divisionCode: "150400\\" OR 1=1" }) { totalCount } }'),
    'BAD_USER_INPUT',
  ],
  [
    'an injected enum',
    () => query('{ organizations(filter: { type: "CITY_COMMITTEE OR 1=1" }) { totalCount } }'),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'an unknown field',
    () => query('{ organizationz { totalCount } }'),
    'GRAPHQL_VALIDATION_FAILED',
  ],
  [
    'a forged token',
    () =>
      post(JSON.stringify({ query: '{ me { login } }' }), {
        authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x',
      }),
    'UNAUTHENTICATED',
  ],
];

describe('bad input', () => {
  it('answers every malformed request with an error code, keeps serving and changes nothing', async () => {
    const before = await checksum(stack.db);
    const answers: string[] = [];
    for (const [what, send, code] of CASES) {
      const response = await send();
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      answers.push(
        `${what}: ${response.status < 500 ? 'not a server error' : response.status}, ${body.errors?.[0]?.extensions?.code}`,
      );
      expect(answers.at(-1), what).toBe(`${what}: not a server error, ${code}`);
    }
    const still = await (await query(`{ organization(id: "${orgId}") { version } }`)).json();
    expect(still).toEqual({ data: { organization: { version: 1 } } });
    expect(await checksum(stack.db)).toBe(before);
  });
});
