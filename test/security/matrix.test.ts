import { addProjectNote, createAccount, createOrganization, type Role } from '@grassroots/core';
import { schema } from '@grassroots/graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../support/stack.ts';
import {
  center,
  community,
  drawnGrid,
  gid,
  grid as newGrid,
  member as newMember,
  request as newRequest,
  project,
  ROLES_UNDER_TEST,
  scopedWorld,
  type World,
} from './fixture.ts';

type Scope = 'in' | 'out';
type Outcome = 'allow' | 'deny';
interface Cell {
  query: string;
  variables?: Record<string, unknown>;
  /** For a list that is never empty: the record whose presence means allowed. */
  target?: string;
}

let stack: TestStack;
let w: World;

/** Anyone logged in. */
const everyone = (): Outcome => 'allow';
/** Records: REGION_ADMIN everywhere, the others inside their subtree only. */
const readers = (role: Role, scope: Scope): Outcome =>
  role === 'REGION_ADMIN' || scope === 'in' ? 'allow' : 'deny';
/** Writes: REGION_ADMIN everywhere; ORG_ADMIN and EDITOR inside their subtree; never VIEWER. */
const writers = (role: Role, scope: Scope): Outcome =>
  role === 'REGION_ADMIN' || (scope === 'in' && (role === 'ORG_ADMIN' || role === 'EDITOR'))
    ? 'allow'
    : 'deny';
/** Accounts, the audit trail, personal information: the administrators of the subtree. */
const admins = (role: Role, scope: Scope): Outcome =>
  role === 'REGION_ADMIN' || (scope === 'in' && role === 'ORG_ADMIN') ? 'allow' : 'deny';

let accountCount = 0;
const account = async (scope: Scope, kind: 'USER' | 'SERVICE' = 'USER') =>
  createAccount(w.session(), {
    kind,
    login: `acct-${++accountCount}-${Date.now().toString(36)}`,
    displayName: '账户',
    role: 'VIEWER',
    scopeOrgId: w.street(scope).id,
    ...(kind === 'USER' ? { password: 'password-123456' } : {}),
  });

/**
 * Every root field of the schema, with how to call it on a record inside or outside the
 * caller's subtree, and who may.
 */
const MATRIX: Record<
  string,
  { rule: (role: Role, scope: Scope) => Outcome; cell: (scope: Scope) => Promise<Cell> }
