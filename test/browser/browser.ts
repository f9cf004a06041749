import { existsSync, mkdirSync } from 'node:fs';
import { type LocalStack, startLocalStack } from '@grassroots/local';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// What the browser suites share: Debian's Chromium, a local stack with the demo data and
// the built console, and logging in as a person would.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url);

export const haveBrowser = existsSync(CHROMIUM);

/** The first administrator's password on the test stacks (npm start generates one). */
export const ADMIN_PASSWORD = 'Browser-admin-2021';
/** The demo accounts' password (packages/local/src/demo/accounts.ts). */
export const DEMO_PASSWORD = 'Dangjian2021';

/** Fails the suite instead of skipping it when CI requires the browser and it is missing. */
export function requireBrowser(suite: string) {
  if (haveBrowser || !process.env.REQUIRE_BROWSER) return;
  describe(suite, () => {
    it('finds Chromium', () => {
      expect.fail(`REQUIRE_BROWSER is set but ${CHROMIUM} is missing (apt-get install chromium)`);
    });
  });
}

/** A local stack (DynamoDB Local in memory, demo data) serving the console (built by test/support/console.ts). */
export async function startConsole(): Promise<{
  stack: LocalStack;
  base: string;
  browser: Browser;
}> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  process.env.ADMIN_PASSWORD = ADMIN_PASSWORD;
  const stack = await startLocalStack({ port: 0, host: '127.0.0.1' });
  // the server listens on 127.0.0.1 only; `localhost` could send Chromium to ::1 first
  const base = `http://127.0.0.1:${stack.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return { stack, base, browser };
}

/**
 * How long a step may take. The machines running these tests also run other suites (soak
 * and load tests among them); a page of the console has then been seen to need 20 s.
 */
export const ACTION_TIMEOUT = 30_000;

/** The menu of everyone who may read records, in the console's order. */
export const RECORDS_MENU = [
  '数据概览',
  '党组织',
  '党群服务中心',
  '共建项目',
  '网格',
  '党员报到',
  '民情诉求',
];
/** An administrator's menu: the records, then accounts and the audit trail. */
export const ADMIN_MENU = [...RECORDS_MENU, '账户管理', '操作日志'];

/** The menu entries the page shows. */
export const menu = async (page: Page) =>
  (await page.getByRole('menuitem').allTextContents()).filter(Boolean);

/** expect.poll with that patience: vitest's default second is shorter than one request then. */
export const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: ACTION_TIMEOUT, interval: 100 });

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });

/** Logs in on the login page the console shows, and waits until it has gone. */
export async function logIn(page: Page, login: string, password: string) {
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** Opens the console at `path` (a hash route) and logs in when it asks. */
export async function openAs(
  page: Page,
  base: string,
  path: string,
  login: string,
  password: string,
) {
  await page.goto(`${base}${path}`);
  await page.waitForURL(/#\/login/);
  await logIn(page, login, password);
}
