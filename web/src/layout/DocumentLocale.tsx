import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

// Keeps the page's language and title in step with the chosen locale (screen readers,
// browser translation prompts and the tab title all read them).
export const DocumentLocale = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate('grassroots.title');
  }, [locale, translate]);
  return null;
};
