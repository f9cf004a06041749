import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFirstAdmin, type Session } from '@grassroots/core';

/**
 * The first REGION_ADMIN of a local stack (ADMIN_PASSWORD, or a generated password), also
 * written to `file` when given so it is not lost with the terminal.
 */
export async function ensureFirstAdmin(session: Session, file: string | null) {
  const admin = await createFirstAdmin(session, process.env.ADMIN_PASSWORD);
  if (admin && file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `login: ${admin.login}\npassword: ${admin.password}\n`, { mode: 0o600 });
  }
  return admin;
}
