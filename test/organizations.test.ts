import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from './support/stack.ts';

const ORG =
  'id name type typeLabel divisionCode depth version parent { id } memberCount standardized starRating oneShoulder honours { title level year } secretary { name phone }';

let stack: TestStack;
beforeAll(async () => {
  stack = await testStack();
});

const create = async (input: Record<string, unknown>) =>
  (
    await stack.ok(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG} } }`,
      { input },
    )
  ).createOrganization;

describe('organizations', () => {
  it('creates a tree and reads it back by id, parent, ancestors and subtree', async () => {
    const city = await create({ name: '乌海市委', type: 'CITY_COMMITTEE', divisionCode: '150300' });
    expect(city).toMatchObject({
      name: '乌海市委',
      depth: 0,
      version: 1,
      parent: null,
      typeLabel: '市委（盟委）',
    });
    const district = await create({
      parentId: city.id,
      name: '海勃湾区委',
      type: 'COUNTY_COMMITTEE',
      divisionCode: '150302',
    });
    const street = await create({
      parentId: district.id,
      name: '林荫街道党工委',
      type: 'STREET_WORKING_COMMITTEE',
      divisionCode: '150302',
      secretary: { name: '王书记', phone: '13812345678' },
      honours: [{ level: 'CITY', year: 2021 }],
      standardized: true,
    });
    expect(street).toMatchObject({
      depth: 2,
      parent: { id: district.id },
      standardized: true,
      honours: [{ title: '最强党支部', level: 'CITY', year: 2021 }],
      secretary: { name: '王书记', phone: '138****5678' },
    });
    const data = await stack.ok(
      `query($id: ID!, $city: ID!) {
        organization(id: $id) { ancestors { name } allowedChildTypes }
        node(id: $id) { ... on Organization { name } }
        organizations(filter: { under: $city }) { totalCount edges { node { name depth } } }
        children: organizations(filter: { parentId: $city }) { totalCount edges { node { name } } }
      }`,
      { id: street.id, city: city.id },
    );
    expect(data.organization.ancestors.map((a: { name: string }) => a.name)).toEqual([
      '乌海市委',
      '海勃湾区委',
    ]);
    expect(data.organization.allowedChildTypes).toContain('COMMUNITY_COMMITTEE');
    expect(data.node.name).toBe('林荫街道党工委');
    expect(data.organizations.totalCount).toBe(3);
    expect(data.organizations.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      '乌海市委',
      '海勃湾区委',
      '林荫街道党工委',
    ]);
    expect(data.children).toEqual({ totalCount: 1, edges: [{ node: { name: '海勃湾区委' } }] });
  });

  it('answers CONFLICT for a stale version and leaves the record unchanged', async () => {
    const city = await create({ name: '赤峰市委', type: 'CITY_COMMITTEE', divisionCode: '150400' });
    const update = `mutation($id: ID!, $v: Int!, $name: String) { updateOrganization(id: $id, version: $v, input: { name: $name }) { name version } }`;
    const first = await stack.ok(update, { id: city.id, v: 1, name: '中共赤峰市委员会' });
    expect(first.updateOrganization).toEqual({ name: '中共赤峰市委员会', version: 2 });
    const stale = await stack.gql(update, { id: city.id, v: 1, name: '被覆盖' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      givenVersion: 1,
      currentVersion: 2,
    });
    const now = await stack.ok(`query($id: ID!) { organization(id: $id) { name version } }`, {
      id: city.id,
    });
    expect(now.organization).toEqual({ name: '中共赤峰市委员会', version: 2 });
  });
});

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;

describe('organization validation', () => {
  let city: { id: string };
  let building: { id: string };
  beforeAll(async () => {
    city = await create({ name: '阿拉善盟委', type: 'CITY_COMMITTEE', divisionCode: '152900' });
    const county = await create({
      parentId: city.id,
      name: '阿拉善左旗委',
      type: 'COUNTY_COMMITTEE',
      divisionCode: '152921',
    });
    const street = await create({
      parentId: county.id,
      name: '巴彦浩特街道党工委',
      type: 'STREET_WORKING_COMMITTEE',
      divisionCode: '152921',
    });
    const community = await create({
      parentId: street.id,
      name: '示例社区党委',
      type: 'COMMUNITY_COMMITTEE',
      divisionCode: '152921',
    });
    const grid = await create({
      parentId: community.id,
      name: '第一网格党支部',
      type: 'GRID_BRANCH',
      divisionCode: '152921',
    });
    building = await create({
      parentId: grid.id,
      name: '1号楼党小组',
      type: 'BUILDING_GROUP',
      divisionCode: '152921',
    });
  });

  const cases: [string, () => Record<string, unknown>, string, RegExp][] = [
    [
      'an empty name',
      () => ({ parentId: city.id, name: '  ', type: 'AGENCY', divisionCode: '152900' }),
      'name',
      /not be empty/,
    ],
    [
      'a name over 100 characters',
      () => ({ parentId: city.id, name: '党'.repeat(101), type: 'AGENCY', divisionCode: '152900' }),
      'name',
      /At most 100/,
    ],
    [
      'a control character in the name',
      () => ({ parentId: city.id, name: 'a\u0007b', type: 'AGENCY', divisionCode: '152900' }),
      'name',
      /control characters/,
    ],
    [
      'a five-digit division code',
      () => ({ parentId: city.id, name: '机关', type: 'AGENCY', divisionCode: '15290' }),
      'divisionCode',
      /six-digit/,
    ],
    [
      'an unknown province prefix',
      () => ({ parentId: city.id, name: '机关', type: 'AGENCY', divisionCode: '990000' }),
      'divisionCode',
      /province-level/,
    ],
    [
      'eleven stars',
      () => ({
        parentId: city.id,
        name: '机关',
        type: 'AGENCY',
        divisionCode: '152900',
        starRating: 11,
      }),
      'starRating',
      /At most 10/,
    ],
    [
      'a negative member count',
      () => ({
        parentId: city.id,
        name: '机关',
        type: 'AGENCY',
        divisionCode: '152900',
        memberCount: -1,
      }),
      'memberCount',
      /negative/,
    ],
    [
      'an honour before 1921',
      () => ({
        parentId: city.id,
        name: '机关',
        type: 'AGENCY',
        divisionCode: '152900',
        honours: [{ level: 'CITY', year: 1900 }],
      }),
      'honours.0.year',
      /1921/,
    ],
    [
      'an honour in the future',
      () => ({
        parentId: city.id,
        name: '机关',
        type: 'AGENCY',
        divisionCode: '152900',
        honours: [{ level: 'CITY', year: new Date().getUTCFullYear() + 1 }],
      }),
      'honours.0.year',
      /future/,
    ],
    [
      'a malformed secretary phone',
      () => ({
        parentId: city.id,
        name: '机关',
        type: 'AGENCY',
        divisionCode: '152900',
        secretary: { name: '李', phone: '12345' },
      }),
      'secretary.phone',
      /mainland mobile/,
    ],
    [
      'a county committee under a building group',
      () => ({
        parentId: building.id,
        name: '错误',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '152900',
      }),
      'type',
      /BUILDING_GROUP cannot hold a COUNTY_COMMITTEE/,
    ],
    [
      'a second city committee under a city',
      () => ({ parentId: city.id, name: '错误', type: 'CITY_COMMITTEE', divisionCode: '152900' }),
      'type',
      /has no parent/,
    ],
    [
      'a county committee without parent',
      () => ({ name: '错误', type: 'COUNTY_COMMITTEE', divisionCode: '152900' }),
      'parentId',
      /needs a parent/,
    ],
  ];

  for (const [what, input, path, message] of cases) {
    it(`refuses ${what} with BAD_USER_INPUT at ${path}`, async () => {
      const result = await stack.gql(CREATE, { input: input() });
      expect(result.data).toBeNull();
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.fields).toEqual([
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      ]);
    });
  }

  it('refuses an unknown parent and a parent id of another type', async () => {
    const missing = await stack.gql(CREATE, {
      input: {
        parentId: Buffer.from('Organization:01ARZ3NDEKTSV4RRFFQ69G5FAV').toString('base64'),
        name: 'x',
        type: 'AGENCY',
        divisionCode: '152900',
      },
    });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'parentId', message: expect.stringMatching(/No organization/) }],
    });
    const foreign = await stack.gql(CREATE, {
      input: {
        parentId: Buffer.from('Project:01ARZ3NDEKTSV4RRFFQ69G5FAV').toString('base64'),
        name: 'x',
        type: 'AGENCY',
        divisionCode: '152900',
      },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'parentId', message: expect.stringMatching(/Expected the id of a Organization/) },
      ],
    });
    const garbage = await stack.gql(
      `query { organization(id: "not-an-id") { id } node(id: "x") { id } }`,
    );
    expect(garbage.errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses a type change that the parent or the children do not allow', async () => {
    const update = `mutation($id: ID!, $v: Int!, $type: OrganizationType) { updateOrganization(id: $id, version: $v, input: { type: $type }) { type } }`;
    const grid = (
      await stack.ok(`query($id: ID!) { organization(id: $id) { parent { id version type } } }`, {
        id: building.id,
      })
    ).organization.parent;
    const result = await stack.gql(update, { id: grid.id, v: grid.version, type: 'BRANCH' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'type', message: expect.stringMatching(/1号楼党小组/) }],
    });
  });
});

describe('deleting organizations', () => {
  it('refuses while children, centers or projects depend on it, and deletes once free', async () => {
    const city = await create({ name: '通辽市委', type: 'CITY_COMMITTEE', divisionCode: '150500' });
    const county = await create({
      parentId: city.id,
      name: '库伦旗委',
      type: 'COUNTY_COMMITTEE',
      divisionCode: '150524',
    });
    const del = `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { name } }`;
    const refused = await stack.gql(del, { id: city.id, v: 1 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'HAS_DEPENDENTS',
      children: 1,
      serviceCenters: 0,
      projects: 0,
    });
    expect(refused.errors?.[0]?.message).toMatch(/通辽市委 still has 1 child organization/);
    const center = (
      await stack.ok(
        `mutation($org: ID!) { createServiceCenter(input: { name: "库伦旗党群服务中心", kind: CENTER, organizationId: $org, address: "库伦镇", location: { lat: 42.73, lng: 121.77 } }) { id version } }`,
        { org: county.id },
      )
    ).createServiceCenter;
    const withCenter = await stack.gql(del, { id: county.id, v: 1 });
    expect(withCenter.errors?.[0]?.extensions).toMatchObject({
      code: 'HAS_DEPENDENTS',
      children: 0,
      serviceCenters: 1,
    });
    await stack.ok(`mutation($id: ID!) { deleteServiceCenter(id: $id, version: 1) { id } }`, {
      id: center.id,
    });
    expect((await stack.ok(del, { id: county.id, v: 1 })).deleteOrganization.name).toBe('库伦旗委');
    expect((await stack.ok(del, { id: city.id, v: 1 })).deleteOrganization.name).toBe('通辽市委');
    const gone = await stack.ok(`query($id: ID!) { organization(id: $id) { id } }`, {
      id: city.id,
    });
    expect(gone.organization).toBeNull();
    const again = await stack.gql(del, { id: city.id, v: 1 });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
