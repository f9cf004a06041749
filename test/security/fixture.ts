import {
  addMemberCommitment,
  createGrid,
  createMember,
  createOrganization,
  createProject,
  createRequest,
  createServiceCenter,
  type Organization,
  type Role,
  type Session,
} from '@grassroots/core';
import type { TestStack } from '../support/stack.ts';

export const ROLES_UNDER_TEST: Role[] = ['REGION_ADMIN', 'ORG_ADMIN', 'EDITOR', 'VIEWER'];

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * A city with two districts. Every scoped account is scoped to 林荫街道 in the first; the
 * second district (乌达区) lies outside their scope.
 */
export async function scopedWorld(stack: TestStack) {
  const s = stack.session();
  const city = await createOrganization(s, {
    name: '乌海市委',
    type: 'CITY_COMMITTEE',
    divisionCode: '150300',
  });
  const haibowan = await createOrganization(s, {
    parentId: city.id,
    name: '海勃湾区委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150302',
  });
  const linyin = await createOrganization(s, {
    parentId: haibowan.id,
    name: '林荫街道党工委',
    type: 'STREET_WORKING_COMMITTEE',
    divisionCode: '150302',
  });
  const wuda = await createOrganization(s, {
    parentId: city.id,
    name: '乌达区委',
    type: 'COUNTY_COMMITTEE',
    divisionCode: '150304',
  });
  const wudaStreet = await createOrganization(s, {
    parentId: wuda.id,
    name: '乌达区街道党工委',
    type: 'STREET_WORKING_COMMITTEE',
    divisionCode: '150304',
  });
  const tokens = Object.fromEntries(
    await Promise.all(
      ROLES_UNDER_TEST.map(
        async (role) =>
          [role, await stack.tokenFor(role, role === 'REGION_ADMIN' ? null : linyin.id)] as const,
      ),
    ),
  ) as Record<Role, string>;
  /** The street a record of the cell goes under: inside the scope or outside it. */
  const street = (scope: 'in' | 'out') => (scope === 'in' ? linyin : wudaStreet);
  return {
    city,
    haibowan,
    linyin,
    wuda,
    wudaStreet,
    tokens,
    street,
    session: (): Session => stack.session(),
  };
}

export type World = Awaited<ReturnType<typeof scopedWorld>>;

let counter = 0;
const next = () => ++counter;

/** A community under the street, with a secretary whose phone is personal information. */
export const community = (w: World, scope: 'in' | 'out') =>
  createOrganization(w.session(), {
    parentId: w.street(scope).id,
    name: `社区党委${next()}`,
    type: 'COMMUNITY_COMMITTEE',
    divisionCode: '150302',
    secretary: { name: '李书记', phone: '13912345678' },
  });

export const center = async (w: World, scope: 'in' | 'out') =>
  createServiceCenter(w.session(), {
    name: `党群服务站${next()}`,
    kind: 'STATION',
    organizationId: (await community(w, scope)).id,
    address: '乌海',
    location: { lat: 39.67, lng: 106.82 },
  });

export const project = async (w: World, scope: 'in' | 'out', partner?: Organization) =>
  createProject(w.session(), {
    title: `共建项目${next()}`,
    kind: 'CO_BUILDING',
    leadOrganizationId: (await community(w, scope)).id,
    partnerIds: partner ? [partner.id] : [],
  });

/** A grid of a community under the street, with a head whose phone is personal information. */
export const grid = async (w: World, scope: 'in' | 'out') =>
  createGrid(w.session(), {
    name: `网格${next()}`,
    organizationId: (await community(w, scope)).id,
    staff: [{ role: 'HEAD', name: '网格长', phone: '13912345678', partyMember: true }],
  });

/** A grid of a community under the street with a boundary no other grid's overlaps, and a point inside it. */
export const drawnGrid = async (w: World, scope: 'in' | 'out') => {
  const n = next();
  const [south, west, side] = [30 + n * 0.01, 110, 0.005];
  const grid = await createGrid(w.session(), {
    name: `网格${n}`,
    organizationId: (await community(w, scope)).id,
    boundary: [
      { lat: south, lng: west },
      { lat: south, lng: west + side },
      { lat: south + side, lng: west + side },
      { lat: south + side, lng: west },
    ],
  });
  return { grid, inside: { lat: south + side / 2, lng: west + side / 2 } };
};

/** A member of a community under the street, reported to a grid there, with one commitment. */
export const member = async (w: World, scope: 'in' | 'out') => {
  const g = await grid(w, scope);
  const m = await createMember(w.session(), {
    name: `党员${next()}`,
    phone: '13712345678',
    organizationId: g.organizationId,
    gridId: g.id,
  });
  return addMemberCommitment(w.session(), m.id, m.version, { text: '每月走访楼栋住户' });
};

/** A request received by a community under the street, disclosed to the public if asked. */
export const request = async (w: World, scope: 'in' | 'out', disclosed = false) =>
  createRequest(w.session(), {
    organizationId: (await community(w, scope)).id,
    title: `诉求${next()}`,
    category: '基础设施',
    description: '路灯不亮',
    source: 'HOTLINE',
    resident: { name: '王五', phone: '13612345678' },
    disclosed,
  });
