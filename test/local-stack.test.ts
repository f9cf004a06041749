import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dataDir = join(mkdtempSync(join(tmpdir(), 'grassroots-data-')), 'dynamodb');
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

/**
 * Runs the local stack (through `npm start` itself when `npm` is set, signals included);
 * resolves with its output once it serves, or when it exits.
 */
function start(env: Record<string, string> = {}, { npm = false } = {}) {
  const child = spawn(npm ? 'npm' : TSX, npm ? ['start'] : ['packages/local/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DYNAMODB_ENDPOINT: '', ...env },
  });
  running.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /GraphQL API\s+(\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, ready, exited, output: () => output };
}

const query = async (url: string, q: string, token?: string) =>
  (await (
    await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: q }),
    })
  ).json()) as any;

const logIn = async (url: string, login: string, password: string) =>
  (
    await query(
      url,
      `mutation { login(login: "${login}", password: "${password}") { accessToken } }`,
    )
  ).data.login.accessToken as string;

const javaRunning = (pid: number) =>
  existsSync(`/proc/${pid}`) &&
  readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('DynamoDBLocal');

describe('npm start', () => {
  it('starts DynamoDB Local, loads the demo data, serves GraphQL and GraphiQL, and stops everything on SIGTERM to npm', async () => {
    const stack = start({}, { npm: true });
    const url = await stack.ready;
    expect(url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    expect(stack.output()).toMatch(/Loaded 112 organizations, 25 service centers and 7 projects/);
    const password = /log in as admin with password (\S+?)[ .]/.exec(stack.output())?.[1] as string;
    expect(readFileSync(join(dirname(dataDir), 'first-admin.txt'), 'utf8')).toContain(password);
    const refused = await query(url, '{ regionStats { organizations } }');
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const token = await logIn(url, 'admin', password);
    const data = await query(url, '{ regionStats { organizations } }', token);
    expect(data.data.regionStats.organizations).toBe(112);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
    const created = await query(
      url,
      'mutation { createOrganization(input: { name: "测试市委", type: CITY_COMMITTEE, divisionCode: "150100" }) { name } }',
      token,
    );
    expect(created).toEqual({ data: { createOrganization: { name: '测试市委' } } });
    const javaPid = Number(readFileSync(join(dataDir, 'dynamodb-local.pid'), 'utf8'));
    expect(javaRunning(javaPid)).toBe(true);
    stack.child.kill('SIGTERM');
    expect(await stack.exited).toBe(0);
    expect(javaRunning(javaPid)).toBe(false);
  });

  it('keeps the data between runs and does not load the demo again', async () => {
    const stack = start();
    const url = await stack.ready;
    expect(stack.output()).toMatch(/Database holds 113 organizations; demo data not loaded again/);
    expect(stack.output()).not.toMatch(/first REGION_ADMIN/);
    const admin = readFileSync(join(dirname(dataDir), 'first-admin.txt'), 'utf8');
    const token = await logIn(url, 'admin', /password: (\S+)/.exec(admin)?.[1] as string);
    const data = await query(
      url,
      '{ organizations(filter: { divisionCode: "150100" }) { edges { node { name } } } }',
      token,
    );
    expect(data.data.organizations.edges).toEqual([{ node: { name: '测试市委' } }]);
    stack.child.kill('SIGINT');
    expect(await stack.exited).toBe(0);
  });

  it('says in one line what to install when Java is missing', async () => {
    const stack = start({ PATH: dirname(process.execPath) });
    await expect(stack.ready).rejects.toThrow();
    expect(await stack.exited).toBe(1);
    expect(stack.output().trim()).toBe(
      'DynamoDB Local needs a Java 17+ runtime: install one (e.g. `apt-get install openjdk-17-jre-headless`), or set DYNAMODB_ENDPOINT to use another DynamoDB instead.',
    );
  });
});
