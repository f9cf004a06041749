import { signAccessToken } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../../test/support/stack.ts';
import { allows, grantableRoles } from '../src/auth/access.ts';
import { loginFailure } from '../src/auth/loginFailure.ts';
import type { SessionAccount } from '../src/auth/session.ts';
import { RENEW_MARGIN_MS } from '../src/auth/tokens.ts';
import { i18nProvider } from '../src/i18n/index.ts';
import { accountFor, accountId, consoleOver, failure, PASSWORD, rawId } from './support/console.ts';

// Logging in, the session in the tab's storage, renewing the access token, what ends a
// session and what the console offers each role, against the real API (yoga.fetch over
// DynamoDB Local).

let stack: TestStack;
let cityId: string;

const operations = (sent: { query: string }[]) =>
  sent.map((s) => /^(?:query|mutation) (\w+)/.exec(s.query)?.[1]);
const translate = (key: string, options?: any) => i18nProvider.translate(key, options);
const SESSION = 'grassroots.session';

/** The console signed in as a new account of this role, scoped to the city committee. */
async function signedIn(role: Parameters<typeof accountFor>[1]) {
  const account = await accountFor(stack, role, role === 'REGION_ADMIN' ? null : rawId(cityId));
  const signed = consoleOver(stack);
  await signed.authProvider.login({ username: account.login, password: PASSWORD });
  signed.sent.length = 0;
  return { ...signed, account };
}

beforeAll(async () => {
  stack = await testStack();
  const { createOrganization } = await stack.ok<any>(
    'mutation { createOrganization(input: { name: "中共赤峰市委员会", type: CITY_COMMITTEE, divisionCode: "150400" }) { id } }',
  );
  cityId = createOrganization.id;
});

