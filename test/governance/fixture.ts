import { createGrid, createOrganization } from '@grassroots/core';
import type { TestStack } from '../support/stack.ts';

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * The escalation ladder of the article: 通辽市委 > 库伦旗委 > 六家子镇党委 > 九家子村, with a
 * grid in the village and an ORG_ADMIN scoped at each of the four levels.
 */
export async function ladder(stack: TestStack) {
  const s = stack.session();
  const city = await createOrganization(s, {
    name: '中共通辽市委员会',
    type: 'CITY_COMMITTEE',
    divisionCode: '150500',
  });
  const county = await createOrganization(s, {
    parentId: city.id,
    name: '中共库伦旗委员会',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150524',
  });
  const township = await createOrganization(s, {
    parentId: county.id,
    name: '六家子镇党委',
    type: 'TOWNSHIP_COMMITTEE',
    divisionCode: '150524',
  });
  const village = await createOrganization(s, {
    parentId: township.id,
    name: '九家子村党组织',
    type: 'VILLAGE_COMMITTEE',
    divisionCode: '150524',
  });
  const grid = await createGrid(s, {
    name: '九家子村第一网格',
    organizationId: village.id,
    staff: [{ role: 'HEAD', name: '网格长（示例）', phone: '13912345678', partyMember: true }],
  });
  const admin = async (orgId: string) => stack.tokenFor('ORG_ADMIN', orgId);
  const tokens = {
    village: await admin(village.id),
    township: await admin(township.id),
    county: await admin(county.id),
    city: await admin(city.id),
  };
  return { city, county, township, village, grid, tokens };
}

export type Ladder = Awaited<ReturnType<typeof ladder>>;

export const REQUEST_FIELDS = `id version status escalations allowedTransitions viewerCanAct overdue
  handlingOrganizationName originOrganization { name } resident { name phone }
  timeline { edges { node { from to organizationName toOrganizationName reason note actor evaluation } } }`;
