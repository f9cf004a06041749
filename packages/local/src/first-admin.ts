import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createAccount, listAccounts, type Session } from '@grassroots/core';

export const FIRST_ADMIN_LOGIN = 'admin';

/**
 * On a database without accounts, creates the first REGION_ADMIN with a generated password
 * (or ADMIN_PASSWORD) and returns it, written also to `file` when given so it is not lost.
 */
export async function ensureFirstAdmin(
  session: Session,
  file: string | null,
  password = process.env.ADMIN_PASSWORD,
) {
  const existing = await listAccounts(session, { first: 1 });
  if (existing.items.length > 0) return null;
  const chosen = password || `${randomBytes(9).toString('base64url')}7a`;
  await createAccount(session, {
    login: FIRST_ADMIN_LOGIN,
    displayName: '管理员',
    role: 'REGION_ADMIN',
    password: chosen,
  });
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `login: ${FIRST_ADMIN_LOGIN}\npassword: ${chosen}\n`, { mode: 0o600 });
  }
  return { login: FIRST_ADMIN_LOGIN, password: chosen };
}
