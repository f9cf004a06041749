import polyglotI18nProvider from 'ra-i18n-polyglot';
import { english } from './en.ts';
import { chinese } from './zh.ts';

export const DEFAULT_LOCALE = 'zh-CN';

/**
 * Chinese first; English on demand. react-admin keeps the chosen locale in its store
 * (localStorage), so the choice survives a reload.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? english : chinese),
  DEFAULT_LOCALE,
  [
    { locale: DEFAULT_LOCALE, name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
);
