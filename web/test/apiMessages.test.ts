import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiMessageInChinese, TRANSLATED_SENTENCES } from '../src/i18n/apiMessages.ts';
import { DEFAULT_LOCALE, i18nProvider } from '../src/i18n/index.ts';

const CORE = new URL('../../packages/core/src/', import.meta.url).pathname;

/** Every sentence core writes as a plain literal: a capital, some words, a full stop. */
async function coreSentences(): Promise<Set<string>> {
  const files = (await readdir(CORE, { recursive: true })).filter((f) => f.endsWith('.ts'));
  const found = new Set<string>();
  for (const file of files) {
    const source = await readFile(join(CORE, file), 'utf8');
    for (const [, sentence] of source.matchAll(/'([A-Z][^'\n]{6,}[.!?])'/g)) {
      found.add(sentence as string);
    }
  }
  return found;
}

describe("the API's sentences in Chinese", () => {
  it('cover every sentence core writes out, and only those', async () => {
    expect([...TRANSLATED_SENTENCES].sort()).toEqual([...(await coreSentences())].sort());
  });

  it('cover the sentences that carry an id, a limit or a status', () => {
    const cases: [string, string][] = [
      ['No organization 01JD3ZQ5W8.', '找不到该组织，或它不在您的管辖范围内。'],
      ['No grid 01JD3ZQ5W8.', '找不到该网格，或它不在您的管辖范围内。'],
      ['No organization 01JD3ZQ5W8 below this level.', '只能交办给本级以下的组织。'],
      [
        'A RECEIVED request can move to ACCEPTED or ESCALATED, not to ASSIGNED. There is no level below the one handling it.',
        '本级以下不设组织，不能交办。',
      ],
      ['At most 100 characters.', '最多 100 个字。'],
      ['At most 30 people.', '最多 30 人。'],
      ['At most 1000.', '最多 1000。'],
      ['Choose a GRID_BRANCH of 九家子村.', '请选择「九家子村」的网格党支部。'],
      ['The login name wangfang is taken.', '登录名 wangfang 已被占用。'],
      ['A VIEWER may not change this grid.', '您的角色无权执行此操作。'],
      ["You may not change this grid outside your organization's subtree.", '超出您的管辖范围。'],
      [
        'A ACCEPTED request has a history and stays on record; only a RECEIVED one can be deleted.',
        '该诉求已有办理记录，须存档；只有"已收集"的诉求可以删除。',
      ],
      [
        'A COMPLETED project can move to IN_PROGRESS, not to PLANNED.',
        '当前状态不能改为所选状态。',
      ],
      [
        'A ACCEPTED request can move to IN_PROGRESS, ASSIGNED or ESCALATED, not to CLOSED.',
        '当前状态不能执行这一步。',
      ],
      [
        'A ACCEPTED request can move to IN_PROGRESS, not to ESCALATED. There is no level above the one handling it.',
        '已是最高一级，不能再上报。',
      ],
    ];
    for (const [english, chinese] of cases)
      expect(apiMessageInChinese(english), english).toBe(chinese);
    expect(apiMessageInChinese('ra.action.save')).toBeUndefined();
    expect(apiMessageInChinese('Something nobody wrote.')).toBeUndefined();
  });

  it('come out of the console in Chinese only, other text as it is', async () => {
    const crossed = 'The boundary crosses itself: give the corners in order around the grid.';
    expect(i18nProvider.getLocale()).toBe(DEFAULT_LOCALE);
    expect(i18nProvider.translate(crossed, { _: crossed })).toBe(
      '网格范围的边线交叉了：请沿网格四周依次点选拐点。',
    );
    expect(i18nProvider.translate('Not from the API.', { _: 'Not from the API.' })).toBe(
      'Not from the API.',
    );
    expect(i18nProvider.translate('grassroots.errors.CONFLICT')).toBe('已被他人修改，请刷新');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate(crossed, { _: crossed })).toBe(crossed);
    await i18nProvider.changeLocale(DEFAULT_LOCALE);
  });
});