describe('logging in', () => {
  it("keeps the tokens and the account in the tab's storage, and logging out forgets them", async () => {
    const account = await accountFor(stack, 'ORG_ADMIN', rawId(cityId));
    const { tokens, storage, authProvider, sent } = consoleOver(stack);
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
    await authProvider.login({ username: account.login, password: PASSWORD });
    expect([...storage.items.keys()]).toEqual([SESSION]);
    const session = JSON.parse(storage.getItem(SESSION) ?? '');
    expect(session.accessToken).toMatch(/^ey/);
    expect(session.refreshToken).toMatch(/^ey/);
    // the login itself goes out without credentials
    expect(sent.map((s) => s.authorization)).toEqual([null]);

    expect(await authProvider.getIdentity?.()).toMatchObject({
      fullName: account.displayName,
      login: account.login,
      role: 'ORG_ADMIN',
      roleLabel: '组织管理员',
      scope: { id: cityId, name: '中共赤峰市委员会' },
    });
    expect(await authProvider.getPermissions?.({})).toMatchObject({
      permissions: {
        write: true,
        manageAccounts: true,
        revealPersonalInformation: true,
        readAudit: true,
      },
    });
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();

    await authProvider.logout({});
    expect(storage.items.size).toBe(0);
    expect(tokens.session()).toBeNull();
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('says why a login was refused, in the user’s language', async () => {
    const account = await accountFor(stack, 'VIEWER', rawId(cityId));
    const { authProvider, storage } = consoleOver(stack);
    const attempt = (password: string) =>
      failure(authProvider.login({ username: account.login, password }));
    const wrong = await attempt('not-the-password-1');
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
    expect(loginFailure(wrong, translate, 'zh-CN')).toBe('登录名或密码错误');
    expect(storage.items.size).toBe(0);

    // five wrong passwords lock the account; then even the right one hears until when
    for (let i = 0; i < 4; i += 1) await attempt('not-the-password-1');
    const locked = await attempt(PASSWORD);
    expect(loginFailure(locked, translate, 'zh-CN')).toMatch(
      /^连续登录失败次数过多，账户已暂时锁定，请于 \d{4}\/\d{1,2}\/\d{1,2} .+ 后再试$/,
    );

    const other = await accountFor(stack, 'VIEWER', rawId(cityId));
    await stack.ok(
      'mutation($id: ID!) { updateAccount(id: $id, version: 1, input: { disabled: true }) { id } }',
      { id: accountId(other.id) },
    );
    const disabled = await failure(
      authProvider.login({ username: other.login, password: PASSWORD }),
    );
    expect(loginFailure(disabled, translate, 'zh-CN')).toBe('该账户已停用，请联系管理员');
    expect(loginFailure(disabled, (key) => key, 'en')).toBe('grassroots.login.disabled');
  });
});

describe('the access token', () => {
  it('goes with every request of the data provider', async () => {
    const { provider, tokens, sent } = await signedIn('VIEWER');
    await provider.getOne('organizations', { id: cityId });
    expect(sent.map((s) => s.authorization)).toEqual([`Bearer ${tokens.session()?.accessToken}`]);
  });

  it('is renewed shortly before it expires, on the console’s clock', async () => {
    const { provider, tokens, clock, sent } = await signedIn('VIEWER');
    // the console's clock stands still at the login (creating the account before it takes
    // a memory-hard hash, seconds on a loaded machine, so the wall clock would not do)
    const loggedInAt = clock.now;
    const renewAt = tokens.session()?.renewAt ?? 0;
    // 15 minutes less the margin, counted from the login on this clock
    expect(renewAt - loggedInAt).toBeGreaterThan(15 * 60_000 - RENEW_MARGIN_MS - 5_000);
    expect(renewAt - loggedInAt).toBeLessThanOrEqual(15 * 60_000 - RENEW_MARGIN_MS + 1_000);

    clock.now = renewAt - 1;
    await provider.getOne('organizations', { id: cityId });
    expect(operations(sent)).toEqual(['One']);

    sent.length = 0;
    clock.now = renewAt + 1;
    await provider.getOne('organizations', { id: cityId });
    expect(operations(sent)).toEqual(['Refresh', 'One']);
    expect(sent[0]?.authorization).toBeNull();
    const renewed = tokens.session();
    expect(sent[1]?.authorization).toBe(`Bearer ${renewed?.accessToken}`);
    expect(renewed?.renewAt).toBeGreaterThan(clock.now + 10 * 60_000);
  });

  it('is renewed when the API refuses it, once for the requests made together', async () => {
    const { provider, storage, sent, account } = await signedIn('VIEWER');
    // a token that expired minutes ago though this browser's clock says otherwise
    const expired = await signAccessToken(
      stack.secret,
      { sub: account.id, login: account.login, role: 'VIEWER', scope: rawId(cityId), kind: 'USER' },
      new Date(Date.now() - 20 * 60_000),
    );
    const session = JSON.parse(storage.getItem(SESSION) ?? '');
    storage.setItem(SESSION, JSON.stringify({ ...session, accessToken: expired }));

    const found = await Promise.all(
      [1, 2, 3].map(() => provider.getOne('organizations', { id: cityId })),
    );
    expect(found.map((r) => r.data.name)).toEqual(Array(3).fill('中共赤峰市委员会'));
    const asked = operations(sent);
    expect(asked.filter((o) => o === 'Refresh')).toHaveLength(1);
    expect(asked.filter((o) => o === 'One')).toHaveLength(6);
    const renewed = JSON.parse(storage.getItem(SESSION) ?? '').accessToken;
    expect(sent.at(-1)?.authorization).toBe(`Bearer ${renewed}`);
  });

  it('ends with the session: UNAUTHENTICATED, which logs out, asked for only once', async () => {
    const { provider, authProvider, tokens, clock, sent, account } = await signedIn('EDITOR');
    // an administrator sets a new password: every refresh token of the account is void
    await stack.ok(
      'mutation($id: ID!) { setAccountPassword(id: $id, version: 1, password: "another-password-2") { id } }',
      { id: accountId(account.id) },
    );
    clock.now = (tokens.session()?.renewAt ?? 0) + 1;
    const ended = await failure(provider.getOne('organizations', { id: cityId }));
    expect(ended.status).toBe(401);
    expect(ended.body.code).toBe('UNAUTHENTICATED');
    expect(ended.message).toBe('grassroots.errors.UNAUTHENTICATED');
    await expect(authProvider.checkError(ended)).rejects.toEqual({
      message: 'grassroots.auth.sessionEnded',
    });
    expect(translate('grassroots.auth.sessionEnded')).toBe('登录已过期，请重新登录');

    sent.length = 0;
    await failure(provider.getOne('organizations', { id: cityId }));
    expect(operations(sent)).toEqual(['One']);
  });

  it('is not brought back by a renewal that was under way when the user logged out', async () => {
    const { tokens, storage } = await signedIn('VIEWER');
    const renewal = tokens.renew(tokens.session()?.accessToken ?? '');
    tokens.logout();
    await expect(renewal).resolves.toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it('is refused plainly for what the role may not do (FORBIDDEN), and the session stays', async () => {
    const { provider, authProvider } = await signedIn('VIEWER');
    const refused = await failure(
      provider.create('organizations', {
        data: {
          parentId: cityId,
          name: '某旗委',
          type: 'COUNTY_COMMITTEE',
          divisionCode: '150428',
        },
      }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(translate(refused.message)).toBe('无权执行此操作：超出您的角色权限或管辖范围');
    await expect(authProvider.checkError(refused)).resolves.toBeUndefined();
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
  });
});

describe('what the console offers', () => {
  const as = (role: SessionAccount['role']) => {
    const admin = role === 'REGION_ADMIN' || role === 'ORG_ADMIN';
    return {
      role,
      permissions: {
        write: role !== 'VIEWER',
        manageAccounts: admin,
        revealPersonalInformation: admin,
        readAudit: admin,
      },
    } as SessionAccount;
  };

  it('hides writes from viewers, accounts and the audit log from non-administrators', () => {
    const cells = (role: SessionAccount['role']) =>
      [
        ['organizations', 'list'],
        ['organizations', 'edit'],
        ['organizations', 'move'],
        ['organizations', 'reveal'],
        ['projectNotes', 'create'],
        ['accounts', 'list'],
        ['accounts', 'edit'],
        ['accounts', 'delete'],
        ['auditLog', 'list'],
        ['auditLog', 'delete'],
      ].map(([resource = '', action = '']) => allows(as(role), resource, action));
    expect(cells('VIEWER')).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(cells('EDITOR')).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    // accounts are disabled, never deleted; the trail is read-only
    expect(cells('ORG_ADMIN')).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(allows(null, 'organizations', 'list')).toBe(false);
    // a project seen as a partner's, its lead outside the scope, is not the editor's to change
    expect(allows(as('EDITOR'), 'projects', 'edit', { leadOrganizationId: null })).toBe(false);
    expect(allows(as('EDITOR'), 'projects', 'show', { leadOrganizationId: null })).toBe(true);
  });

  it('offers a request’s steps only to the level holding it, and a member’s delete only to its side', () => {
    const editor = as('EDITOR');
    const held = { viewerCanAct: true, status: 'RECEIVED' };
    const passedOn = { viewerCanAct: false, status: 'ESCALATED' };
    expect(allows(editor, 'requests', 'transition', held)).toBe(true);
    expect(allows(editor, 'requests', 'edit', held)).toBe(true);
    expect(allows(editor, 'requests', 'delete', held)).toBe(true);
    // a request with a history stays on record
    expect(allows(editor, 'requests', 'delete', { ...held, status: 'ACCEPTED' })).toBe(false);
    // a level it passed through keeps reading it, without a step to take
    expect(allows(editor, 'requests', 'show', passedOn)).toBe(true);
    expect(allows(editor, 'requests', 'transition', passedOn)).toBe(false);
    expect(allows(editor, 'requests', 'edit', passedOn)).toBe(false);
    expect(allows(as('VIEWER'), 'requests', 'transition', held)).toBe(false);
    expect(allows(editor, 'requests', 'create')).toBe(true);

    // seen through its grid, a member is edited from that side but transferred or deleted
    // only by its own organization
    expect(allows(editor, 'members', 'edit', { organizationId: null })).toBe(true);
    expect(allows(editor, 'members', 'delete', { organizationId: null })).toBe(false);
    expect(allows(editor, 'members', 'delete', { organizationId: 'x' })).toBe(true);
    expect(allows(as('VIEWER'), 'grids', 'edit')).toBe(false);
    expect(allows(as('ORG_ADMIN'), 'grids', 'reveal')).toBe(true);
    expect(allows(editor, 'members', 'reveal')).toBe(false);
  });

  it('offers the roles the administrator may grant', () => {
    expect(grantableRoles('REGION_ADMIN')).toEqual([
      'REGION_ADMIN',
      'ORG_ADMIN',
      'EDITOR',
      'VIEWER',
    ]);
    expect(grantableRoles('ORG_ADMIN')).toEqual(['ORG_ADMIN', 'EDITOR', 'VIEWER']);
    expect(grantableRoles('EDITOR')).toEqual([]);
  });

  it("answers react-admin's canAccess from the signed-in account", async () => {
    const { authProvider } = await signedIn('VIEWER');
    const can = (resource: string, action: string) =>
      authProvider.canAccess?.({ resource, action });
    expect(await can('organizations', 'show')).toBe(true);
    expect(await can('organizations', 'create')).toBe(false);
    expect(await can('accounts', 'list')).toBe(false);
  });
});
