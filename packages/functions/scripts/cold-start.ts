import { spawn } from 'node:child_process';

const INVOKE = new URL('./invoke.mjs', import.meta.url).pathname;

export interface ColdStart {
  /** Spawn of a fresh Node process until its answer: the cold start as a caller sees it. */
  processMs: number;
  /** Inside the process: import of the bundle plus the first invocation. */
  initAndFirstMs: number;
  statusCode: number;
  body: string;
}

/** Starts a new Node process that imports the bundle and answers one GraphQL query. */
export function coldStart(bundle: string, query: string, env: NodeJS.ProcessEnv) {
  return new Promise<ColdStart>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [INVOKE, bundle, query], { env });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      // timed at the answer; the process may linger on keep-alive sockets, so end it
      const processMs = performance.now() - started;
      child.kill();
      const { ms, statusCode, body } = JSON.parse(out);
      resolve({ processMs, initAndFirstMs: ms, statusCode, body });
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`${bundle} exited with ${code}: ${err}`));
    });
  });
}
