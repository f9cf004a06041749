import { createAccount, FAILURES_BEFORE_LOCK } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../support/stack.ts';
import { gid, scopedWorld, type World } from './fixture.ts';

let stack: TestStack;
let w: World;

beforeAll(async () => {
  stack = await testStack();
  w = await scopedWorld(stack);
});

const LOGIN =
  'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken refreshToken expiresAt account { login role roleLabel scope { name } permissions { write manageAccounts revealPersonalInformation readAudit } } } }';
const logIn = (login: string, password: string) =>
  stack.gql(LOGIN, { l: login, p: password }, { token: null });

/** A person's account, scoped to 林荫街道 unless another scope is given. */
const person = (
  login: string,
  role: 'ORG_ADMIN' | 'EDITOR' | 'VIEWER' = 'EDITOR',
  { displayName = login, scopeOrgId = w.linyin.id } = {},
) =>
  createAccount(w.session(), {
    login,
    displayName,
    role,
    scopeOrgId,
    password: 'Dangjian2021',
  });

describe('logging in', () => {
  it('exchanges a login and password for tokens that speak for the account', async () => {
    await person('li-editor');
    const result = await logIn('LI-EDITOR', 'Dangjian2021');
    expect(result.data?.login.account).toEqual({
      login: 'li-editor',
      role: 'EDITOR',
      roleLabel: '编辑',
      scope: { name: '林荫街道党工委' },
      permissions: {
        write: true,
        manageAccounts: false,
        revealPersonalInformation: false,
        readAudit: false,
      },
    });
    const me = await stack.ok(
      '{ me { login } regionStats { organizations } }',
      {},
      { token: result.data?.login.accessToken },
    );
    expect(me.me.login).toBe('li-editor');
    // a scoped account's figures are its subtree's
    expect(me.regionStats.organizations).toBe(0);
  });

  it('answers a wrong password and an unknown login alike, and locks after repeated failures', async () => {
    await person('wang-viewer', 'VIEWER');
    const unknown = await logIn('nobody-here', 'whatever1234');
    const wrong = await logIn('wang-viewer', 'wrong-password-1');
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Wrong login name or password.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    for (let i = 1; i < FAILURES_BEFORE_LOCK; i++) await logIn('wang-viewer', 'wrong-password-1');
    const locked = await logIn('wang-viewer', 'Dangjian2021');
    expect(locked.errors?.[0]?.message).toMatch(/Too many failed logins; try again after/);
    const trail = await stack.ok(
      '{ auditLog(first: 50) { edges { node { operation actorLogin } } } }',
    );
    const failures = trail.auditLog.edges.filter((e: any) => e.node.operation === 'loginFailed');
    expect(failures.length).toBeGreaterThanOrEqual(FAILURES_BEFORE_LOCK + 1);
  });

  it('renews a session with the refresh token until the password changes', async () => {
    await person('zhao-editor');
    const first = (await logIn('zhao-editor', 'Dangjian2021')).data?.login;
    const renewed = await stack.gql(
      'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
      { t: first.refreshToken },
      { token: null },
    );
    expect(renewed.data?.refreshToken.accessToken).toEqual(expect.any(String));
    await stack.ok(
      'mutation { changeOwnPassword(oldPassword: "Dangjian2021", newPassword: "Dangjian2022") { login } }',
      {},
      { token: first.accessToken },
    );
    const ended = await stack.gql(
      'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
      { t: first.refreshToken },
      { token: null },
    );
    expect(ended.errors?.[0]).toMatchObject({
      message: 'This session has ended; log in again.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await logIn('zhao-editor', 'Dangjian2022')).data?.login.accessToken).toEqual(
      expect.any(String),
    );
    const weak = await stack.gql(
      'mutation { changeOwnPassword(oldPassword: "Dangjian2022", newPassword: "short") { login } }',
      {},
      { token: first.accessToken },
    );
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.fields).toContainEqual({
      path: 'password',
      message: 'At least 10 characters.',
    });
  });
});

