import { readFileSync } from 'node:fs';
import { addProjectNote, createSession } from '@grassroots/core';
import type { LocalStack } from '@grassroots/local';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_TIMEOUT,
  ADMIN_MENU,
  ADMIN_PASSWORD,
  eventually,
  haveBrowser,
  logIn,
  menu,
  openAs,
  requireBrowser,
  screenshot,
  startConsole,
} from './browser.ts';

// The console in Debian's Chromium against a real local stack (DynamoDB Local in memory,
// demo data, the built console served beside /graphql), logged in as the first region
// administrator. The steps build on each other, as a person's session would: what one
// creates, the next one finds.

requireBrowser('console in Chromium');

// Steps wait up to ACTION_TIMEOUT each, so a step of several may outlast vitest's minute.
describe.skipIf(!haveBrowser)('console in Chromium', { timeout: 180_000 }, () => {
  let stack: LocalStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const before: Record<string, string | null> = {};
  let gridBranchUrl = '';
  let projectUrl = '';

  const shot = (name: string) => screenshot(page, name);
  // inputs as a person finds them, by their label
  const field = (p: Page, label: string) => p.getByLabel(label);
  const fieldError = (label: string) =>
    page
      .locator('.MuiFormControl-root', { has: field(page, label) })
      .locator('.MuiFormHelperText-root');
  const row = (name: string) =>
    page.locator('.RaDataTable-tbody td:first-child').filter({ hasText: new RegExp(`^${name}$`) });
  const figure = (name: string) => page.getByTestId(`figure-${name}`).textContent();
  const pick = async (label: string, search: string, option: string) => {
    await field(page, label).fill(search);
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const treeLabel = (name: string) =>
    page.locator('.MuiTreeItem-label').filter({ hasText: new RegExp(`^${name}$`) });
  // (un)folds a tree node by its expander; a click that a re-render swallowed is repeated,
  // but only after the first one had time to show
  const fold = async (name: string, open: boolean) => {
    const item = treeLabel(name).locator('xpath=ancestor::li[1]');
    const expander = treeLabel(name).locator(
      'xpath=preceding-sibling::div[contains(@class,"iconContainer")]',
    );
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if ((await item.getAttribute('aria-expanded')) === String(open)) return;
      await expander.click();
      await expect
        .poll(() => item.getAttribute('aria-expanded'), { timeout: 3_000 })
        .toBe(String(open))
        .catch(() => {});
    }
    expect(await item.getAttribute('aria-expanded')).toBe(String(open));
  };

  beforeAll(async () => {
    ({ stack, base, browser } = await startConsole());
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(ACTION_TIMEOUT);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('opens in Chinese, menu in order, and remembers a switch to English', async () => {
    await openAs(page, base, '', 'admin', ADMIN_PASSWORD);
    await eventually(() => figure('organizations')).toBe('112');
    await eventually(() => menu(page)).toEqual(ADMIN_MENU);
    await eventually(() => page.locator('header').textContent()).toMatch(
      /盟市管理员.*全区域.*管理员/,
    );
    for (const name of ['organizations', 'centers', 'projects']) before[name] = await figure(name);
    expect(await page.getByTestId('chart-by-type').locator('svg path').count()).toBeGreaterThan(3);
    // the whole region counts every organization: no "not itself" note
    expect(await page.getByTestId('figure-organizations-note').count()).toBe(0);
    // the whole region has something for every chart: none stands in as empty
    expect(await page.getByTestId('chart-empty').count()).toBe(0);
    await shot('dashboard');

    await page.locator('header button', { hasText: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await eventually(() => page.getByRole('menuitem').first().textContent()).toBe('Dashboard');
    await page.reload();
    await eventually(() => page.getByRole('menuitem').nth(1).textContent()).toBe('Organizations');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot('dashboard-en');

    await page.locator('header button', { hasText: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await eventually(() => page.getByRole('menuitem').first().textContent()).toBe('数据概览');
  });

  it('answers an unknown address in Chinese, with a way back to the dashboard', async () => {
    await page.goto(`${base}#/no-such-page`);
    const notFound = page.getByTestId('not-found');
    await eventually(() => notFound.textContent()).toContain('网址有误，或这条记录已被删除。');
    // react-admin's own page put an ASCII full stop after the Chinese one
    expect(await notFound.textContent()).not.toContain('。.');
    await notFound.getByRole('button', { name: '回到数据概览' }).click();
    await page.waitForURL(/#\/$/);
    await eventually(() => figure('organizations')).toBe('112');
  });

  it('names every figure of the demo load in 操作日志 in Chinese', async () => {
    await page.goto(`${base}#/auditLog`);
    const entry = page.locator('.RaDataTable-tbody tr', { hasText: '载入演示数据' });
    await eventually(() => entry.locator('dt').allTextContents()).toEqual(
      expect.arrayContaining(['党组织数', '服务中心数', '项目数', '网格数', '党员数', '诉求数']),
    );
    expect(await entry.locator('dt').allTextContents()).not.toContain('grids');
  });

  it('walks the organization tree, loading each level when it opens', async () => {
    await page.goto(`${base}#/organizations`);
    await treeLabel('中共赤峰市委员会').waitFor();
    expect(await treeLabel('中共喀喇沁旗委员会').count()).toBe(0);
    await fold('中共赤峰市委员会', true);
    await fold('中共喀喇沁旗委员会', true);
    await fold('牛家营子镇党委', true);
    await treeLabel('牛家营子村党总支').waitFor();
    // opening levels leaves the list as it was
    expect(decodeURIComponent(page.url())).not.toContain('under');

    // selecting a node shows its subtree in the list beside the tree
    await treeLabel('中共喀喇沁旗委员会').click();
    const rows = page.locator('.RaDataTable-tbody tr td:first-child');
    await eventually(() => rows.allTextContents()).toEqual([
      '中共喀喇沁旗委员会',
      '牛家营子镇党委',
      '牛家营子村党总支',
    ]);
    await shot('organizations-tree');

    // the export holds the current list, readable by Excel (UTF-8 with a byte-order mark)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF名称,类型,行政区划代码')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      '中共喀喇沁旗委员会',
      '牛家营子镇党委',
      '牛家营子村党总支',
    ]);

    // and as an Excel workbook: the same rows, numbers as numbers, codes as text
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/^organizations-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [sheet] = await readXlsxFile(await workbook.path());
    expect(sheet?.sheet).toBe('党组织');
    const [header, ...sheetRows] = sheet?.data ?? [];
    expect(header?.slice(0, 3)).toEqual(['名称', '类型', '行政区划代码']);
    expect(sheetRows.map((row) => row[0])).toEqual([
      '中共喀喇沁旗委员会',
      '牛家营子镇党委',
      '牛家营子村党总支',
    ]);
    expect(sheetRows[0]?.[1]).toBe('旗县区委');
    expect(typeof sheetRows[0]?.[2]).toBe('string');
    const members = header?.indexOf('党员人数') ?? -1;
    expect(members).toBeGreaterThan(0);
    const counts = sheetRows.map((row) => row[members]).filter((count) => count !== null);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((count) => typeof count === 'number')).toBe(true);

    await fold('中共赤峰市委员会', false);
    await treeLabel('中共喀喇沁旗委员会').waitFor({ state: 'detached' });
  });

  it('keeps a record open that was clicked while the typed search was still pending', async () => {
    // the search applies half a second after the last key; a row clicked just before that
    // used to open and then fall back to the list when the late search landed
    const search = encodeURIComponent(JSON.stringify({ q: '牛家营子村' }));
    const first = page.locator('.RaDataTable-tbody tr td:first-child').first();
    for (const pause of [380, 420, 460]) {
      await page.goto(`${base}#/organizations?filter=${search}`);
      // first before the search lands and after, so the search landing mid-click cannot move it
      await eventually(() => first.textContent()).toBe('牛家营子村党总支');
      await page.getByPlaceholder('搜索').fill('牛家营子村党总支');
      await page.waitForTimeout(pause);
      await first.click();
      await page.waitForURL(/#\/organizations\/[^/?]+\/show$/);
      await page.waitForTimeout(700);
      expect(page.url(), `clicked ${pause} ms after typing`).toMatch(/\/show$/);
    }
  });

  it('offers the filters not shown under 添加筛选, and applies the one picked', async () => {
    await page.goto(`${base}#/organizations?filter=%7B%7D`);
    await page.getByRole('button', { name: '添加筛选' }).click();
    const menu = page.getByRole('menu');
    await eventually(() => menu.locator('li').allTextContents()).toEqual([
      '类型',
      '行政区划代码',
      '所属范围',
    ]);
    await menu.getByText('类型').click();
    await page.keyboard.press('Escape');
    await field(page, '类型').click();
    await page.getByRole('option', { name: '街道党工委' }).click();
    const types = page.locator('.RaDataTable-tbody tr td:nth-child(2)');
    await eventually(async () => [...new Set(await types.allTextContents())]).toEqual([
      '街道党工委',
    ]);
    // the list remembers its filters; removing this one brings the other types back
    await page.getByRole('button', { name: '移除此筛选' }).click();
    await eventually(async () => new Set(await types.allTextContents()).size).toBeGreaterThan(1);
  });

  it('creates an organization under a village with only the allowed types', async () => {
    await page.goto(`${base}#/organizations`);
    await row('牛家营子村党总支').click();
    await eventually(() => page.getByTestId('ancestors').textContent()).toMatch(
      /中共赤峰市委员会.*中共喀喇沁旗委员会.*牛家营子镇党委.*牛家营子村党总支/s,
    );
    await page.getByRole('link', { name: '添加下级组织' }).click();
    await eventually(() => field(page, '上级组织').inputValue()).toBe('牛家营子村党总支');

    await field(page, '类型').click();
    const offered = (await page.getByRole('option').allTextContents()).filter((t) => t.trim());
    expect(offered).toEqual(['网格（小区）党支部', '非公企业党组织', '社会组织党组织', '党支部']);
    await page.getByRole('option', { name: '网格（小区）党支部' }).click();

    await field(page, '名称').fill('牛家营子村第一网格党支部');
    await field(page, '行政区划代码').fill('15042');
    await page.getByRole('button', { name: '保存' }).click();
    // the API's refusal lands under the field it concerns, in Chinese
    await eventually(() => fieldError('行政区划代码').textContent()).toContain(
      '请填写 6 位行政区划代码',
    );
    await field(page, '行政区划代码').fill('150428');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/organizations\/[^/]+\/show$/);
    gridBranchUrl = page.url();
    await eventually(() => page.getByTestId('ancestors').textContent()).toMatch(
      /牛家营子村党总支.*牛家营子村第一网格党支部/s,
    );
    await shot('organization-show');
  });

  it('shows a refused delete plainly', async () => {
    await page.goto(`${base}#/organizations`);
    await row('牛家营子镇党委').click();
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await eventually(() => page.getByText(/无法删除：其下还有/).textContent()).toContain(
      '1 个下级组织',
    );
  });

  it('adds a service center with the map form and finds it with "near"', async () => {
    await page.goto(`${base}#/serviceCenters/create`);
    await field(page, '名称').fill('牛家营子村第一网格党群服务站');
    await field(page, '类别').click();
    await page.getByRole('option', { name: '党群服务站' }).click();
    await pick('所属党组织', '第一网格', '牛家营子村第一网格党支部');
    await field(page, '地址').fill('喀喇沁旗牛家营子镇牛家营子村');
    // a click off the map's middle, away from the demo center that sits there
    const picker = page.getByTestId('location-picker').locator('.leaflet-container');
    const box = await picker.boundingBox();
    if (!box) throw new Error('the location picker has no size');
    await picker.click({ position: { x: box.width / 2 + 150, y: box.height / 2 + 60 } });
    const lat = await field(page, '纬度').inputValue();
    const lng = await field(page, '经度').inputValue();
    expect(Number(lat)).toBeGreaterThan(40);
    expect(Number(lng)).toBeGreaterThan(118);
    // the picked point and its service circle are drawn without any map tiles
    expect(
      await page.getByTestId('location-picker').locator('path.leaflet-interactive').count(),
    ).toBe(2);
    await shot('service-center-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/serviceCenters\/[^/]+\/show$/);

    await page.goto(`${base}#/serviceCenters`);
    const map = page.getByTestId('centers-map');
    await eventually(() => map.locator('path.leaflet-interactive').count()).toBeGreaterThan(10);
    await page.getByRole('button', { name: '添加筛选' }).click();
    await page.getByRole('menu').getByText('附近', { exact: true }).click();
    await field(page, '纬度').fill(lat);
    await field(page, '经度').fill(lng);
    await field(page, '搜索半径（米）').fill('500');
    const names = page.locator('.RaDataTable-tbody tr td:first-child');
    await eventually(() => names.allTextContents()).toEqual(['牛家营子村第一网格党群服务站']);
    expect(await page.getByRole('columnheader', { name: '距离（米）' }).count()).toBe(1);
    await shot('service-centers-near');
  });

  it('creates a project with two partners and a progress note', async () => {
    await page.goto(`${base}#/projects`);
    await page.locator('.RaDataTable-tbody tr').first().waitFor();
    await shot('projects');
    await page.getByRole('link', { name: '新建' }).click();
    await field(page, '项目名称').fill('牛家营子村农田机电井通电工程');
    await pick('牵头组织', '牛家营子村', '牛家营子村党总支');
    await pick('联建单位', '喀喇沁旗', '中共喀喇沁旗委员会');
    await pick('联建单位', '牛家营子镇', '牛家营子镇党委');
    await field(page, '资金（元）').fill('180000');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/projects\/[^/]+\/show$/);
    const partners = page.getByTestId('parties-partners').getByRole('link');
    await eventually(() => partners.allTextContents()).toEqual([
      '中共喀喇沁旗委员会',
      '牛家营子镇党委',
    ]);

    await page.getByLabel('新的进展情况').fill('供电公司已完成线路勘察');
    await page.getByRole('button', { name: '添加进展' }).click();
    await eventually(() => page.getByTestId('notes').textContent()).toContain(
      '供电公司已完成线路勘察',
    );
    await shot('project-show');
    projectUrl = page.url();
  });

  it("records the residents' evaluation (群众评议) once the project is completed", async () => {
    await page.goto(projectUrl);
    const edit = async (status: string) => {
      await page.getByRole('link', { name: '编辑' }).click();
      await field(page, '状态').click();
      await page.getByRole('option', { name: status }).click();
    };
    // not asked for while the project is under way
    await edit('推进中');
    expect(await field(page, '群众评议').count()).toBe(0);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show$/);
    await edit('已完成');
    await field(page, '群众评议').click();
    await page.getByRole('option', { name: '满意', exact: true }).click();
    await field(page, '评议意见').fill('村民评议会 45 人满意');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/show$/);
    const shown = page.locator('.RaShow-main');
    await eventually(() => shown.textContent()).toMatch(
      /群众评议满意评议意见村民评议会 45 人满意评议时间\d{4}/,
    );
  });

  it('reaches the latest progress notes past the first hundred', async () => {
    // a long-running project: 100 more notes, the latest past what the timeline shows first
    const id = Buffer.from(decodeURIComponent(projectUrl.split('/').at(-2) ?? ''), 'base64')
      .toString('utf8')
      .split(':')[1] as string;
    const session = createSession(stack.db);
    for (let week = 1; week <= 100; week += 1) {
      await addProjectNote(session, id, `第 ${week} 周进展`);
    }
    await page.goto(projectUrl);
    await page.reload();
    const notes = page.getByTestId('notes').locator('li');
    await eventually(() => notes.count()).toBe(100);
    expect(await notes.last().textContent()).toContain('第 99 周进展');
    await page.getByRole('button', { name: '显示后续进展' }).click();
    await eventually(() => notes.count()).toBe(101);
    expect(await notes.last().textContent()).toContain('第 100 周进展');
    expect(await page.getByRole('button', { name: '显示后续进展' }).count()).toBe(0);
  });

  it('shows the new records in the dashboard figures', async () => {
    await page.goto(base);
    await eventually(() => figure('organizations')).toBe(String(Number(before.organizations) + 1));
    expect(await figure('projects')).toBe(String(Number(before.projects) + 1));
    expect(await figure('centers')).toBe(before.centers); // a station, not a center
    expect(await page.getByTestId('figure-stations').textContent()).not.toBe('');
    expect(await page.getByTestId('chart-by-status').locator('svg path').count()).toBeGreaterThan(
      1,
    );
    await shot('dashboard-after');

    // the scope: the region's city committees before anything is typed, any one by name
    const scope = page.getByRole('combobox', { name: '统计范围' });
    await scope.click();
    const options = () => page.getByRole('option').allTextContents();
    await eventually(async () => (await options()).sort()).toEqual(
      ['中共赤峰市委员会', '中共通辽市委员会', '中共阿拉善盟委员会', '中共乌海市委员会'].sort(),
    );
    await scope.fill('乌达区');
    await eventually(options).toContain('中共乌海市乌达区委员会');
    await page.getByRole('option', { name: '中共乌海市乌达区委员会', exact: true }).click();
    await eventually(async () => Number(await figure('organizations'))).toBeLessThan(
      Number(before.organizations),
    );
    // back to the whole region, for what follows
    await page.getByTitle('Clear').click();
    await eventually(() => figure('organizations')).toBe(String(Number(before.organizations) + 1));
  });

  it('reports an edit someone else saved first, keeping what was typed', async () => {
    const editUrl = gridBranchUrl.replace(/\/show$/, '');
    const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const theirs = await other.newPage();
      await theirs.goto(editUrl);
      await logIn(theirs, 'admin', ADMIN_PASSWORD);
      await page.goto(editUrl);
      await eventually(() => field(page, '名称').inputValue()).toBe('牛家营子村第一网格党支部');
      await eventually(() => field(theirs, '名称').inputValue()).toBe('牛家营子村第一网格党支部');
      await field(theirs, '党员人数').fill('35');
      await theirs.getByRole('button', { name: '保存' }).click();
      await theirs.waitForURL(/\/show$/);

      await field(page, '名称').fill('牛家营子村第一网格党支部（改）');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('已被他人修改，请刷新').waitFor();
      expect(await field(page, '名称').inputValue()).toBe('牛家营子村第一网格党支部（改）');
      await shot('conflict');

      // a refresh loads their change and keeps ours; then the save goes through
      await page.locator('header button[aria-label="刷新"]').click();
      await eventually(() => field(page, '党员人数').inputValue()).toBe('35');
      expect(await field(page, '名称').inputValue()).toBe('牛家营子村第一网格党支部（改）');
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/show$/);
      await eventually(() => page.getByTestId('ancestors').textContent()).toContain(
        '牛家营子村第一网格党支部（改）',
      );
    } finally {
      await other.close();
    }
  });

  it('moves an organization under another village', async () => {
    await page.getByRole('button', { name: '移动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新的上级组织').fill('九家子');
    await page.getByRole('option', { name: '九家子村党组织', exact: true }).click();
    await dialog.getByRole('button', { name: '移动' }).click();
    await eventually(() => page.getByTestId('ancestors').textContent()).toMatch(
      /六家子镇党委.*九家子村党组织.*牛家营子村第一网格党支部（改）/s,
    );
  });
  it("draws a grid's boundary on the map, shows it with its area, and clears it", async () => {
    await page.goto(`${base}#/grids`);
    // the list says which grids have a boundary; the demo draws those of named places
    const firstRow = page.locator('.RaDataTable-tbody tr').first();
    await eventually(() => firstRow.locator('td.column-boundaryDrawn').textContent()).toBe(
      '已绘制',
    );
    await firstRow.locator('td').first().click();
    await page.waitForURL(/#\/grids\/[^/]+\/show$/);
    const showUrl = page.url();
    const gridId = decodeURIComponent(showUrl.split('/').at(-2) ?? '');
    // the demo draws the grids of its named villages and communities: four corners each
    await eventually(() =>
      page.getByTestId('boundary-map').locator('path.leaflet-interactive').count(),
    ).toBe(5);
    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(/#\/grids\/[^/]+$/);
    await page.getByRole('button', { name: '清除范围' }).click();

    const picker = page.getByTestId('boundary-picker').locator('.leaflet-container');
    const box = await picker.boundingBox();
    if (!box) throw new Error('the boundary map has no size');
    const click = (dx: number, dy: number) =>
      picker.click({ position: { x: box.width / 2 + dx, y: box.height / 2 + dy } });
    const count = () => page.getByTestId('boundary-count').textContent();
    await click(-60, -50);
    await click(60, -50);
    // two corners are not a boundary: the form says so and keeps it
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('网格范围至少需要 3 个拐点，或全部清除').waitFor();
    expect(page.url()).not.toBe(showUrl);
    // the last two corners swapped: the outline crosses itself, which the API refuses, in Chinese
    await click(-55, 60);
    await click(70, 55);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('网格范围的边线交叉了：请沿网格四周依次点选拐点。').waitFor();
    expect(page.url()).not.toBe(showUrl);
    await page.getByRole('button', { name: '撤销上一点' }).click();
    await page.getByRole('button', { name: '撤销上一点' }).click();
    await click(70, 55);
    await click(-55, 60);
    await click(0, 85);
    await eventually(count).toBe('已取 5 个拐点');
    await page.getByRole('button', { name: '撤销上一点' }).click();
    await eventually(count).toBe('已取 4 个拐点');
    // the polygon and its four corners, drawn without map tiles
    expect(
      await page.getByTestId('boundary-picker').locator('path.leaflet-interactive').count(),
    ).toBe(5);
    const drawnArea = await page.getByTestId('boundary-area').first().textContent();
    expect(drawnArea).toMatch(/^面积约 [\d,.]+ 平方(米|公里)$/);
    await shot('grid-boundary-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(showUrl);

    // stored: after a reload the show page draws it with the same area
    await page.reload();
    const map = page.getByTestId('boundary-map');
    await eventually(() => map.locator('path.leaflet-interactive').count()).toBe(5);
    expect(await page.getByTestId('boundary-area').textContent()).toBe(drawnArea);
    await shot('grid-boundary');

    // a request marked on the map inside that boundary is filed under the grid
    const gridName = (await page.locator('.ra-field-name').textContent())?.replace(/^网格名称/, '');
    const village = (await page.locator('.ra-field-organizationId a').textContent())?.trim() ?? '';
    await page.goto(`${base}#/requests/create`);
    await pick('收集单位', village.slice(0, 4), village);
    // the village's grids with their boundaries, framed; a click in the middle of this one
    const outline = page.getByTestId('request-location').locator(`path[class~="grid-${gridId}"]`);
    await outline.waitFor();
    // the map sits below the fold of a long form, and the mouse clicks where the window shows
    await outline.scrollIntoViewIfNeeded();
    const inner = await outline.boundingBox();
    if (!inner) throw new Error('the grid has no outline on the request map');
    await page.mouse.click(inner.x + inner.width / 2, inner.y + inner.height / 2);
    await eventually(() => page.getByTestId('request-location-note').textContent()).toBe(
      `该位置在「${gridName}」范围内`,
    );
    await eventually(() => page.getByLabel('网格', { exact: true }).inputValue()).toBe(gridName);
    await field(page, '诉求标题').fill('楼道照明损坏');
    await field(page, '类别').fill('基础设施');
    await field(page, '诉求内容').fill('网格员巡查发现楼道照明损坏，需要维修。');
    await shot('request-location-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/requests\/[^/]+\/show$/);
    await eventually(() => page.locator('.ra-field-gridId a').textContent()).toBe(gridName);
    expect(
      await page.getByTestId('request-location-map').locator('path.leaflet-interactive').count(),
    ).toBe(1);

    await page.goto(showUrl);
    await page.getByRole('link', { name: '编辑' }).click();
    await eventually(count).toBe('已取 4 个拐点');
    await page.getByRole('button', { name: '清除范围' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(showUrl);
    await page.getByTestId('boundary-none').waitFor();
    await page.goto(`${base}#/grids`);
    await page.getByPlaceholder('搜索').fill(gridName ?? '');
    const row = page.locator('.RaDataTable-tbody tr');
    await eventually(() => row.count()).toBe(1);
    expect(await row.locator('td.column-boundaryDrawn').textContent()).toBe('未绘制');
  });
});
