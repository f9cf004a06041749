import type { TranslateFunction } from 'react-admin';
import type { ApiErrorBody } from '../dataProvider/errors.ts';

// The API refuses every login with UNAUTHENTICATED and says why in English; these are its
// sentences for a locked and a disabled account (packages/core/src/auth/login.ts).
const LOCKED = /^Too many failed logins; try again after (\S+?)\.?$/;
const DISABLED = /disabled/i;

/** The login page's sentence, in the user's language, for a refused login. */
export function loginFailure(error: unknown, translate: TranslateFunction, locale: string) {
  const body = (error as { body?: Partial<ApiErrorBody> } | null)?.body;
  const detail = body?.detail ?? '';
  if (body?.code === 'UNAUTHENTICATED') {
    const locked = LOCKED.exec(detail);
    if (locked?.[1]) {
      const time = new Date(locked[1]).toLocaleString(locale);
      return translate('grassroots.login.locked', { time });
    }
    if (DISABLED.test(detail)) return translate('grassroots.login.disabled');
    return translate('grassroots.login.wrong');
  }
  const message = error instanceof Error ? error.message : String(error);
  return translate(message, { _: detail || message });
}