describe('managing accounts', () => {
  it('lets an ORG_ADMIN create accounts in its subtree only, and never above its own role', async () => {
    const token = w.tokens.ORG_ADMIN;
    const create = (role: string, scope: string) =>
      stack.gql(
        'mutation($r: Role!, $s: ID) { createAccount(input: { login: "new-' +
          Math.random().toString(36).slice(2, 8) +
          '", displayName: "新人", role: $r, scopeOrgId: $s, password: "Dangjian2021" }) { role scope { name } } }',
        { r: role, s: gid('Organization', scope) },
        { token },
      );
    expect((await create('EDITOR', w.linyin.id)).data?.createAccount).toEqual({
      role: 'EDITOR',
      scope: { name: '林荫街道党工委' },
    });
    const tooHigh = await create('REGION_ADMIN', w.linyin.id);
    expect(tooHigh.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'role' }],
    });
    const elsewhere = await create('EDITOR', w.wudaStreet.id);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'scopeOrgId' }],
    });
    const taken = await stack.gql(
      'mutation { createAccount(input: { login: "LI-EDITOR", displayName: "重名", role: VIEWER, scopeOrgId: "' +
        gid('Organization', w.linyin.id) +
        '", password: "Dangjian2021" }) { id } }',
      {},
      { token },
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'login', message: expect.stringMatching(/taken/) }],
    });
  });

  it('finds accounts by part of the login or the display name, within the subtree only', async () => {
    const stamp = Date.now().toString(36);
    await person(`linyin-grid-${stamp}`, 'VIEWER', { displayName: '林荫街道网格员王芳' });
    await person(`wuda-grid-${stamp}`, 'VIEWER', {
      displayName: '乌达区网格员王芳',
      scopeOrgId: w.wudaStreet.id,
    });
    const found = async (search: string, token: string) =>
      (
        await stack.ok(
          'query($s: String) { accounts(first: 50, filter: { search: $s }) { totalCount edges { node { login displayName } } } }',
          { s: search },
          { token },
        )
      ).accounts;
    // by login, across the region for its administrator
    const byLogin = await found(`grid-${stamp}`, w.tokens.REGION_ADMIN);
    expect(byLogin.edges.map((e: { node: { login: string } }) => e.node.login).sort()).toEqual(
      [`linyin-grid-${stamp}`, `wuda-grid-${stamp}`].sort(),
    );
    expect(byLogin.totalCount).toBeNull();
    // by display name, and only in the ORG_ADMIN's subtree
    expect((await found('网格员王芳', w.tokens.ORG_ADMIN)).edges).toEqual([
      { node: { login: `linyin-grid-${stamp}`, displayName: '林荫街道网格员王芳' } },
    ]);
    const bad = await stack.gql('{ accounts(first: 5, filter: { search: "a#b" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'filter.search', message: 'Search text must not contain # or :.' },
    ]);
  });

  it('reads one account by id for the administrators of its subtree', async () => {
    const inside = await person(`one-${Date.now().toString(36)}`);
    const read = (token: string) =>
      stack.gql(
        'query($id: ID!) { account(id: $id) { login scope { name } } }',
        {
          id: gid('Account', inside.id),
        },
        { token },
      );
    expect((await read(w.tokens.ORG_ADMIN)).data?.account).toEqual({
      login: inside.login,
      scope: { name: '林荫街道党工委' },
    });
    expect((await read(w.tokens.EDITOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = await person(`out-${Date.now().toString(36)}`, 'VIEWER', {
      scopeOrgId: w.wudaStreet.id,
    });
    const other = await stack.gql(
      'query($id: ID!) { account(id: $id) { login } }',
      {
        id: gid('Account', outside.id),
      },
      { token: w.tokens.ORG_ADMIN },
    );
    expect(other).toEqual({ data: { account: null } });
  });

  it('ends the sessions and service tokens of a disabled account', async () => {
    const service = await createAccount(w.session(), {
      kind: 'SERVICE',
      login: 'dashboard-app',
      displayName: '大屏',
      role: 'VIEWER',
      scopeOrgId: w.linyin.id,
    });
    const token = (
      await stack.ok('mutation($id: ID!) { issueServiceToken(id: $id, days: 30) }', {
        id: gid('Account', service.id),
      })
    ).issueServiceToken;
    expect((await stack.ok('{ me { login kind } }', {}, { token })).me).toEqual({
      login: 'dashboard-app',
      kind: 'SERVICE',
    });
    await stack.ok(
      'mutation($id: ID!) { updateAccount(id: $id, version: 1, input: { disabled: true }) { disabled } }',
      { id: gid('Account', service.id) },
    );
    const revoked = await stack.gql('{ me { login } }', {}, { token });
    expect(revoked.errors?.[0]).toMatchObject({
      message: 'This service token was revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('does not let an administrator change their own role or access', async () => {
    const self = (await stack.ok('{ me { id version } }', {}, { token: w.tokens.ORG_ADMIN })).me;
    const result = await stack.gql(
      'mutation($id: ID!, $v: Int!) { updateAccount(id: $id, version: $v, input: { role: VIEWER }) { id } }',
      { id: self.id, v: self.version },
      { token: w.tokens.ORG_ADMIN },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