> = {
  // queries
  organization: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { organization(id: $id) { id } }',
      variables: { id: gid('Organization', (await community(w, s)).id) },
    }),
  },
  node: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: gid('ServiceCenter', (await center(w, s)).id) },
    }),
  },
  nodes: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: [gid('Project', (await project(w, s)).id)] },
    }),
  },
  organizations: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { organizations(filter: { under: $id }) { edges { node { id } } } }',
      variables: { id: gid('Organization', (await community(w, s)).id) },
    }),
  },
  serviceCenter: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { serviceCenter(id: $id) { id } }',
      variables: { id: gid('ServiceCenter', (await center(w, s)).id) },
    }),
  },
  serviceCenters: {
    rule: readers,
    cell: async (s) => ({
      query:
        'query($id: ID!) { serviceCenters(filter: { organizationId: $id }) { edges { node { id } } } }',
      variables: { id: gid('Organization', (await center(w, s)).organizationId) },
    }),
  },
  project: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { project(id: $id) { id } }',
      variables: { id: gid('Project', (await project(w, s)).id) },
    }),
  },
  projects: {
    rule: readers,
    cell: async (s) => ({
      query:
        'query($id: ID!) { projects(filter: { leadOrganizationId: $id }) { edges { node { id } } } }',
      variables: { id: gid('Organization', (await project(w, s)).leadOrganizationId) },
    }),
  },
  regionStats: {
    rule: everyone,
    cell: async () => ({ query: '{ regionStats { organizations } }' }),
  },
  me: { rule: everyone, cell: async () => ({ query: '{ me { login } }' }) },
  account: {
    rule: admins,
    cell: async (s) => ({
      query: 'query($id: ID!) { account(id: $id) { id } }',
      variables: { id: gid('Account', (await account(s)).id) },
    }),
  },
  accounts: {
    rule: admins,
    cell: async (s) => ({
      query: '{ accounts(first: 100) { edges { node { id } } } }',
      target: gid('Account', (await account(s)).id),
    }),
  },
  auditLog: {
    rule: admins,
    cell: async (s) => ({
      query: 'query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { id } } } }',
      variables: { id: gid('Organization', (await community(w, s)).id) },
    }),
  },
  // mutations on records
  createOrganization: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($p: ID!) { createOrganization(input: { parentId: $p, name: "新社区党委", type: COMMUNITY_COMMITTEE, divisionCode: "150302" }) { id } }',
      variables: { p: gid('Organization', w.street(s).id) },
    }),
  },
  updateOrganization: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { memberCount: 12 }) { id } }',
      variables: { id: gid('Organization', (await community(w, s)).id) },
    }),
  },
  moveOrganization: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!, $to: ID!) { moveOrganization(id: $id, version: 1, newParentId: $to) { id } }',
      variables: {
        id: gid('Organization', (await grid(s)).id),
        to: gid('Organization', (await community(w, s)).id),
      },
    }),
  },
  deleteOrganization: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { deleteOrganization(id: $id, version: 1) { id } }',
      variables: { id: gid('Organization', (await community(w, s)).id) },
    }),
  },
  createServiceCenter: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($o: ID!) { createServiceCenter(input: { name: "新站", kind: STATION, organizationId: $o, address: "乌海", location: { lat: 39.6, lng: 106.8 } }) { id } }',
      variables: { o: gid('Organization', (await community(w, s)).id) },
    }),
  },
  updateServiceCenter: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateServiceCenter(id: $id, version: 1, input: { status: CLOSED }) { id } }',
      variables: { id: gid('ServiceCenter', (await center(w, s)).id) },
    }),
  },
  deleteServiceCenter: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { deleteServiceCenter(id: $id, version: 1) { id } }',
      variables: { id: gid('ServiceCenter', (await center(w, s)).id) },
    }),
  },
  createProject: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($o: ID!) { createProject(input: { title: "新项目", kind: SECRETARY_LED, leadOrganizationId: $o }) { id } }',
      variables: { o: gid('Organization', (await community(w, s)).id) },
    }),
  },
  updateProject: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateProject(id: $id, version: 1, input: { funds: 100 }) { id } }',
      variables: { id: gid('Project', (await project(w, s)).id) },
    }),
  },
  deleteProject: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { deleteProject(id: $id, version: 1) { id } }',
      variables: { id: gid('Project', (await project(w, s)).id) },
    }),
  },
  addProjectPartner: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!, $o: ID!) { addProjectPartner(id: $id, version: 1, organizationId: $o) { id } }',
      variables: {
        id: gid('Project', (await project(w, s)).id),
        o: gid('Organization', (await community(w, s)).id),
      },
    }),
  },
  removeProjectPartner: {
    rule: writers,
    cell: async (s) => {
      const partner = await community(w, s);
      return {
        query:
          'mutation($id: ID!, $o: ID!) { removeProjectPartner(id: $id, version: 1, organizationId: $o) { id } }',
        variables: {
          id: gid('Project', (await project(w, s, partner)).id),
          o: gid('Organization', partner.id),
        },
      };
    },
  },
  addProjectNote: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { addProjectNote(projectId: $id, text: "进展") { id } }',
      variables: { id: gid('Project', (await project(w, s)).id) },
    }),
  },
  removeProjectNote: {
    rule: writers,
    cell: async (s) => {
      const p = await project(w, s);
      const { note } = await addProjectNote(w.session(), p.id, '进展');
      return {
        query: 'mutation($id: ID!) { removeProjectNote(noteId: $id) { id } }',
        variables: { id: gid('ProjectNote', `${p.id}/${note.id}`) },
      };
    },
  },
  revealPersonalInformation: {
    rule: admins,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { revealPersonalInformation(organizationId: $id, field: SECRETARY_PHONE) }',
      variables: { id: gid('Organization', (await community(w, s)).id) },
    }),
  },
  // governance: grids, members reporting to them, residents' requests
  grid: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { grid(id: $id) { id } }',
      variables: { id: gid('Grid', (await newGrid(w, s)).id) },
    }),
  },
  grids: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { grids(filter: { organizationId: $id }) { edges { node { id } } } }',
      variables: { id: gid('Organization', (await newGrid(w, s)).organizationId) },
    }),
  },
  gridsAt: {
    rule: readers,
    // without `under`: the caller's own subtree, so a grid outside it is simply not found
    cell: async (s) => ({
      query: 'query($point: GeoPointInput!) { gridsAt(point: $point) { id } }',
      variables: { point: (await drawnGrid(w, s)).inside },
    }),
  },
  member: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { member(id: $id) { id } }',
      variables: { id: gid('Member', (await newMember(w, s)).id) },
    }),
  },
  members: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { members(filter: { gridId: $id }) { edges { node { id } } } }',
      variables: { id: gid('Grid', (await newMember(w, s)).gridId as string) },
    }),
  },
  request: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { request(id: $id) { id } }',
      variables: { id: gid('Request', (await newRequest(w, s)).id) },
    }),
  },
  requests: {
    rule: readers,
    cell: async (s) => ({
      query: 'query($id: ID!) { requests(filter: { under: $id }) { edges { node { id } } } }',
      variables: { id: gid('Organization', (await newRequest(w, s)).originOrganizationId) },
    }),
  },
  publicRequests: {
    rule: readers,
    cell: async (s) => {
      const r = await newRequest(w, s, true);
      return {
        query: 'query($id: ID!) { publicRequests(under: $id) { edges { node { id } } } }',
        variables: { id: gid('Organization', r.originOrganizationId) },
        target: gid('PublicRequest', r.id),
      };
    },
  },
  createGrid: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($o: ID!) { createGrid(input: { name: "新网格", organizationId: $o }) { id } }',
      variables: { o: gid('Organization', (await community(w, s)).id) },
    }),
  },
  updateGrid: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateGrid(id: $id, version: 1, input: { households: 120 }) { id } }',
      variables: { id: gid('Grid', (await newGrid(w, s)).id) },
    }),
  },
  deleteGrid: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { deleteGrid(id: $id, version: 1) { id } }',
      variables: { id: gid('Grid', (await newGrid(w, s)).id) },
    }),
  },
  createMember: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($o: ID!) { createMember(input: { name: "新党员", organizationId: $o }) { id } }',
      variables: { o: gid('Organization', (await community(w, s)).id) },
    }),
  },
  updateMember: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateMember(id: $id, version: 2, input: { post: "红色楼栋长" }) { id } }',
      variables: { id: gid('Member', (await newMember(w, s)).id) },
    }),
  },
  deleteMember: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { deleteMember(id: $id, version: 2) { id } }',
      variables: { id: gid('Member', (await newMember(w, s)).id) },
    }),
  },
  addMemberCommitment: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { addMemberCommitment(memberId: $id, version: 2, input: { text: "帮扶困难户" }) { id } }',
      variables: { id: gid('Member', (await newMember(w, s)).id) },
    }),
  },
  updateMemberCommitment: {
    rule: writers,
    cell: async (s) => {
      const m = await newMember(w, s);
      return {
        query:
          'mutation($id: ID!) { updateMemberCommitment(id: $id, version: 2, input: { status: FULFILLED }) { id } }',
        variables: { id: gid('MemberCommitment', `${m.id}/${m.commitments[0]?.id}`) },
      };
    },
  },
  createRequest: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($o: ID!) { createRequest(input: { organizationId: $o, title: "路灯不亮", category: "基础设施", description: "小区路灯不亮", source: HOTLINE }) { id } }',
      variables: { o: gid('Organization', (await community(w, s)).id) },
    }),
  },
  updateRequest: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateRequest(id: $id, version: 1, input: { deadline: "2031-06-30" }) { id } }',
      variables: { id: gid('Request', (await newRequest(w, s)).id) },
    }),
  },
  transitionRequest: {
    rule: writers,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { transitionRequest(id: $id, version: 1, input: { to: ACCEPTED }) { id } }',
      variables: { id: gid('Request', (await newRequest(w, s)).id) },
    }),
  },
  deleteRequest: {
    rule: writers,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { deleteRequest(id: $id, version: 1) { id } }',
      variables: { id: gid('Request', (await newRequest(w, s)).id) },
    }),
  },
  // accounts
  login: {
    rule: everyone,
    cell: async (s) => ({
      query:
        'mutation($l: String!) { login(login: $l, password: "password-123456") { accessToken } }',
      variables: { l: (await account(s)).login },
    }),
  },
  refreshToken: {
    rule: everyone,
    cell: async (s) => {
      const login = (await account(s)).login;
      const tokens = await stack.ok(
        'mutation($l: String!) { login(login: $l, password: "password-123456") { refreshToken } }',
        { l: login },
        { token: null },
      );
      return {
        query: 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
        variables: { t: tokens.login.refreshToken },
      };
    },
  },
  // the 'in' cell changes each role's password, the 'out' cell changes it back
  changeOwnPassword: {
    rule: everyone,
    cell: async (s) => ({
      query: `mutation { changeOwnPassword(oldPassword: "test-password-${s === 'in' ? 1 : 2}", newPassword: "test-password-${s === 'in' ? 2 : 1}") { id } }`,
    }),
  },
  createAccount: {
    rule: admins,
    cell: async (s) => ({
      query:
        'mutation($o: ID!) { createAccount(input: { login: "new-' +
        `${++accountCount}` +
        '", displayName: "新账户", role: VIEWER, scopeOrgId: $o, password: "password-123456" }) { id } }',
      variables: { o: gid('Organization', w.street(s).id) },
    }),
  },
  updateAccount: {
    rule: admins,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { updateAccount(id: $id, version: 1, input: { displayName: "改名" }) { id } }',
      variables: { id: gid('Account', (await account(s)).id) },
    }),
  },
  setAccountPassword: {
    rule: admins,
    cell: async (s) => ({
      query:
        'mutation($id: ID!) { setAccountPassword(id: $id, version: 1, password: "password-654321") { id } }',
      variables: { id: gid('Account', (await account(s)).id) },
    }),
  },
  issueServiceToken: {
    rule: admins,
    cell: async (s) => ({
      query: 'mutation($id: ID!) { issueServiceToken(id: $id, days: 30) }',
      variables: { id: gid('Account', (await account(s, 'SERVICE')).id) },
    }),
  },
};

