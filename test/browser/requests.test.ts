import { createRequest, createSession, listOrganizations } from '@grassroots/core';
import type { LocalStack } from '@grassroots/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_TIMEOUT,
  DEMO_PASSWORD,
  eventually,
  haveBrowser,
  openAs,
  requireBrowser,
  screenshot,
  startConsole,
} from './browser.ts';

// A resident's request (民情诉求) handled end to end in Chromium, as the article tells the
// 九家子村 story: the village receives it, accepts it, starts on it and escalates it with a
// reason; 六家子镇 takes it over, solves it and closes it with the resident's evaluation.
// Each level sees only the steps it may take, and the village keeps reading the whole
// timeline without being offered any. The request is the demo's one RECEIVED request of
// 九家子村 (packages/local/src/demo/governance.ts); the accounts are the demo's
// jiujiazi-editor and liujiazi-editor. Each person works in a tab of their own (the session
// is the tab's).

requireBrowser('handling a request in Chromium');

const ACTIONS = ['受理', '开始办理', '重新办理', '办结', '评议关闭', '交办下级', '上报上级'];

describe.skipIf(!haveBrowser)('handling a request in Chromium', { timeout: 240_000 }, () => {
  let stack: LocalStack;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  let requestPath = '';
  let village: Page;
  let township: Page;

  const pages: Page[] = [];
  const person = async () => {
    const page = await context.newPage();
    pages.push(page);
    return page;
  };
  /** The steps a page offers, in the order of ACTIONS (none while a dialog is open). */
  const offered = async (page: Page) => {
    const shown: string[] = [];
    for (const name of ACTIONS) {
      if ((await page.getByRole('button', { name, exact: true }).count()) > 0) shown.push(name);
    }
    return shown;
  };
  const status = (page: Page) => page.getByTestId('request-status').first().textContent();
  const figure = (page: Page, name: string) => page.getByTestId(`figure-${name}`).textContent();
  const FIGURES = ['requests-received', 'requests-open', 'requests-resolved', 'requests-escalated'];
  const before: Record<string, number> = {};
  const was = (name: string) => before[name] ?? Number.NaN;
  const steps = (page: Page) => page.getByTestId('timeline-step').allTextContents();
  /** Takes one step through its dialog: the note, and whatever else the step asks for. */
  const take = async (
    page: Page,
    action: string,
    fill: { note?: string; reason?: string; evaluation?: string } = {},
  ) => {
    await page.getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog');
    if (fill.reason !== undefined) {
      // the step waits for its reason
      expect(await dialog.getByRole('button', { name: action, exact: true }).isDisabled()).toBe(
        true,
      );
      await dialog.getByLabel('上报原因').fill(fill.reason);
    }
    if (fill.evaluation) {
      await dialog.getByRole('radio', { name: fill.evaluation, exact: true }).check();
    }
    if (fill.note) await dialog.getByLabel('办理情况').fill(fill.note);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    return dialog;
  };
  const stepTaken = async (page: Page, dialog: ReturnType<Page['getByRole']>, to: string) => {
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => status(page)).toBe(to);
  };

  beforeAll(async () => {
    ({ stack, base, browser } = await startConsole());
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(ACTION_TIMEOUT);
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    for (const [i, page] of pages.entries()) {
      if (!page.isClosed()) await screenshot(page, `failed-request-${i}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("shows the village's governance figures and its monthly trend on the dashboard", async () => {
    village = await person();
    await openAs(village, base, '', 'jiujiazi-editor', DEMO_PASSWORD);
    await eventually(() => figure(village, 'requests-received')).toMatch(/^\d+$/);
    for (const name of FIGURES) before[name] = Number(await figure(village, name));
    expect(was('requests-received')).toBeGreaterThan(100);
    expect(await figure(village, 'satisfaction-rate')).toMatch(/^\d+(\.\d)?%$/);
    // the organizations figure counts those below the village, and says so
    expect(await figure(village, 'organizations')).toBe('0');
    expect(await village.getByTestId('figure-organizations-note').textContent()).toBe('不含本级');
    // the village is itself the place its grid covers
    expect(await figure(village, 'coverage')).toBe('100%');
    expect(await village.getByTestId('figure-coverage-note').textContent()).toBe(
      '嘎查村 1/1，社区 0/0',
    );
    // twelve months of bars and the resolved line, drawn
    const trend = village.getByTestId('chart-request-trend');
    await eventually(() => trend.locator('svg path').count()).toBeGreaterThan(12);
    // nothing lies below a village: its empty charts say so rather than draw a blank ring
    await eventually(() => village.getByTestId('chart-empty').allTextContents()).toEqual([
      '本范围内没有下级党组织',
      '本范围内还没有党群服务中心或站点',
      '没有规划、在建或已开放的中心和站点，无从计算建成率',
      '本范围内还没有共建项目',
      '本范围内还没有共建项目',
    ]);
    expect(await village.getByTestId('chart-by-type').count()).toBe(0);
    await screenshot(village, 'governance-dashboard');
  });

  it('lets the village find its new request and offers only what a RECEIVED one allows', async () => {
    await village.goto(`${base}#/requests`);
    await village.getByLabel('状态').click();
    await village.getByRole('option', { name: '已收集', exact: true }).click();
    const rows = village.locator('.RaDataTable-tbody tr');
    await eventually(() => rows.count()).toBe(1);
    await eventually(() =>
      village.locator('.RaDataTable-tbody tr td').nth(3).textContent(),
    ).toMatch(/^已收集/);
    await rows.first().click();
    await village.waitForURL(/#\/requests\/[^/]+\/show$/);
    requestPath = new URL(village.url()).hash;
    await eventually(() => status(village)).toBe('已收集');
    await eventually(() => offered(village)).toEqual(['受理', '交办下级', '上报上级']);
    await eventually(() => village.getByRole('link', { name: '编辑' }).count()).toBe(1);
    // the resident's name comes masked; an editor has no way to reveal it
    expect(await village.getByRole('button', { name: '显示' }).count()).toBe(0);
    await screenshot(village, 'request-received');
  });

  it('accepts it, starts on it and escalates it with a reason', async () => {
    await stepTaken(
      village,
      await take(village, '受理', { note: '村两委研究，明确专人办理' }),
      '已受理',
    );
    await eventually(() => offered(village)).toEqual(['开始办理', '交办下级', '上报上级']);

    await stepTaken(village, await take(village, '开始办理', { note: '实地查看路况' }), '办理中');
    await eventually(() => offered(village)).toEqual(['办结', '交办下级', '上报上级']);

    const reason = '需要项目资金，嘎查村层面不能解决，上报苏木乡镇党委、政府';
    await stepTaken(village, await take(village, '上报上级', { reason }), '已上报');
    // the township holds it now: the village reads on, without a single step to take
    await eventually(() => village.getByTestId('request-standing').textContent()).toContain(
      '六家子镇党委',
    );
    await eventually(() => offered(village)).toEqual([]);
    await eventually(() => village.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await eventually(() => steps(village)).toEqual([
      '已收集',
      '已收集 → 已受理',
      '已受理 → 办理中',
      '办理中 → 已上报（上报至 六家子镇党委）',
    ]);
    expect(await village.getByTestId('request-timeline').textContent()).toContain(reason);
    await screenshot(village, 'request-escalated');
  });

  it('lets the township take it over; a step someone took first is refused plainly', async () => {
    township = await person();
    await openAs(township, base, requestPath, 'liujiazi-editor', DEMO_PASSWORD);
    await eventually(() => status(township)).toBe('已上报');
    await eventually(() => offered(township)).toEqual(['受理', '交办下级', '上报上级']);

    // a second tab of the township's, still showing it ESCALATED, acts after the first
    const stale = await person();
    await openAs(stale, base, requestPath, 'liujiazi-editor', DEMO_PASSWORD);
    await eventually(() => offered(stale)).toEqual(['受理', '交办下级', '上报上级']);
    await stepTaken(
      township,
      await take(township, '受理', { note: '镇党委政府例会研究' }),
      '已受理',
    );
    const refused = await take(stale, '受理');
    await eventually(() => refused.getByTestId('step-error').textContent()).toContain(
      '已被他人修改，请刷新',
    );
    await screenshot(stale, 'request-conflict');
    await refused.getByRole('button', { name: '取消' }).click();
    await stale.close();
  });

  it('resolves it and closes it with the resident’s evaluation', async () => {
    await eventually(() => offered(township)).toEqual(['开始办理', '交办下级', '上报上级']);
    await stepTaken(
      township,
      await take(township, '开始办理', { note: '联系包联单位旗信访局、旗农电局' }),
      '办理中',
    );
    await stepTaken(
      township,
      await take(township, '办结', { note: '协调资金，道路已硬化' }),
      '已办结',
    );
    await eventually(() => offered(township)).toEqual(['重新办理', '评议关闭']);

    // closing waits for the evaluation
    await township.getByRole('button', { name: '评议关闭', exact: true }).click();
    const dialog = township.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: '评议关闭' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await stepTaken(
      township,
      await take(township, '评议关闭', { evaluation: '满意', note: '群众回访满意' }),
      '已评议关闭',
    );
    await eventually(() => offered(township)).toEqual([]);
    await eventually(() => township.getByTestId('request-standing').textContent()).toContain(
      '已评议关闭',
    );
    await screenshot(township, 'request-closed');
  });

  it('keeps every step on the timeline, which the village still reads without actions', async () => {
    const all = [
      '已收集',
      '已收集 → 已受理',
      '已受理 → 办理中',
      '办理中 → 已上报（上报至 六家子镇党委）',
      '已上报 → 已受理',
      '已受理 → 办理中',
      '办理中 → 已办结',
      '已办结 → 已评议关闭',
    ];
    await eventually(() => steps(township)).toEqual(all);
    const events = township.getByTestId('timeline-event');
    expect(await events.nth(3).textContent()).toMatch(/jiujiazi-editor.*九家子村党组织/);
    expect(await events.nth(4).textContent()).toMatch(/liujiazi-editor.*六家子镇党委/);
    expect(await events.nth(6).textContent()).toContain('协调资金，道路已硬化');
    expect(await events.nth(7).textContent()).toContain('群众评议：满意');

    await village.reload();
    await eventually(() => status(village)).toBe('已评议关闭');
    await eventually(() => steps(village)).toEqual(all);
    expect(await offered(village)).toEqual([]);
    expect(await village.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await screenshot(village, 'request-timeline-village');

    // the village's figures count the request where it arose: resolved now, escalated once
    await village.goto(base);
    await eventually(() => figure(village, 'requests-resolved')).toBe(
      String(was('requests-resolved') + 1),
    );
    expect(Number(await figure(village, 'requests-open'))).toBe(was('requests-open') - 1);
    expect(Number(await figure(village, 'requests-escalated'))).toBe(was('requests-escalated') + 1);
    expect(Number(await figure(village, 'requests-received'))).toBe(was('requests-received'));

    // the township's villages all have grids (网格化覆盖率), staffed with party members too
    await township.goto(base);
    await eventually(() => figure(township, 'coverage')).toBe('100%');
    expect(await figure(township, 'party-staff-share')).toMatch(/^\d+(\.\d)?%$/);
  });

  it('lets the township hand a hotline request down to the village (交办), which takes it over', async () => {
    // a request the hotline brought to the township itself
    const system = createSession(stack.db);
    const named = async (name: string) =>
      (await listOrganizations(system, { nameContains: name }, { first: 1 })).items[0];
    const liujiazi = await named('六家子镇党委');
    if (!liujiazi) throw new Error('the demo has no 六家子镇党委');
    const hotline = await createRequest(system, {
      organizationId: liujiazi.id,
      title: '九家子村学校门口路灯不亮',
      category: '基础设施',
      description: '群众来电反映九家子村学校门口路灯坏了一个月。',
      source: 'HOTLINE',
    });
    await township.goto(`${base}#/requests`);
    await township.getByLabel('状态').click();
    await township.getByRole('option', { name: '已收集', exact: true }).click();
    await township.getByText(hotline.title).click();
    await eventually(() => status(township)).toBe('已收集');
    await eventually(() => offered(township)).toEqual(['受理', '交办下级', '上报上级']);

    await township.getByRole('button', { name: '交办下级', exact: true }).click();
    const dialog = township.getByRole('dialog');
    const hand = dialog.getByRole('button', { name: '交办下级', exact: true });
    // the step waits for the organization it goes to, found by name below the township
    expect(await hand.isDisabled()).toBe(true);
    await dialog.getByLabel('交办单位').fill('九家子');
    await township.getByRole('option', { name: '九家子村党组织', exact: true }).click();
    await dialog.getByLabel('办理情况').fill('请村两委核实后更换路灯');
    await hand.click();
    await stepTaken(township, dialog, '已交办');
    await eventually(() => steps(township)).toEqual([
      '已收集',
      '已收集 → 已交办（交办至 九家子村党组织）',
    ]);
    await screenshot(township, 'request-assigned');

    // the village holds it now and takes it over
    await village.goto(`${base}${new URL(township.url()).hash}`);
    await eventually(() => status(village)).toBe('已交办');
    await eventually(() => offered(village)).toEqual(['受理', '交办下级', '上报上级']);
    await stepTaken(village, await take(village, '受理', { note: '村两委已受理' }), '已受理');
  });
});
