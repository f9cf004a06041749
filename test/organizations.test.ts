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
      secretary: { name: '王书记', phone: '13812345678' },
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
