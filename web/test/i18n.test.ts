import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { english } from '../src/i18n/en.ts';
import { DEFAULT_LOCALE, i18nProvider } from '../src/i18n/index.ts';
import { raChinese } from '../src/i18n/ra-zh.ts';
import { chinese } from '../src/i18n/zh.ts';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );

describe('Chinese messages', () => {
  it("cover every one of react-admin's v5 messages, and nothing else", () => {
    const en = leaves(englishMessages as unknown as Tree).map(([key]) => key);
    const zh = leaves(raChinese as unknown as Tree).map(([key]) => key);
    expect(zh.sort()).toEqual(en.sort());
  });

  it('use one plural form that carries %{smart_count} where English counts', () => {
    const en = new Map(leaves({ ...englishMessages, ...english } as unknown as Tree));
    for (const [key, text] of leaves(chinese as unknown as Tree)) {
      expect(text, key).not.toContain('||||');
      if (en.get(key)?.includes('%{smart_count}')) expect(text, key).toContain('%{smart_count}');
    }
  });

  it('have the same keys as the English console messages', () => {
    const zh = leaves(chinese as unknown as Tree).map(([key]) => key);
    const en = leaves(english as unknown as Tree).map(([key]) => key);
    expect(en.sort()).toEqual(zh.sort());
  });

  it('count under Chinese plural rules, then switch to English', async () => {
    expect(i18nProvider.getLocale()).toBe(DEFAULT_LOCALE);
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 1 })).toBe(
      '已选择 1 项',
    );
    expect(i18nProvider.translate('ra.notification.deleted', { smart_count: 12 })).toBe(
      '已删除 12 项',
    );
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 12 })).toBe(
      '12 items selected',
    );
    expect(i18nProvider.translate('grassroots.errors.CONFLICT')).toBe(
      'Changed by someone else, reload',
    );
    await i18nProvider.changeLocale(DEFAULT_LOCALE);
    expect(i18nProvider.translate('grassroots.errors.CONFLICT')).toBe('已被他人修改，请刷新');
  });
});
