import type { TestStack } from './stack.ts';

/** Creates an organization through the API and returns `{ id, version, name }`. */
export async function createOrg(stack: TestStack, input: Record<string, unknown>) {
  const data = await stack.ok(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version name } }`,
    { input },
  );
  return data.createOrganization as { id: string; version: number; name: string };
}

/** An organization of 库伦旗 (division code 150524) under `parent`. */
export const kulunOrg = (stack: TestStack, parent: { id: string }, name: string, type: string) =>
  createOrg(stack, { parentId: parent.id, name, type, divisionCode: '150524' });

/** A small tree: city > county > township > two villages, and a street with a community. */
export async function smallTree(stack: TestStack, code = '150500') {
  const city = await createOrg(stack, {
    name: '通辽市委',
    type: 'CITY_COMMITTEE',
    divisionCode: code,
  });
  const county = await kulunOrg(stack, city, '库伦旗委', 'COUNTY_COMMITTEE');
  const township = await kulunOrg(stack, county, '六家子镇党委', 'TOWNSHIP_COMMITTEE');
  const village = await kulunOrg(stack, township, '九家子村党组织', 'VILLAGE_COMMITTEE');
  const village2 = await kulunOrg(stack, township, '六家子村党组织', 'VILLAGE_COMMITTEE');
  const street = await kulunOrg(stack, county, '库伦镇街道党工委', 'STREET_WORKING_COMMITTEE');
  const community = await kulunOrg(stack, street, '示例社区党委', 'COMMUNITY_COMMITTEE');
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
