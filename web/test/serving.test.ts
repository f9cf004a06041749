import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalServer, listen } from '../../packages/local/src/server.ts';
import { type TestStack, testStack } from '../../test/support/stack.ts';

// The local server gives the console and the API one origin: files from the build, the
// SPA's index.html for other paths, /graphql to the API, nothing outside the build folder.

const servers: Server[] = [];
let stack: TestStack;
const start = async (webRoot: string) => {
  const server = createLocalServer(stack.db, stack.secret, webRoot);
  servers.push(server);
  return `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
};

let base: string;
beforeAll(async () => {
  stack = await testStack();
  const outside = mkdtempSync(join(tmpdir(), 'console-'));
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  const root = join(outside, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  base = await start(root);
});
afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

describe('the local server', () => {
  it('serves the console at / and its hashed assets for good', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>console</title>');
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it("answers the console's own paths with index.html, missing files with 404", async () => {
    expect(await (await fetch(`${base}/organizations/123/show`)).text()).toContain('console');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('keeps requests inside the build folder', async () => {
    for (const path of ['/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2F..%2Fsecret.txt']) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text()).not.toContain('SECRET');
    }
  });

  it('routes /graphql to the API, which answers only with a token signed by its key', async () => {
    const ask = (token?: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: '{ regionStats { organizations } }' }),
      }).then((response) => response.json());
    expect(await ask(stack.adminToken)).toEqual({ data: { regionStats: { organizations: 0 } } });
    const anonymous = await ask();
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('says how to build the console when there is no build', async () => {
    const bare = await start(mkdtempSync(join(tmpdir(), 'unbuilt-')));
    const response = await fetch(`${bare}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build -w @grassroots/web');
  });
});
