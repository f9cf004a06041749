import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The key that signs tokens locally: read from a git-ignored file beside the data, created on
 * first start (so tokens survive restarts); a fresh one in memory when there is no data folder.
 */
export function loadOrCreateSecret(file: string | null): Uint8Array {
  if (!file) return new Uint8Array(randomBytes(32));
  try {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    if (key.length >= 32) return new Uint8Array(key);
  } catch {
    // not created yet
  }
  const key = randomBytes(32);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key.toString('base64url')}\n`, { mode: 0o600 });
  return new Uint8Array(key);
}
