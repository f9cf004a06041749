import type { I18nProvider } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { apiMessageInChinese } from './apiMessages.ts';
import { english } from './en.ts';
import { chinese } from './zh.ts';

export const DEFAULT_LOCALE = 'zh-CN';

const polyglot = polyglotI18nProvider(
  (locale) => (locale === 'en' ? english : chinese),
  DEFAULT_LOCALE,
  [
    { locale: DEFAULT_LOCALE, name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
);

/**
 * Chinese first; English on demand. react-admin keeps the chosen locale in its store
 * (localStorage), so the choice survives a reload. In Chinese, a sentence of the API's (the
 * message under a refused field, a refusal's detail) comes out in Chinese as well.
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  translate: (key, options) =>
    (polyglot.getLocale() === 'en' ? undefined : apiMessageInChinese(key)) ??
    polyglot.translate(key, options),
};
