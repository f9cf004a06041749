import type { RaRecord } from 'ra-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestStack, testStack } from '../../test/support/stack.ts';
import type { GrassrootsDataProvider } from '../src/dataProvider/index.ts';
import { accountFor, consoleOver, failure, PASSWORD, rawId, type Sent } from './support/console.ts';

// Accounts (账户管理), the audit trail (操作日志) and personal information through the data
// provider, signed in as the organization administrator of a city committee, against the
// real API (yoga.fetch over DynamoDB Local).

let stack: TestStack;
let provider: GrassrootsDataProvider;
let sent: Sent[];
let city: RaRecord;
let county: RaRecord;

const list = (resource: string, filter: Record<string, unknown> = {}, perPage = 25) =>
  provider.getList(resource, {
    pagination: { page: 1, perPage },
    sort: { field: 'id', order: 'ASC' },
    filter,
  });

/** The console of a new account, logged in. */
async function consoleAs(role: Parameters<typeof accountFor>[1], scope: RaRecord | null) {
  const account = await accountFor(stack, role, scope ? rawId(String(scope.id)) : null);
  const signed = consoleOver(stack);
  await signed.tokens.login(account.login, PASSWORD);
  return signed;
}

beforeAll(async () => {
  stack = await testStack();
  const admin = await consoleAs('REGION_ADMIN', null);
  city = (
    await admin.provider.create('organizations', {
      data: { name: '中共乌海市委员会', type: 'CITY_COMMITTEE', divisionCode: '150300' },
    })
  ).data;
  county = (
    await admin.provider.create('organizations', {
      data: {
        parentId: city.id,
        name: '中共乌海市海勃湾区委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150302',
        secretary: { name: '王书记', phone: '13912345678' },
      },
    })
  ).data;
  const orgAdmin = await consoleAs('ORG_ADMIN', city);
  provider = orgAdmin.provider;
  sent = orgAdmin.sent;
});

describe('accounts', () => {
  let viewer: RaRecord;

  it('creates a person’s account in the scope and lists only the accounts of the scope', async () => {
    viewer = (
      await provider.create('accounts', {
        data: {
          kind: 'USER',
          login: 'haibowan-viewer',
          displayName: '海勃湾区查看',
          role: 'VIEWER',
          scopeOrgId: county.id,
          password: 'first-password-1',
        },
      })
    ).data;
    expect(viewer).toMatchObject({
      login: 'haibowan-viewer',
      role: 'VIEWER',
      roleLabel: '查看',
      scopeOrgId: county.id,
      scope: { name: '中共乌海市海勃湾区委员会' },
      disabled: false,
      version: 1,
    });
    const { data, total } = await list('accounts');
    // the region administrator above the city is not the city administrator's to manage
    expect(data.every((a) => a.role !== 'REGION_ADMIN')).toBe(true);
    expect(data.map((a) => a.login)).toContain('haibowan-viewer');
    expect(total).toBe(data.length);
    expect(sent.at(-1)?.variables.filter).toEqual({});
  });

  it('searches the accounts by part of the login or the display name', async () => {
    expect((await list('accounts', { q: '海勃湾' })).data.map((a) => a.login)).toEqual([
      'haibowan-viewer',
    ]);
    expect(sent.at(-1)?.variables.filter).toEqual({ search: '海勃湾' });
    expect((await list('accounts', { q: 'bowan-v' })).data.map((a) => a.login)).toEqual([
      'haibowan-viewer',
    ]);
    expect((await list('accounts', { q: '没有这个人' })).data).toEqual([]);
  });

  it('offers no role above its own: an organization administrator cannot make a region one', async () => {
    const refused = await failure(
      provider.create('accounts', {
        data: {
          kind: 'USER',
          login: 'too-high',
          displayName: '越权',
          role: 'REGION_ADMIN',
          scopeOrgId: county.id,
          password: 'first-password-1',
        },
      }),
    );
    expect(refused.body.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors).toHaveProperty('role');
  });

  it('reads one account by id, changes only what changed, sets a password', async () => {
    sent.length = 0;
    const { data: found } = await provider.getOne('accounts', { id: viewer.id });
    expect(found).toMatchObject({ login: 'haibowan-viewer', version: 1 });
    // one read, whatever the number of accounts
    expect(sent.map((s) => s.variables)).toEqual([{ id: viewer.id }]);
    expect(sent[0]?.query).toContain('account(id: $id)');

    sent.length = 0;
    const { data: editor } = await provider.update('accounts', {
      id: viewer.id,
      data: { ...found, role: 'EDITOR' },
      previousData: found,
    });
    expect(sent[0]?.variables).toEqual({ id: viewer.id, version: 1, input: { role: 'EDITOR' } });
    expect(editor).toMatchObject({ role: 'EDITOR', version: 2 });

    const changed = await provider.setAccountPassword(
      viewer.id,
      editor.version,
      'second-password-2',
    );
    expect(changed.version).toBe(3);
    const theirs = consoleOver(stack);
    await expect(
      theirs.tokens.login('haibowan-viewer', 'second-password-2'),
    ).resolves.toMatchObject({ role: 'EDITOR' });
    const weak = await failure(provider.setAccountPassword(viewer.id, 3, 'short'));
    expect(weak.body.errors).toHaveProperty('password');
  });

  it('issues a service account a token that acts with its role and scope', async () => {
    const { data: service } = await provider.create('accounts', {
      data: {
        kind: 'SERVICE',
        login: 'wuhai-reporting',
        displayName: '乌海市报表程序',
        role: 'VIEWER',
        scopeOrgId: city.id,
        // a password typed before switching the kind to SERVICE is not sent
        password: 'left-over-password-1',
      },
    });
    expect(service).toMatchObject({ kind: 'SERVICE', role: 'VIEWER' });
    const token = await provider.issueServiceToken(service.id, 30);
    const me = await stack.ok<{ me: { login: string } }>('{ me { login } }', {}, { token });
    expect(me.me.login).toBe('wuhai-reporting');
  });
});

