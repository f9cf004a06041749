import type { Server } from 'node:http';
import {
  ALL,
  completePendingMove,
  createDb,
  createSession,
  ensureTables,
  prefixedTableNames,
} from '@grassroots/core';
import { readConfig } from './config.ts';
import { loadDemo } from './demo/load.ts';
import { type DynamoDbLocal, JavaMissing, startDynamoDbLocal } from './dynamodb-local.ts';
import { createLocalServer, listen } from './server.ts';

// The local stack: DynamoDB Local (or DYNAMODB_ENDPOINT), the tables, demo data on an empty
// database, and the API. Every way out stops DynamoDB Local, so no java process is left.

let dynamo: DynamoDbLocal | null = null;
let server: Server | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await dynamo?.stop();
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the API and DynamoDB Local…`);
    void stop(0);
  });
}
process.on('uncaughtException', (error) => {
  console.error(error);
  void stop(1);
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  void stop(1);
});

async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  if ('help' in config) {
    console.log(config.help);
    return stop(config.help.startsWith('Usage') ? 0 : 2);
  }
  let endpoint = config.dynamoEndpoint;
  if (!endpoint) {
    try {
      dynamo = await startDynamoDbLocal(config.dataDir ? { dataDir: config.dataDir } : {});
    } catch (error) {
      if (error instanceof JavaMissing) {
        console.error(error.message);
        return stop(1);
      }
      throw error;
    }
    endpoint = dynamo.endpoint;
  }
  const db = createDb({ endpoint, region: 'local', tableNames: prefixedTableNames(config.tablePrefix) });
  await ensureTables(db);
  const session = createSession(db);
  await completePendingMove(session);
  const { organizations } = await session.loaders.stats.load(ALL);
  if (organizations === 0) {
    console.log(`Empty database: loading the demo data${config.full ? ' at full scale (a few minutes)' : ''}…`);
    const started = Date.now();
    const loaded = await loadDemo(session, { full: config.full });
    console.log(
      `Loaded ${loaded.organizations} organizations, ${loaded.serviceCenters} service centers and ${loaded.projects} projects in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } else {
    console.log(`Database holds ${organizations} organizations; demo data not loaded again.`);
  }
  server = createLocalServer(db);
  const port = await listen(server, config.port, config.host);
  const shown = config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`
GraphQL API   http://${shown}:${port}/graphql   (GraphiQL in the browser)
DynamoDB      ${endpoint}${config.dataDir && !config.dynamoEndpoint ? `   (data in ${config.dataDir})` : config.dynamoEndpoint ? '' : '   (in memory)'}
Ctrl-C stops everything.`);
}

main().catch((error) => {
  console.error(error);
  void stop(1);
});
