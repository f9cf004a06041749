import { beforeAll, describe, expect, it } from 'vitest';
import { CENTER_FIELDS, createCenter, smallTree } from './support/fixtures.ts';
import { offset } from './support/geo.ts';
import { type TestStack, testStack } from './support/stack.ts';

let stack: TestStack;
let tree: Awaited<ReturnType<typeof smallTree>>;
const HURE = { lat: 42.7351, lng: 121.7743 };

beforeAll(async () => {
  stack = await testStack();
  tree = await smallTree(stack);
});

describe('service centers', () => {
  it('creates, reads, updates and deletes a center', async () => {
    const created = await createCenter(stack, {
      name: '九家子村党群服务站',
      kind: 'STATION',
      organizationId: tree.village.id,
      address: '库伦旗六家子镇九家子村',
      location: HURE,
      openingHours: '大门常开',
      services: ['党员活动', '便民服务'],
    });
    expect(created).toMatchObject({
      version: 1,
      kind: 'STATION',
      status: 'OPEN',
      radiusMeters: 1000,
      organization: { id: tree.village.id, name: '九家子村党组织' },
      services: ['党员活动', '便民服务'],
      layout: null,
    });
    const updated = await stack.ok(
      `mutation($id: ID!) { updateServiceCenter(id: $id, version: 1, input: { kind: CENTER, layout: "一厅六区多元", openingHours: null, status: UNDER_CONSTRUCTION }) { ${CENTER_FIELDS} } }`,
      { id: created.id },
    );
    expect(updated.updateServiceCenter).toMatchObject({
      version: 2,
      kind: 'CENTER',
      layout: '一厅六区多元',
      openingHours: null,
      status: 'UNDER_CONSTRUCTION',
    });
    const stats = await stack.ok(
      `query($id: ID!) { organization(id: $id) { stats { serviceCenters { total centers stations open buildRate } } } }`,
      { id: tree.city.id },
    );
    expect(stats.organization.stats.serviceCenters).toEqual({
      total: 1,
      centers: 1,
      stations: 0,
      open: 0,
      buildRate: 0,
    });
    const stale = await stack.gql(
      `mutation($id: ID!) { deleteServiceCenter(id: $id, version: 1) { id } }`,
      { id: created.id },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await stack.ok(`mutation($id: ID!) { deleteServiceCenter(id: $id, version: 2) { id } }`, {
      id: created.id,
    });
    expect(
      (await stack.ok(`query($id: ID!) { serviceCenter(id: $id) { id } }`, { id: created.id }))
        .serviceCenter,
    ).toBeNull();
  });

  const CREATE = `mutation($input: CreateServiceCenterInput!) { createServiceCenter(input: $input) { id } }`;
  const base = () => ({
    name: '中心',
    kind: 'CENTER',
    organizationId: tree.village.id,
    address: '地址',
    location: HURE,
  });
  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    [
      'a latitude above 90',
      () => ({ ...base(), location: { lat: 91, lng: 121 } }),
      'location.lat',
      /-90 to 90/,
    ],
    [
      'a longitude below -180',
      () => ({ ...base(), location: { lat: 42, lng: -181 } }),
      'location.lng',
      /-180 to 180/,
    ],
    ['a radius under 50 m', () => ({ ...base(), radiusMeters: 10 }), 'radiusMeters', /At least 50/],
    [
      'a radius over 20 km',
      () => ({ ...base(), radiusMeters: 20_001 }),
      'radiusMeters',
      /At most 20,000/,
    ],
    ['an empty address', () => ({ ...base(), address: '' }), 'address', /not be empty/],
    [
      'an empty service',
      () => ({ ...base(), services: ['党员活动', ' '] }),
      'services.1',
      /not be empty/,
    ],
    [
      'an unknown organization',
      () => ({
        ...base(),
        organizationId: Buffer.from('Organization:01ARZ3NDEKTSV4RRFFQ69G5FAV').toString('base64'),
      }),
      'organizationId',
      /No organization/,
    ],
  ];
  for (const [what, input, path, message] of cases) {
    it(`refuses ${what} with BAD_USER_INPUT at ${path}`, async () => {
      const result = await stack.gql(CREATE, { input: input() });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ path, message: expect.stringMatching(message) })],
      });
    });
  }
});