describe('public pages', () => {
  it('get an account without a password and a token of their own', async () => {
    sent.length = 0;
    const { data: board } = await provider.create('accounts', {
      data: {
        kind: 'PUBLIC',
        login: 'wuhai-board',
        displayName: '乌海市党务公开栏',
        role: 'VIEWER',
        scopeOrgId: city.id,
        password: 'left-over-password-1',
      },
    });
    expect(sent[0]?.variables.input).not.toHaveProperty('password');
    expect(board).toMatchObject({ kind: 'PUBLIC', role: 'VIEWER' });
    await expect(provider.issueServiceToken(board.id, 7)).resolves.toMatch(/^ey/);
  });
});

describe('one’s own password', () => {
  it('is changed with the current one, which ends the session’s refresh token', async () => {
    const person = await consoleAs('EDITOR', county);
    const wrong = await failure(
      person.provider.changeOwnPassword('not-the-password-1', 'my-new-password-3'),
    );
    expect(wrong.body.errors).toHaveProperty('oldPassword');
    const weak = await failure(person.provider.changeOwnPassword(PASSWORD, 'short'));
    expect(weak.body.errors).toHaveProperty('newPassword');

    await person.provider.changeOwnPassword(PASSWORD, 'my-new-password-3');
    const stale = person.tokens.session()?.accessToken ?? '';
    await expect(person.tokens.renew(stale)).resolves.toBeNull();
    const login = person.tokens.session()?.account.login ?? '';
    await expect(person.tokens.login(login, 'my-new-password-3')).resolves.toMatchObject({
      role: 'EDITOR',
    });
  });
});

describe('the audit trail', () => {
  it('lists a record’s entries newest first, with the changed values', async () => {
    const admin = await consoleAs('REGION_ADMIN', null);
    await admin.provider.update('organizations', {
      id: county.id,
      data: { ...county, memberCount: 260 },
      previousData: county,
    });
    const { data } = await list('auditLog', { recordId: county.id });
    expect(data.map((e) => e.operation)).toEqual(['updateOrganization', 'createOrganization']);
    const [update] = data;
    expect(update).toMatchObject({ recordType: 'Organization', recordId: county.id });
    expect(update?.changes).toEqual([{ field: 'memberCount', before: 0, after: 260 }]);
  });

  it('takes days for from and to, as instants of the user’s time zone', async () => {
    const today = new Date().toLocaleDateString('sv'); // YYYY-MM-DD, local
    const { data } = await list('auditLog', { recordId: county.id, from: today, to: today });
    expect(data).toHaveLength(2);
    expect(sent.at(-1)?.variables.filter).toEqual({
      recordId: county.id,
      from: new Date(`${today}T00:00:00`).toISOString(),
      to: new Date(`${today}T23:59:59.999`).toISOString(),
    });
    const before = await list('auditLog', { recordId: county.id, to: '2020-01-01' });
    expect(before.data).toEqual([]);
  });
});

describe('personal information', () => {
  it('reads the phone masked; an administrator reveals it, and the reveal is audited', async () => {
    const { data } = await provider.getOne('organizations', { id: county.id });
    expect(data.secretary).toEqual({ name: '王书记', phone: '139****5678' });
    expect(await provider.revealSecretaryPhone(county.id)).toBe('13912345678');
    const { data: entries } = await list('auditLog', { recordId: county.id }, 1);
    expect(entries[0]).toMatchObject({
      operation: 'revealPersonalInformation',
      changes: [{ field: 'revealed', before: null, after: 'secretary.phone' }],
    });
  });

  it('keeps the stored phone when a form sends back the masked one it was shown', async () => {
    const { data: shown } = await provider.getOne('organizations', { id: county.id });
    sent.length = 0;
    await provider.update('organizations', {
      id: county.id,
      data: { ...shown, secretary: { name: '王新书记', phone: '139****5678' } },
      previousData: shown,
    });
    expect(sent[0]?.variables.input).toEqual({
      secretary: { name: '王新书记', phone: '139****5678' },
    });
    expect(await provider.revealSecretaryPhone(county.id)).toBe('13912345678');
  });

  it('is not revealed to a viewer', async () => {
    const viewer = await consoleAs('VIEWER', city);
    const refused = await failure(viewer.provider.revealSecretaryPhone(county.id));
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
