// `npm run measure`: size and cold start of the handler bundle against a minimal
// graphql-yoga "hello" bundle built with the same settings in the same run. Fails past the
// budgets: bundle under 1.5 MB, cold start within 1.5x of the reference.
import { join } from 'node:path';
import { createDb, ensureTables, prefixedTableNames } from '@grassroots/core';
import { startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { bundleLambda, HANDLER_ENTRY, megabytes, OUT_DIR } from './build.ts';
import { type ColdStart, coldStart } from './cold-start.ts';
import { adminAuthorization, linkedTablesEnv } from './linked-env.ts';

const MAX_BYTES = 1.5 * 1024 * 1024;
const MAX_RATIO = 1.5;
const RUNS = Number(process.env.RUNS ?? 11);
const API_QUERY = '{ organizations(first: 5) { edges { node { id name } } } }';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function answered(run: Promise<ColdStart>) {
  const result = await run;
  if (result.statusCode !== 200 || JSON.parse(result.body).errors) {
    throw new Error(`answered ${result.statusCode}: ${result.body}`);
  }
  return result;
}

const api = await bundleLambda(HANDLER_ENTRY, join(OUT_DIR, 'api'));
const hello = await bundleLambda(
  new URL('./hello-handler.ts', import.meta.url).pathname,
  join(OUT_DIR, 'hello'),
);

const dynamo = await startDynamoDbLocal();
process.once('SIGINT', () => dynamo.stop().then(() => process.exit(130)));
try {
  const tableNames = prefixedTableNames('measure-');
  const db = createDb({ endpoint: dynamo.endpoint, tableNames, region: 'cn-north-1' });
  await ensureTables(db);
  db.client.destroy();
  const env = {
    PATH: process.env.PATH,
    ...linkedTablesEnv(tableNames, dynamo.endpoint),
    ...(await adminAuthorization(tableNames, dynamo.endpoint)),
  };
  // One untimed start of each: the file cache is warm on a Lambda host, and DynamoDB
  // Local's own first-request warm-up is not the handler's cost.
  await answered(coldStart(api.file, API_QUERY, env));
  await answered(coldStart(hello.file, '{ hello }', env));
  const runs = { api: [] as ColdStart[], hello: [] as ColdStart[] };
  // interleaved, so a busy machine slows both alike
  for (let i = 0; i < RUNS; i++) {
    runs.api.push(await answered(coldStart(api.file, API_QUERY, env)));
    runs.hello.push(await answered(coldStart(hello.file, '{ hello }', env)));
  }
  const processMs = (list: ColdStart[]) => median(list.map((r) => r.processMs));
  const initMs = (list: ColdStart[]) => median(list.map((r) => r.initAndFirstMs));
  const ratio = processMs(runs.api) / processMs(runs.hello);
  const row = (name: string, bundle: typeof api, list: ColdStart[]) =>
    `| ${name} | ${megabytes(bundle.bytes)} | ${megabytes(bundle.startBytes)} | ${processMs(list).toFixed(0)} ms | ${initMs(list).toFixed(0)} ms |`;
  console.log(
    `Cold start: median of ${RUNS} new Node ${process.version} processes, each importing the bundle and answering one query.`,
  );
  console.log(
    '| bundle | size, all chunks | loaded at start | process start to answer | import + first answer |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  console.log(row('GraphQL API (DynamoDB query)', api, runs.api));
  console.log(row('graphql-yoga "hello"', hello, runs.hello));
  console.log(
    `Ratio ${ratio.toFixed(2)} (budget ${MAX_RATIO}); size ${megabytes(api.bytes)} (budget under ${megabytes(MAX_BYTES)}).`,
  );
  const failures = [
    ...(api.bytes >= MAX_BYTES ? [`The bundle (${megabytes(api.bytes)}) is over budget.`] : []),
    ...(ratio > MAX_RATIO
      ? [`The cold start (${ratio.toFixed(2)}x the reference) is over ${MAX_RATIO}x.`]
      : []),
  ];
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await dynamo.stop();
}
