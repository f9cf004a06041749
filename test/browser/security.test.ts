import { signAccessToken } from '@grassroots/core';
import type { LocalStack } from '@grassroots/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_TIMEOUT,
  ADMIN_MENU,
  DEMO_PASSWORD,
  eventually,
  haveBrowser,
  logIn,
  menu,
  openAs,
  RECORDS_MENU,
  requireBrowser,
  screenshot,
  startConsole,
} from './browser.ts';

// Logging in, scopes and roles as the console shows them, personal information, accounts
// and the session's renewal, in Chromium against a local stack with the demo accounts
// (packages/local/src/demo/accounts.ts). Each person gets a tab of their own: the session
// lives in the tab's sessionStorage, so tabs of one browser are as separate as browsers,
// and they share the cache of the console's files.

requireBrowser('console security in Chromium');

const SESSION = 'grassroots.session';
const rawId = (globalId: string) => atob(globalId).split(':')[1] ?? '';

// Each test logs in afresh (a memory-hard password hash on the server) in a new tab: on a
// busy machine that takes a while.
describe.skipIf(!haveBrowser)('console security in Chromium', { timeout: 120_000 }, () => {
  let stack: LocalStack;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;

  let last: Page | null = null;
  const person = async () => {
    last = await context.newPage();
    return last;
  };
  const names = (page: Page) =>
    page.locator('.RaDataTable-tbody tr td:first-child').allTextContents();
  const row = (page: Page, name: string) =>
    page.locator('.RaDataTable-tbody td:first-child').filter({ hasText: new RegExp(`^${name}$`) });
  const session = (page: Page) =>
    page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), SESSION);
  const storeSession = (page: Page, value: unknown) =>
    page.evaluate(([key, text]) => sessionStorage.setItem(key, text), [
      SESSION,
      JSON.stringify(value),
    ] as const);

  beforeAll(async () => {
    ({ stack, base, browser } = await startConsole());
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && last && !last.isClosed()) {
      await screenshot(last, `failed-${context.task.name.slice(0, 20)}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('refuses a wrong password plainly, in either language, then opens the page asked for', async () => {
    const page = await person();
    await page.goto(`${base}#/projects`);
    await page.waitForURL(/#\/login/);
    await page.getByRole('heading', { name: '登录' }).waitFor();

    await page.getByLabel('登录名').fill('linyin-admin');
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await eventually(() => page.getByTestId('login-error').textContent()).toBe('登录名或密码错误');
    await screenshot(page, 'login-refused');
    // the language switch starts the form afresh, in English
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('Login name').fill('linyin-admin');
    await page.getByLabel('Password').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Log in' }).click();
    await eventually(() => page.getByTestId('login-error').textContent()).toBe(
      'Wrong login name or password',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    expect(page.url()).toMatch(/#\/login$/);

    await logIn(page, 'linyin-admin', DEMO_PASSWORD);
    await page.waitForURL(/#\/projects$/);
    // the session is the tab's: in sessionStorage, never in a cookie
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([SESSION]);
    expect(await context.cookies()).toEqual([]);
    await page.close();
  });

  it("shows 林荫街道's administrator its subtree only, who it is, and logs out", async () => {
    const page = await person();
    await openAs(page, base, '#/organizations', 'linyin-admin', DEMO_PASSWORD);
    await eventually(() => page.locator('header').textContent()).toMatch(
      /组织管理员.*林荫街道党工委.*林荫街道党工委管理员/,
    );
    await eventually(() => names(page)).toEqual([
      '林荫街道党工委',
      '林荫街道社区党委（示例）',
      '居民小区党支部（示例）',
      '楼栋党小组（示例）',
      '党员中心户（示例）',
    ]);
    // the tree starts at the account's own organization, opened
    await eventually(() =>
      page.getByTestId('organization-tree').locator('.MuiTreeItem-label').allTextContents(),
    ).toEqual(['林荫街道党工委', '林荫街道社区党委（示例）']);
    await eventually(() => menu(page)).toEqual(ADMIN_MENU);
    await screenshot(page, 'scoped-organizations');

    await page.goto(`${base}#/serviceCenters`);
    await eventually(() => names(page)).toEqual([
      '林荫街道党群服务中心',
      '林荫街道社区党群服务站（示例）',
    ]);

    await page.goto(base);
    // four organizations below 林荫街道党工委, which the figures do not count itself
    await eventually(() => page.getByTestId('figure-organizations').textContent()).toBe('4');
    expect(await page.getByLabel('统计范围').getAttribute('placeholder')).toBe(
      '林荫街道党工委（含所有下级）',
    );
    await screenshot(page, 'scoped-dashboard');

    await page.getByRole('button', { name: '个人资料' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(/#\/login/);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    await page.close();
  });

  it('shows a viewer no way to change anything', async () => {
    const page = await person();
    await openAs(page, base, '#/organizations', 'chifeng-viewer', DEMO_PASSWORD);
    await eventually(() => page.locator('header').textContent()).toMatch(/查看.*中共赤峰市委员会/);
    await row(page, '中共喀喇沁旗委员会').waitFor();
    expect(await menu(page)).toEqual(RECORDS_MENU);
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);

    await row(page, '中共喀喇沁旗委员会').click();
    await eventually(() => page.getByTestId('ancestors').textContent()).toMatch(/喀喇沁旗/);
    for (const name of ['编辑', '删除', '移动', '添加下级组织', '操作记录']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
      expect(await page.getByRole('link', { name }).count(), name).toBe(0);
    }
    await screenshot(page, 'viewer-organization');
    // the edit page itself, typed in, is refused
    await page.goto(page.url().replace(/\/show$/, ''));
    await page.getByText('您没有访问此页面的权限').waitFor();

    await page.goto(`${base}#/projects`);
    await row(page, '牛家营子村中蒙药材产业发展（党总支牵头组建合作社）').click();
    await eventually(() => page.getByTestId('notes').locator('li').count()).toBe(2);
    expect(await page.getByLabel('新的进展情况').count()).toBe(0);
    expect(await page.getByTestId('notes').getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('names to a partner agency who leads the project it joins, opening only its own organization', async () => {
    const page = await person();
    await openAs(page, base, '#/projects', 'hure-petitions-viewer', DEMO_PASSWORD);
    const rows = page.locator('.RaDataTable-tbody tr');
    // the lead and the partners by name, though only the agency itself is in scope
    await eventually(() => rows.allTextContents()).toEqual([
      expect.stringMatching(
        /^九家子村2000亩耕地通电项目.*六家子镇党委库伦旗信访局党支部、库伦旗农电局党支部/,
      ),
    ]);
    await row(page, '九家子村2000亩耕地通电项目').click();
    await page.waitForURL(/#\/projects\/[^/]+\/show$/);
    const parties = (of: string) => page.getByTestId(`parties-${of}`);
    await eventually(() => parties('lead').textContent()).toBe('六家子镇党委');
    expect(await parties('partners').getByRole('link').allTextContents()).toEqual([
      '库伦旗信访局党支部',
    ]);
    expect(await parties('partners').textContent()).toBe('库伦旗信访局党支部库伦旗农电局党支部');
    expect(await parties('served').textContent()).toBe('九家子村党组织');
    for (const of of ['lead', 'served']) {
      expect(await parties(of).getByRole('link').count(), of).toBe(0);
    }
    await parties('lead').getByText('六家子镇党委').hover();
    await eventually(() => page.getByRole('tooltip').textContent()).toBe(
      '不在您的管辖范围内，只显示名称',
    );
    await screenshot(page, 'project-as-partner');
    // its own agency opens from there
    await parties('partners').getByRole('link', { name: '库伦旗信访局党支部' }).click();
    await eventually(() => page.getByTestId('ancestors').textContent()).toMatch(
      /库伦旗信访局党支部/,
    );
    await page.close();
  });

  it('tells the leading township which partners it cannot see, and keeps them through a save', async () => {
    const page = await person();
    await openAs(page, base, '#/projects', 'liujiazi-editor', DEMO_PASSWORD);
    await row(page, '九家子村2000亩耕地通电项目').click();
    await page.getByRole('link', { name: '编辑' }).click();
    const hint = page
      .locator('.MuiFormControl-root', { has: page.getByLabel('联建单位') })
      .locator('.MuiFormHelperText-root');
    await eventually(() => hint.textContent()).toBe(
      '另有 库伦旗信访局党支部、库伦旗农电局党支部 不在您的管辖范围内，保存时保留。',
    );
    await page.getByLabel('受益户数').fill('92');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show$/);
    await eventually(() => page.getByTestId('parties-partners').textContent()).toBe(
      '库伦旗信访局党支部库伦旗农电局党支部',
    );
    await page.close();
  });

  it('lets an administrator reveal a phone, keeps it through an edit, and finds the reveal in 操作日志', async () => {
    const page = await person();
    await openAs(page, base, '#/organizations', 'wuhai-admin', DEMO_PASSWORD);
    await page.getByPlaceholder('搜索').fill('林荫街道党工委');
    // the search applies after a pause and reorders the rows; click what it shows
    await eventually(() => names(page)).toEqual(['林荫街道党工委']);
    await row(page, '林荫街道党工委').click();
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('书记').fill('张书记');
    await page.getByLabel('联系电话').fill('13912345678');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show$/);
    const phone = page.getByTestId('secretary-phone');
    await eventually(() => phone.textContent()).toBe('139****5678');

    await page.getByRole('button', { name: '显示' }).click();
    await eventually(() => phone.textContent()).toBe('13912345678');
    await page.getByText('已记入操作日志').waitFor();
    await screenshot(page, 'phone-revealed');

    // the form shows the masked number and saves it back; the stored one stays
    await page.getByRole('link', { name: '编辑' }).click();
    await eventually(() => page.getByLabel('联系电话').inputValue()).toBe('139****5678');
    await page.getByText('号码已隐藏中间四位；不修改则保留原号码').waitFor();
    await page.getByLabel('书记').fill('张新书记');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show$/);
    await eventually(() => phone.textContent()).toBe('139****5678');
    await page.getByRole('button', { name: '显示' }).click();
    await eventually(() => phone.textContent()).toBe('13912345678');

    await page.getByRole('link', { name: '操作记录' }).click();
    await page.waitForURL(/#\/auditLog\?filter=/);
    const cells = (column: number) =>
      page.locator(`.RaDataTable-tbody tr td:nth-child(${column})`).allTextContents();
    await eventually(() => cells(3)).toEqual([
      '查看个人信息',
      '修改党组织',
      '查看个人信息',
      '修改党组织',
    ]);
    expect((await cells(2)).every((actor) => actor.startsWith('wuhai-admin'))).toBe(true);
    // the trail's copy of the number is shown masked too
    const changes = (await cells(5)).join(' ');
    expect(changes).toContain('139****5678');
    expect(changes).not.toContain('13912345678');
    await screenshot(page, 'audit-log');

    // the 操作人 filter asks the API for the accounts whose login holds what is typed
    await page.goto(`${base}#/auditLog?filter=%7B%7D`);
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menu').getByText('操作人').click();
    await page.keyboard.press('Escape');
    await page.getByLabel('操作人').fill('linyin');
    await page.getByRole('option', { name: 'linyin-admin' }).click();
    await page.waitForURL(/actorId/);
    await eventually(async () => {
      const actors = await cells(2);
      return actors.length > 0 && actors.every((actor) => actor.startsWith('linyin-admin'));
    }).toBe(true);
    await page.close();
  });

  it('lets an organization administrator grant only its roles, and shows a service token once', async () => {
    const page = await person();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAs(page, base, '#/accounts', 'wuhai-admin', DEMO_PASSWORD);
    await eventually(() => names(page)).toEqual(['wuhai-admin', 'linyin-admin']);

    await page.getByRole('link', { name: '新建' }).click();
    await page.getByLabel('登录名').fill('haibowan-editor');
    await page.getByLabel('姓名').fill('海勃湾区编辑');
    await page.getByLabel('角色').click();
    const offered = (await page.getByRole('option').allTextContents()).filter((t) => t.trim());
    expect(offered).toEqual(['组织管理员', '编辑', '查看']);
    await page.getByRole('option', { name: '编辑' }).click();
    await page.getByLabel('管辖范围').fill('海勃湾区委');
    await page.getByRole('option', { name: '中共乌海市海勃湾区委员会' }).click();
    await page.getByLabel('初始密码').fill('Haibowan-2021');
    await page.getByRole('button', { name: '保存' }).click();
    await eventually(() => names(page)).toContain('haibowan-editor');
    // found by part of the name among all the accounts, and opened by id
    await page.getByPlaceholder('搜索').fill('海勃湾');
    await eventually(() => names(page)).toEqual(['haibowan-editor']);
    await row(page, 'haibowan-editor').click();
    await eventually(() => page.getByLabel('姓名').inputValue()).toBe('海勃湾区编辑');
    await page.goto(`${base}#/accounts`);
    await page.getByPlaceholder('搜索').fill('');
    await eventually(() => names(page)).toContain('wuhai-admin');

    // the new person logs in and works in the scope given
    const editor = await person();
    await openAs(editor, base, '', 'haibowan-editor', 'Haibowan-2021');
    await eventually(() => editor.locator('header').textContent()).toMatch(
      /编辑.*中共乌海市海勃湾区委员会.*海勃湾区编辑/,
    );
    await editor.close();

    await page.getByRole('link', { name: '新建' }).click();
    await page.getByLabel('类型').click();
    await page.getByRole('option', { name: '服务账户' }).click();
    expect(await page.getByLabel('初始密码').count()).toBe(0);
    await page.getByLabel('登录名').fill('wuhai-report');
    await page.getByLabel('姓名').fill('乌海市报表程序');
    // the scope starts as the administrator's own organization
    await eventually(() => page.getByLabel('管辖范围').inputValue()).toBe('中共乌海市委员会');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/accounts\/[^/]+$/);

    await page.getByRole('button', { name: '签发令牌' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('有效天数').fill('30');
    await dialog.getByRole('button', { name: '签发' }).click();
    const token = await dialog.getByLabel('服务令牌').inputValue();
    expect(token).toMatch(/^ey/);
    await dialog.getByText('令牌只显示这一次').waitFor();
    await dialog.getByRole('button', { name: '复制' }).click();
    await dialog.getByText('已复制到剪贴板').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await screenshot(page, 'service-token');
    await dialog.getByRole('button', { name: '关闭' }).click();
    // shown once: opening the dialog again asks for a new one
    await page.getByRole('button', { name: '签发令牌' }).click();
    expect(await page.getByRole('dialog').getByLabel('服务令牌').count()).toBe(0);

    const me = await fetch(`${base}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { login role } }' }),
    }).then((response) => response.json());
    expect(me.data.me).toEqual({ login: 'wuhai-report', role: 'VIEWER' });
    await page.close();
  });

  it('renews an expired session unnoticed, and sends an ended one to log in, then back', async () => {
    const page = await person();
    await openAs(page, base, '#/organizations', 'linyin-admin', DEMO_PASSWORD);
    await row(page, '林荫街道党工委').waitFor();
    const asked: string[] = [];
    page.on('request', (request) => {
      const operation = /^(?:query|mutation) (\w+)/.exec(
        JSON.parse(request.postData() ?? '{}').query ?? '',
      );
      if (operation?.[1]) asked.push(operation[1]);
    });

    // a token the API has seen expire, though this browser's clock thinks it fresh
    const current = await session(page);
    const expired = await signAccessToken(
      stack.secret,
      {
        sub: rawId(current.account.id),
        login: 'linyin-admin',
        role: 'ORG_ADMIN',
        scope: rawId(current.account.scope.id),
        kind: 'USER',
      },
      new Date(Date.now() - 20 * 60_000),
    );
    await storeSession(page, { ...current, accessToken: expired });
    await page.goto(`${base}#/serviceCenters`);
    await eventually(() => names(page)).toEqual([
      '林荫街道党群服务中心',
      '林荫街道社区党群服务站（示例）',
    ]);
    expect(asked).toContain('Refresh');
    expect((await session(page)).accessToken).not.toBe(expired);

    // a token due for renewal on this browser's clock is renewed before it is sent
    asked.length = 0;
    await storeSession(page, { ...(await session(page)), renewAt: 0 });
    await page.goto(`${base}#/projects`);
    await row(page, '林荫街道机关、企业、社会组织与网格联建共建（示例）').waitFor();
    expect(asked[0]).toBe('Refresh');

    // a session the API has ended (password changed, account disabled, 30 days gone)
    await storeSession(page, {
      ...(await session(page)),
      accessToken: expired,
      refreshToken: 'ended',
    });
    await page.goto(`${base}#/auditLog`);
    await page.waitForURL(/#\/login/);
    await page.getByText('登录已过期，请重新登录').waitFor();
    await logIn(page, 'linyin-admin', DEMO_PASSWORD);
    await page.waitForURL(/#\/auditLog$/);
    await page.close();
  });
  it("changes the person's own password and keeps the session going", async () => {
    const page = await person();
    await openAs(page, base, '#/serviceCenters', 'linyin-admin', DEMO_PASSWORD);
    await row(page, '林荫街道党群服务中心').waitFor();
    const change = async (current: string, next: string) => {
      await page.getByRole('button', { name: '个人资料' }).click();
      await page.getByRole('menuitem', { name: '修改密码' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('当前密码').fill(current);
      await dialog.getByLabel('新密码', { exact: true }).fill(next);
      await dialog.getByLabel('再次输入新密码').fill(next);
      await dialog.getByRole('button', { name: '保存' }).click();
      return dialog;
    };
    const refused = await change('not-the-password-1', 'Linyin-2026-new');
    await eventually(() => refused.textContent()).toContain('当前密码不正确');
    await refused.getByRole('button', { name: '取消' }).click();

    await change(DEMO_PASSWORD, 'Linyin-2026-new');
    await page.getByText('密码已修改；其他设备上的登录已全部失效').waitFor();
    // the change ended every session, this one too; the console logged in again with the
    // new password, so renewing still works
    await storeSession(page, { ...(await session(page)), renewAt: 0 });
    await page.goto(`${base}#/projects`);
    await row(page, '林荫街道机关、企业、社会组织与网格联建共建（示例）').waitFor();
    expect(page.url()).toMatch(/#\/projects$/);

    // back to the demo password, for whoever logs in next; the dialog closes once it is done
    const restored = await change('Linyin-2026-new', DEMO_PASSWORD);
    await restored.waitFor({ state: 'detached' });
    await page.close();
  });
});
