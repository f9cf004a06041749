import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Two minutes in CI; `npm run soak -- --seconds 3600` is the hour-long version. */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);

describe('soak', () => {
  it(`serves ${SECONDS} s of steady load without an error or a growing heap`, {
    timeout: (SECONDS + 120) * 1000,
  }, async () => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/soak.ts', '--seconds', String(SECONDS)],
      { cwd: ROOT },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
    expect(result.errors, JSON.stringify(result.firstErrors)).toBe(0);
    expect(result.requests).toBeGreaterThan(SECONDS * 10);
    expect(result.growthMb).toBeLessThanOrEqual(32);
    expect(code).toBe(0);
  });
});
