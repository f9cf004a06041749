import { useCallback } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { ApiErrorBody } from '../dataProvider/errors.ts';
import { apiText } from './apiText.ts';

const DEPENDENTS = ['children', 'serviceCenters', 'projects', 'projectLinks'] as const;

/**
 * Notifies a failed request in the user's language: the console's sentence for the code,
 * what a refused delete still holds, and the server's own message as detail. Field errors
 * of BAD_USER_INPUT are left to the form, which shows them on the fields.
 */
export function useNotifyError() {
  const notify = useNotify();
  const translate = useTranslate();
  return useCallback(
    (error: unknown) => {
      const body = (error as { body?: Partial<ApiErrorBody> } | null)?.body;
      const message = error instanceof Error ? error.message : String(error);
      if (!body?.code) {
        notify(message || 'ra.notification.http_error', { type: 'error' });
        return;
      }
      if (body.code === 'BAD_USER_INPUT' && body.errors && !body.errors['root.serverError']) {
        notify(message, { type: 'error' });
        return;
      }
      const lines = [translate(message, { _: body.detail })];
      if (body.code === 'HAS_DEPENDENTS') {
        const held = DEPENDENTS.filter((key) => Number(body.details?.[key]) > 0).map((key) =>
          translate(`grassroots.dependents.${key}`, { smart_count: Number(body.details?.[key]) }),
        );
        lines[0] = `${lines[0]} ${held.join('、')}`;
      }
      if (body.code === 'CONFLICT') lines.push(translate('grassroots.errors.conflictHint'));
      if (body.detail && body.detail !== message) {
        lines.push(
          translate('grassroots.errors.detail', { detail: apiText(translate, body.detail) }),
        );
      }
      const text = lines.join('\n');
      // the text is already translated: `_` keeps the notification from looking it up again
      notify(text, {
        type: 'error',
        multiLine: true,
        autoHideDuration: 15_000,
        messageArgs: { _: text },
      });
    },
    [notify, translate],
  );
}
