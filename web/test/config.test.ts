import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Deployed, the console and the API live on different hosts: infra/web.ts builds the
// console with the API's URL in VITE_GRAPHQL_URL, and the build must carry it.

const web = fileURLToPath(new URL('..', import.meta.url));
const API = 'https://api.example.gov.cn/graphql';

describe('a console built for an API on another host', () => {
  it('sends its requests to VITE_GRAPHQL_URL', { timeout: 180_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'console-build-'));
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--logLevel', 'error'], {
      cwd: web,
      env: { ...process.env, VITE_GRAPHQL_URL: API },
    });
    try {
      const scripts = readdirSync(join(out, 'assets')).filter((name) => name.endsWith('.js'));
      const code = scripts.map((name) => readFileSync(join(out, 'assets', name), 'utf8')).join('');
      expect(code).toContain(API);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
