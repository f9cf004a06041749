import {
  createOrganization,
  createProject,
  createServiceCenter,
  meterDb,
  type Session,
} from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from './support/fixtures.ts';
import { rawId } from './support/ids.ts';
import { type TestStack, testStack } from './support/stack.ts';

let stack: TestStack;
let session: Session;
let townshipId: string;
let townshipGlobal: string;
const COUNT = 260;

/** Writes `n` items through the core, a few at a time. */
async function times(n: number, work: (i: number) => Promise<unknown>) {
  for (let i = 0; i < n; i += 10)
    await Promise.all(Array.from({ length: Math.min(10, n - i) }, (_, k) => work(i + k)));
}

beforeAll(async () => {
  stack = await testStack();
  session = stack.session();
  const city = await createOrg(stack, {
    name: '赤峰市委',
    type: 'CITY_COMMITTEE',
    divisionCode: '150400',
  });
  const county = await createOrg(stack, {
    parentId: city.id,
    name: '喀喇沁旗委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150428',
  });
  const township = await createOrg(stack, {
    parentId: county.id,
    name: '牛家营子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150428',
  });
  townshipGlobal = township.id;
  townshipId = rawId(township.id);
  const villages: string[] = [];
  await times(COUNT, async (i) => {
    const v = await createOrganization(session, {
      parentId: townshipId,
      name: `第${String(i).padStart(3, '0')}嘎查村党组织`,
      type: 'VILLAGE_COMMITTEE',
      divisionCode: '150428',
    });
    villages[i] = v.id;
  });
  await times(COUNT, (i) =>
    createServiceCenter(session, {
      name: `服务站${i}`,
      kind: 'STATION',
      organizationId: villages[i] as string,
      address: '喀喇沁旗',
      location: { lat: 42 + i / 1000, lng: 118.8 },
    }),
  );
  await times(60, (i) =>
    createProject(session, {
      title: `项目${i}`,
      kind: 'CO_BUILDING',
      leadOrganizationId: villages[i] as string,
      partnerIds: [villages[(i + 1) % COUNT] as string, villages[(i + 2) % COUNT] as string],
    }),
  );
});

async function pageThrough(
  query: string,
  field: string,
  variables: Record<string, unknown>,
  first: number,
) {
  const seen: string[] = [];
  let after: string | null = null;
  let totalCount: number | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const data: any = await stack.ok(query, { ...variables, first, after });
    const connection = data[field];
    totalCount = connection.totalCount;
    seen.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    if (!connection.pageInfo.hasNextPage) return { seen, totalCount };
    after = connection.pageInfo.endCursor;
  }
  throw new Error('did not reach the end');
}

describe('paging', () => {
  it(`reads ${COUNT} children page by page with no duplicates or gaps`, async () => {
    const query = `query($id: ID!, $first: Int, $after: String) { organizations(filter: { parentId: $id }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
    const { seen, totalCount } = await pageThrough(
      query,
      'organizations',
      { id: townshipGlobal },
      37,
    );
    expect(totalCount).toBe(COUNT);
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen).size).toBe(COUNT);
  });

  it('reads a subtree, centers and a filtered list to the end the same way', async () => {
    const subtree = await pageThrough(
      `query($id: ID!, $first: Int, $after: String) { organizations(filter: { under: $id, type: VILLAGE_COMMITTEE }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      'organizations',
      { id: townshipGlobal },
      100,
    );
    expect(new Set(subtree.seen).size).toBe(COUNT);
    expect(subtree.totalCount).toBe(COUNT);
    const centers = await pageThrough(
      `query($id: ID!, $first: Int, $after: String) { serviceCenters(filter: { under: $id }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      'serviceCenters',
      { id: townshipGlobal },
      50,
    );
    expect(new Set(centers.seen).size).toBe(COUNT);
    expect(centers.totalCount).toBe(COUNT);
    const named = await pageThrough(
      `query($id: ID!, $first: Int, $after: String) { organizations(filter: { under: $id, nameContains: "嘎查村" }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      'organizations',
      { id: townshipGlobal },
      30,
    );
    expect(new Set(named.seen).size).toBe(COUNT);
  });

  it('refuses a cursor of another list and pages larger than 100', async () => {
    const first = await stack.ok(
      `query($id: ID!) { organizations(filter: { parentId: $id }, first: 2) { pageInfo { endCursor } } }`,
      { id: townshipGlobal },
    );
    const cursor = first.organizations.pageInfo.endCursor;
    const foreign = await stack.gql(
      `query($after: String) { serviceCenters(first: 2, after: $after) { totalCount } }`,
      { after: cursor },
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
    const otherParent = await stack.gql(
      `query($after: String) { organizations(first: 2, after: $after, filter: { type: AGENCY }) { totalCount } }`,
      { after: cursor },
    );
    expect(otherParent.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await stack.gql(`{ organizations(first: 101) { totalCount } }`);
    expect(huge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
    const junk = await stack.gql(`{ organizations(first: 1, after: "%%%") { totalCount } }`);
    expect(junk.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads a page of 50 projects with lead and partners in a handful of DynamoDB calls', async () => {
    const meter = meterDb(stack.db);
    const data = await stack.ok(
      `{ projects(first: 50) { edges { node { title leadOrganization { name } partners { name } } } } }`,
    );
    expect(data.projects.edges).toHaveLength(50);
    expect(
      data.projects.edges.every(
        (e: any) => e.node.partners.length === 2 && e.node.leadOrganization.name,
      ),
    ).toBe(true);
    // one Query for the page, then the 52 distinct lead and partner organizations in one BatchGetItem
    expect(meter.snapshot().calls).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 });
  });
});
