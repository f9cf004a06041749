import { randomBytes } from 'node:crypto';
import type { Session } from '../session.ts';
import { listAccounts } from './read.ts';
import { createAccount } from './write.ts';

export const FIRST_ADMIN_LOGIN = 'admin';

/**
 * On a stack without accounts, creates the first REGION_ADMIN (with the given password or a
 * generated one) and returns its login and password; on any other stack does nothing.
 */
export async function createFirstAdmin(session: Session, password?: string) {
  const existing = await listAccounts(session, { first: 1 });
  if (existing.items.length > 0) return null;
  // 12 random bytes in base64url, plus a letter and a digit so the password rule always holds
  const chosen = password || `${randomBytes(12).toString('base64url')}a7`;
  await createAccount(session, {
    login: FIRST_ADMIN_LOGIN,
    displayName: '管理员',
    role: 'REGION_ADMIN',
    password: chosen,
  });
  return { login: FIRST_ADMIN_LOGIN, password: chosen };
}