/** A grid branch in a community of the street, to move into another community. */
const grid = async (s: Scope) =>
  createOrganization(w.session(), {
    parentId: (await community(w, s)).id,
    name: '网格党支部',
    type: 'GRID_BRANCH',
    divisionCode: '150302',
  });

const DENIALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

function outcome(
  result: {
    data?: Record<string, any> | null;
    errors?: { extensions?: Record<string, any>; message: string }[];
  },
  field: string,
  target?: string,
): Outcome {
  const error = result.errors?.[0];
  if (error) {
    if (DENIALS.has(error.extensions?.code)) return 'deny';
    throw new Error(`unexpected error: ${JSON.stringify(result.errors)}`);
  }
  const value = result.data?.[field];
  if (value === null || value === undefined) return 'deny';
  if (Array.isArray(value)) return value.every((v) => v === null) ? 'deny' : 'allow';
  if (typeof value === 'object' && 'edges' in value) {
    const ids = value.edges.map((e: { node: { id: string } }) => e.node.id);
    return (target ? ids.includes(target) : ids.length > 0) ? 'allow' : 'deny';
  }
  return 'allow';
}

beforeAll(async () => {
  stack = await testStack();
  w = await scopedWorld(stack);
});

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema', () => {
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  for (const [field, { rule, cell }] of Object.entries(MATRIX)) {
    it(`${field}: allowed and denied as the roles and scopes say`, async () => {
      const seen: string[] = [];
      const wanted: string[] = [];
      for (const role of ROLES_UNDER_TEST) {
        for (const scope of ['in', 'out'] as const) {
          const { query, variables, target } = await cell(scope);
          const result = await stack.gql(query, variables, { token: w.tokens[role] });
          seen.push(`${role}/${scope}: ${outcome(result, field, target)}`);
          wanted.push(`${role}/${scope}: ${rule(role, scope)}`);
        }
      }
      expect(seen).toEqual(wanted);
    });
  }

  it('refuses every operation but logging in without a token', async () => {
    const result = await stack.gql('{ regionStats { organizations } }', {}, { token: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await stack.gql(
      '{ me { login } }',
      {},
      { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    );
    expect(forged.errors?.[0]).toMatchObject({
      message: 'The token is not valid; log in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
