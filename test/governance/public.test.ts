import { createRequest } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, type Ladder, ladder } from './fixture.ts';

let stack: TestStack;
let l: Ladder;
let token: string;
let accountId: string;

const PUBLIC_QUERY = `query($under: ID) { publicRequests(under: $under, first: 50) { edges { node {
  id title description status statusLabel originOrganizationName handlingOrganizationName responsibleLeader deadline overdue
  progress { status organizationName } } } } }`;

beforeAll(async () => {
  stack = await testStack();
  l = await ladder(stack);
  const s = stack.session();
  for (const disclosed of [true, false]) {
    await createRequest(s, {
      organizationId: l.village.id,
      title: disclosed ? '耕地通电（公开）' : '家庭纠纷（不公开）',
      category: '基础设施',
      description: '九家子村耕地未通电',
      source: 'VISIT',
      resident: { name: '张秀国', phone: '13812345678' },
      address: '九家子村三组',
      responsibleLeader: '镇党委书记（示例）',
      deadline: '2021-06-30',
      disclosed,
    });
  }
  const created = await stack.ok(
    `mutation($scope: ID!) { createAccount(input: { kind: PUBLIC, login: "kulun-public", displayName: "库伦旗党务公开栏", role: VIEWER, scopeOrgId: $scope }) { id } }`,
    { scope: gid('Organization', l.county.id) },
  );
  accountId = created.createAccount.id;
  token = (
    await stack.ok(`mutation($id: ID!) { issueServiceToken(id: $id, days: 30) }`, { id: accountId })
  ).issueServiceToken;
});

describe('publicRequests with a PUBLIC token', () => {
  it('lists the disclosed requests of its scope, without personal information', async () => {
    const data = await stack.ok(PUBLIC_QUERY, {}, { token });
    expect(data.publicRequests.edges.map((e: any) => e.node.title)).toEqual(['耕地通电（公开）']);
    expect(data.publicRequests.edges[0].node).toMatchObject({
      status: 'RECEIVED',
      originOrganizationName: '九家子村党组织',
      handlingOrganizationName: '九家子村党组织',
      responsibleLeader: '镇党委书记（示例）',
      overdue: true,
      progress: [{ status: 'RECEIVED', organizationName: '九家子村党组织' }],
    });
    expect(JSON.stringify(data)).not.toMatch(/张秀国|1381234|三组/);
    // the type has no field that could carry them
    const type = await stack.ok(`{ __type(name: "PublicRequest") { fields { name } } }`);
    const fields = type.__type.fields.map((f: { name: string }) => f.name);
    for (const personal of ['resident', 'address', 'location', 'grid', 'timeline'])
      expect(fields).not.toContain(personal);
  });

  it('reads nothing else: every other field is FORBIDDEN, and so is a subtree outside its scope', async () => {
    for (const query of [
      '{ me { login } }',
      '{ requests { edges { node { id } } } }',
      '{ regionStats { organizations } }',
      '{ publicRequests { edges { node { id } } } me { login } }',
      'mutation { createOrganization(input: { name: "x", type: CITY_COMMITTEE, divisionCode: "150500" }) { id } }',
    ]) {
      const result = await stack.gql(query, {}, { token });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    const outside = await stack.gql(
      PUBLIC_QUERY,
      { under: gid('Organization', l.city.id) },
      { token },
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const inside = await stack.ok(
      PUBLIC_QUERY,
      { under: gid('Organization', l.village.id) },
      { token },
    );
    expect(inside.publicRequests.edges).toHaveLength(1);
  });

  it('is for a VIEWER account only, and ends with the account', async () => {
    const editor = await stack.gql(
      `mutation($scope: ID!) { createAccount(input: { kind: PUBLIC, login: "kulun-public-2", displayName: "公开栏", role: EDITOR, scopeOrgId: $scope }) { id } }`,
      { scope: gid('Organization', l.county.id) },
    );
    expect(editor.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('role');
    await stack.ok(
      `mutation($id: ID!) { updateAccount(id: $id, version: 1, input: { disabled: true }) { id } }`,
      {
        id: accountId,
      },
    );
    const revoked = await stack.gql(PUBLIC_QUERY, {}, { token });
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
