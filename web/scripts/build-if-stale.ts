import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm start` serves web/dist: build it on a fresh clone and whenever a source of the
// console is newer than the build, and otherwise start at once.

const web = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the console unless web/dist is newer than every source; true when it built. */
export function buildConsoleIfStale(log: (line: string) => void = console.log): boolean {
  const built = statSync(join(web, 'dist', 'index.html'), { throwIfNoEntry: false });
  const sources = Math.max(...SOURCES.map((name) => newest(join(web, name))));
  if (built && built.mtimeMs >= sources) return false;
  log(built ? 'The console changed: building it again…' : 'Building the console (web/dist)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildConsoleIfStale();
