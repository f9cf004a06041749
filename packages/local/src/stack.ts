import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import {
  ALL,
  completePendingMove,
  completePendingNoteDeletes,
  createDb,
  createSession,
  type Db,
  ensureTables,
  prefixedTableNames,
} from '@grassroots/core';
import { loadDemo } from './demo/load.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { ensureFirstAdmin } from './first-admin.ts';
import { loadOrCreateSecret } from './secret.ts';
import { createLocalServer, listen } from './server.ts';

export interface StackOptions {
  port?: number;
  host?: string;
  /** Use this DynamoDB; otherwise DynamoDB Local is started. */
  dynamoEndpoint?: string | null;
  /** DynamoDB Local's data folder; absent keeps the data in memory. */
  dataDir?: string | null;
  tablePrefix?: string;
  /** Load the demo data (at full scale with `full`) when the database is empty. */
  demo?: boolean;
  full?: boolean;
  log?: (line: string) => void;
}

export interface LocalStack {
  url: string;
  port: number;
  dynamoEndpoint: string;
  db: Db;
  /** The key that signs tokens (tests mint their own with it). */
  secret: Uint8Array;
  stop(): Promise<void>;
}

/**
 * The whole local stack: DynamoDB Local (unless an endpoint is given), the tables, the demo
 * data on an empty database, and the HTTP server. `npm start` and the browser tests use it.
 */
export async function startLocalStack(options: StackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => {});
  let dynamo: DynamoDbLocal | null = null;
  let server: Server | null = null;
  const stop = async () => {
    if (server) {
      const closing = new Promise<void>((resolve) => server?.close(() => resolve()));
      server.closeAllConnections();
      await closing;
    }
    await dynamo?.stop();
  };
  try {
    let endpoint = options.dynamoEndpoint ?? null;
    if (!endpoint) {
      dynamo = await startDynamoDbLocal(options.dataDir ? { dataDir: options.dataDir } : {});
      endpoint = dynamo.endpoint;
    }
    const db = createDb({
      endpoint,
      region: 'local',
      tableNames: prefixedTableNames(options.tablePrefix ?? 'local-'),
    });
    for (const { table, indexes } of await ensureTables(db)) {
      log(
        `Brought the indexes of ${table} up to this version (dropped, rebuilt or built: ${indexes.join(', ')}); its data stays.`,
      );
    }
    const session = createSession(db);
    await completePendingMove(session);
    await completePendingNoteDeletes(db);
    // the signing key and the first administrator's password live beside the data
    const beside = (name: string) =>
      options.dataDir ? join(dirname(options.dataDir), name) : null;
    const secret = loadOrCreateSecret(beside('jwt-secret'));
    const admin = await ensureFirstAdmin(session, beside('first-admin.txt'));
    if (admin) {
      log(
        `Created the first REGION_ADMIN: log in as ${admin.login} with password ${admin.password}${beside('first-admin.txt') ? ` (also in ${beside('first-admin.txt')})` : ''}.`,
      );
    }
    const { organizations } = await session.loaders.stats.load(ALL);
    if (options.demo !== false && organizations === 0) {
      log(
        `Empty database: loading the demo data${options.full ? ' at full scale (a few minutes)' : ''}…`,
      );
      const started = Date.now();
      const loaded = await loadDemo(session, { full: options.full ?? false });
      log(
        `Loaded ${loaded.organizations} organizations, ${loaded.serviceCenters} service centers and ${loaded.projects} projects; ${loaded.governance.grids.length} grids, ${loaded.governance.members.length} members reported to them and ${loaded.governance.requests.length} residents' requests in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    } else if (organizations > 0) {
      log(`Database holds ${organizations} organizations; demo data not loaded again.`);
    }
    server = createLocalServer(db, secret);
    const host = options.host ?? '127.0.0.1';
    const port = await listen(server, options.port ?? 0, host);
    const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
    return { url: `http://${shown}:${port}`, port, dynamoEndpoint: endpoint, db, secret, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
