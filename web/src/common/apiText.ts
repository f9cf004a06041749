import type { TranslateFunction } from 'react-admin';

/**
 * A sentence of the API's (a refused field's message, a refusal's detail) in the console's
 * language, through the i18n provider (src/i18n/apiMessages.ts); any other text as it is.
 */
export const apiText = (translate: TranslateFunction, text: string) => translate(text, { _: text });

/** Each field's message of a refusal, in the console's language. */
export const apiFieldTexts = (translate: TranslateFunction, fields: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(fields).map(([name, text]) => [name, apiText(translate, text)]),
  );
