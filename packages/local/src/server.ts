import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';

/** The built console (`npm run build -w @grassroots/web`). */
export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

async function fileAt(path: string) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/**
 * Serves the console's files; any other path that is not a file gets index.html, so the
 * console's own routes (/#/… today, plain paths if it ever uses them) survive a reload.
 * Hashed assets are cached for good, index.html never, so a rebuild shows at once.
 */
function serveConsole(folder: string) {
  const root = folder.endsWith(sep) ? folder : `${folder}${sep}`;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const wanted = normalize(join(root, pathname));
    // a path with `..` must not leave the console's folder
    let file = wanted.startsWith(root) ? wanted : null;
    let info = file ? await fileAt(file) : null;
    if (!info && extname(pathname) === '') {
      file = join(root, 'index.html');
      info = await fileAt(file);
    }
    if (!file || !info) {
      const built = await fileAt(join(root, 'index.html'));
      res
        .writeHead(built ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(
          built
            ? 'Not found.'
            : 'The console is not built: run `npm run build -w @grassroots/web` (npm start does it).',
        );
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/**
 * The local HTTP server: the GraphQL API (with GraphiQL) at /graphql and the console at /,
 * on one origin, so the console needs no CORS.
 */
export function createLocalServer(db: Db, secret: Uint8Array, webRoot = WEB_ROOT): Server {
  const yoga = createYoga({ db, secret, graphiql: true });
  const consoleFiles = serveConsole(webRoot);
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === yoga.graphqlEndpoint || pathname.startsWith(`${yoga.graphqlEndpoint}/`)) {
      yoga(req, res);
      return;
    }
    consoleFiles(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
