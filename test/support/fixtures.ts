import type { TestStack } from './stack.ts';

/** Creates an organization through the API and returns `{ id, version, name }`. */
export async function createOrg(stack: TestStack, input: Record<string, unknown>) {
  const data = await stack.ok(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version name } }`,
    { input },
  );
  return data.createOrganization as { id: string; version: number; name: string };
}

/** A small tree: city > county > township > two villages, and a street with a community. */
export async function smallTree(stack: TestStack, code = '150500') {
  const city = await createOrg(stack, {
    name: '通辽市委',
    type: 'CITY_COMMITTEE',
    divisionCode: code,
  });
  const county = await createOrg(stack, {
    parentId: city.id,
    name: '库伦旗委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150524',
  });
  const township = await createOrg(stack, {
    parentId: county.id,
    name: '六家子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150524',
  });
  const village = await createOrg(stack, {
    parentId: township.id,
    name: '九家子村党组织',
    type: 'VILLAGE_COMMITTEE',
    divisionCode: '150524',
  });
  const village2 = await createOrg(stack, {
    parentId: township.id,
    name: '六家子村党组织',
    type: 'VILLAGE_COMMITTEE',
    divisionCode: '150524',
  });
  const street = await createOrg(stack, {
    parentId: county.id,
    name: '库伦镇街道党工委',
    type: 'STREET_WORKING_COMMITTEE',
    divisionCode: '150524',
  });
  const community = await createOrg(stack, {
    parentId: street.id,
    name: '示例社区党委',
    type: 'COMMUNITY_COMMITTEE',
    divisionCode: '150524',
  });
  return { city, county, township, village, village2, street, community };
}

export const CENTER_FIELDS =
  'id version name kind status radiusMeters location { lat lng } organization { id name } address openingHours services layout';

export async function createCenter(stack: TestStack, input: Record<string, unknown>) {
  const data = await stack.ok(
    `mutation($input: CreateServiceCenterInput!) { createServiceCenter(input: $input) { ${CENTER_FIELDS} } }`,
    { input },
  );
  return data.createServiceCenter;
}
