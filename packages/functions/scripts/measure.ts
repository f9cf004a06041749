// `npm run measure`: size and cold start of the handler bundle against a minimal
// graphql-yoga "hello" bundle built with the same settings in the same run. Fails past the
// budgets: bundle under 1.5 MB, cold start within 1.5x of the reference. Two partial bundles,
// timed alongside, show where the difference goes: the AWS SDK's first read, and the schema.
import { join } from 'node:path';
import { createDb, ensureTables, prefixedTableNames } from '@grassroots/core';
import { startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { bundleLambda, HANDLER_ENTRY, megabytes, OUT_DIR } from './build.ts';
import { type ColdStart, coldStart } from './cold-start.ts';
import { adminAuthorization, linkedTablesEnv } from './linked-env.ts';

const MAX_BYTES = 1.5 * 1024 * 1024;
const MAX_RATIO = 1.5;
const RUNS = Number(process.env.RUNS ?? 11);

const script = (name: string) => new URL(`./${name}`, import.meta.url).pathname;
/** What is timed: the API, the reference, and the two parts; each answers its own query. */
const SUBJECTS = [
  {
    key: 'api',
    name: 'GraphQL API (DynamoDB query)',
    entry: HANDLER_ENTRY,
    query: '{ organizations(first: 5) { edges { node { id name } } } }',
  },
  {
    key: 'hello',
    name: 'graphql-yoga "hello"',
    entry: script('hello-handler.ts'),
    query: '{ hello }',
  },
  {
    key: 'sdk-read',
    name: 'part: "hello" + one DynamoDB Query through the AWS SDK',
    entry: script('sdk-read-handler.ts'),
    query: '{ count }',
  },
  {
    key: 'schema',
    name: "part: the API's schema (with core and the SDK), `{ __typename }`",
    entry: script('schema-handler.ts'),
    query: '{ __typename }',
  },
] as const;

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

type Subject = (typeof SUBJECTS)[number];
type Bundled = Subject & Awaited<ReturnType<typeof bundleLambda>>;
const bundles: Bundled[] = [];
for (const subject of SUBJECTS) {
  bundles.push({ ...subject, ...(await bundleLambda(subject.entry, join(OUT_DIR, subject.key))) });
}

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
  for (const b of bundles) await answered(coldStart(b.file, b.query, env));
  const runs = new Map(bundles.map((b) => [b, [] as ColdStart[]]));
  // interleaved, so a busy machine slows all alike
  for (let i = 0; i < RUNS; i++) {
    for (const b of bundles) runs.get(b)?.push(await answered(coldStart(b.file, b.query, env)));
  }
  const processMs = (b: Bundled) => median((runs.get(b) ?? []).map((r) => r.processMs));
  const initMs = (b: Bundled) => median((runs.get(b) ?? []).map((r) => r.initAndFirstMs));
  const of = (key: Subject['key']) => bundles.find((b) => b.key === key) as Bundled;
  const [api, hello, sdkRead] = [of('api'), of('hello'), of('sdk-read')];
  const ratio = processMs(api) / processMs(hello);
  console.log(
    `Cold start: median of ${RUNS} new Node ${process.version} processes, each importing the bundle and answering one query.`,
  );
  console.log(); // a table starts after a blank line
  console.log(
    '| bundle | size, all chunks | loaded at start | process start to answer | × "hello" | import + first answer |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const b of bundles) {
    console.log(
      `| ${b.name} | ${megabytes(b.bytes)} | ${megabytes(b.startBytes)} | ${processMs(b).toFixed(0)} ms | ${(processMs(b) / processMs(hello)).toFixed(2)} | ${initMs(b).toFixed(0)} ms |`,
    );
  }
  console.log(); // ends the table
  console.log(
    `Ratio ${ratio.toFixed(2)} (budget ${MAX_RATIO}); size ${megabytes(api.bytes)} (budget under ${megabytes(MAX_BYTES)}). Against the SDK-read part instead of "hello": ${(processMs(api) / processMs(sdkRead)).toFixed(2)}.`,
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