describe('near', () => {
  it('finds a center 900 m away and not one 1,100 m away, nearest first with distances', async () => {
    const point = { lat: 39.6739, lng: 106.8255 };
    const make = (name: string, meters: number, bearing: number) =>
      createCenter(stack, {
        ...{ name, kind: 'CENTER', organizationId: tree.community.id, address: '乌海' },
        location: offset(point, meters, bearing),
      });
    await make('900米', 900, 30);
    await make('1100米', 1100, 200);
    await make('300米', 300, 300);
    await make('50公里外', 50_000, 90);
    const query = `query($near: NearInput!) { serviceCenters(filter: { near: $near }) { totalCount edges { distanceMeters node { name } } } }`;
    const within = (await stack.ok(query, { near: { ...point, radiusMeters: 1000 } }))
      .serviceCenters;
    expect(within.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      '300米',
      '900米',
    ]);
    expect(within.totalCount).toBe(2);
    expect(within.edges[1].distanceMeters).toBeGreaterThan(899);
    expect(within.edges[1].distanceMeters).toBeLessThan(901);
    const wider = (await stack.ok(query, { near: { ...point, radiusMeters: 1200 } }))
      .serviceCenters;
    expect(wider.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      '300米',
      '900米',
      '1100米',
    ]);
  });

  it('pages through near results and refuses radii it cannot cover', async () => {
    const point = { lat: 42.2578, lng: 118.8878 };
    for (let i = 1; i <= 7; i++) {
      await createCenter(stack, {
        name: `站${i}`,
        kind: 'STATION',
        organizationId: tree.village2.id,
        address: '赤峰',
        location: offset(point, i * 100, i * 40),
      });
    }
    const query = `query($after: String) { serviceCenters(first: 3, after: $after, filter: { near: { lat: ${point.lat}, lng: ${point.lng}, radiusMeters: 2000 } }) { pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await stack.ok(query, { after })).serviceCenters;
      names.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(['站1', '站2', '站3', '站4', '站5', '站6', '站7']);
    const tooWide = await stack.gql(
      `{ serviceCenters(filter: { near: { lat: 42, lng: 118, radiusMeters: 60000 } }) { totalCount } }`,
    );
    expect(tooWide.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.near.radiusMeters' }],
    });
  });
});

describe('center lists', () => {
  it('filters by organization, subtree, kind and status, with totals from the counters', async () => {
    const s = await testStack();
    const t = await smallTree(s);
    const at = (org: { id: string }, kind: string, status: string, name: string) =>
      createCenter(s, {
        name,
        kind,
        status,
        organizationId: org.id,
        address: '库伦',
        location: HURE,
      });
    await at(t.village, 'STATION', 'OPEN', '村站');
    await at(t.township, 'CENTER', 'OPEN', '镇中心');
    await at(t.community, 'CENTER', 'PLANNED', '社区中心');
    await at(t.county, 'CENTER', 'UNDER_CONSTRUCTION', '旗中心');
    const list = async (filter: Record<string, unknown>) => {
      const data = await s.ok(
        `query($f: ServiceCenterFilter) { serviceCenters(filter: $f) { totalCount edges { node { name } } } }`,
        { f: filter },
      );
      return {
        total: data.serviceCenters.totalCount,
        names: data.serviceCenters.edges.map((e: { node: { name: string } }) => e.node.name).sort(),
      };
    };
    expect(await list({ under: t.township.id })).toEqual({ total: 2, names: ['村站', '镇中心'] });
    expect(await list({ organizationId: t.village.id })).toEqual({ total: 1, names: ['村站'] });
    expect(await list({ kind: 'CENTER' })).toEqual({
      total: 3,
      names: ['旗中心', '社区中心', '镇中心'],
    });
    expect(await list({ kind: 'CENTER', under: t.township.id })).toEqual({
      total: 1,
      names: ['镇中心'],
    });
    expect(await list({ status: 'OPEN' })).toEqual({ total: 2, names: ['村站', '镇中心'] });
    expect(await list({ status: 'PLANNED', under: t.street.id })).toEqual({
      total: 1,
      names: ['社区中心'],
    });
    expect(await list({ kind: 'CENTER', status: 'OPEN' })).toEqual({ total: 1, names: ['镇中心'] });
    expect(await list({ nameContains: '中心' })).toEqual({
      total: null,
      names: ['旗中心', '社区中心', '镇中心'],
    });
    const stats = await s.ok(
      `query($id: ID!) { organization(id: $id) { stats { serviceCenters { total open centers stations buildRate } } } }`,
      { id: t.city.id },
    );
    expect(stats.organization.stats.serviceCenters).toEqual({
      total: 4,
      open: 2,
      centers: 3,
      stations: 1,
      buildRate: 0.5,
    });
  });
});
