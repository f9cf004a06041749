// `npm run bench`: every figure of the performance issue in one report, BENCHMARKS.md.
//   --sizes 1000,10000,100000   region sizes for the scale table (default all three)
//   --seconds 10                 length of each throughput run
// Exits 1 when a budget is broken: cost above bench/budgets.json or growing with size, the
// full stack under 70% of the raw SDK's throughput, or the Lambda cold start over budget.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import budgets from './budgets.json' with { type: 'json' };
import { benchStack, type Cost } from './cost.ts';
import { throughFullStack, throughRawSdk } from './throughput.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const seconds = Number(arg('seconds', '10'));
const CONNECTIONS = 8;
const MIN_THROUGHPUT_RATIO = 0.7;

const problems: string[] = [];
const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

const dynamo = await startDynamoDbLocal();
try {
  out('# Benchmarks');
  out();
  out(
    `Run ${new Date().toISOString()} on ${process.platform}/${process.arch}, Node ${process.version}, against Amazon's DynamoDB Local (in memory) started by the run. Reproduce with \`npm run bench\` (\`-- --sizes 1000,10000\` for a quicker run).`,
  );
  out();
  out('## 1. DynamoDB cost per operation, at every size');
  out();
  out(
    'Each operation is sent once through the API in-process with a REGION_ADMIN token; a meter on the DynamoDB client counts requests and the capacity DynamoDB reports (`ReturnConsumedCapacity: TOTAL`). Regions are generated (`bench/region.ts`: a city, banners of 8 townships of 14 villages, a center per township, a station per two villages, a co-built project per five villages with two partners, a request per two villages, open, closed or escalated, with its history) and bulk-loaded with BatchWriteItem. The budgets in `bench/budgets.json` are held by `test/perf/cost.test.ts` in `npm test`.',
  );
  out();
  out(
    '| operation | what | size | requests | read units | write units | latency (ms) | budget (requests / RU / WU) |',
  );
  out('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const costs = new Map<string, Cost[]>();
  let throughputStack: Awaited<ReturnType<typeof benchStack>> | null = null;
  for (const size of sizes) {
    const started = Date.now();
    const stack = await benchStack(dynamo.endpoint, size);
    console.error(
      `loaded ${stack.region.organizations.length} organizations, ${stack.region.serviceCenters.length} centers, ${stack.region.projects.length} projects, ${stack.region.governance.requests.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const op of stack.operations) {
      await stack.run(op); // warm: connections, JIT
      const runs: Cost[] = [];
      for (let i = 0; i < 5; i++) runs.push(await stack.run(op));
      const cost = runs[runs.length - 1] as Cost;
      const median = [...runs].sort((a, b) => a.ms - b.ms)[2]?.ms ?? cost.ms;
      costs.set(op.name, [...(costs.get(op.name) ?? []), cost]);
      const budget = (budgets as unknown as Record<string, Omit<Cost, 'ms'>>)[op.name];
      out(
        `| ${op.name} | ${op.what} | ${stack.region.organizations.length.toLocaleString('en')} orgs | ${cost.calls} | ${cost.readUnits} | ${cost.writeUnits} | ${round(median)} | ${budget ? `${budget.calls} / ${budget.readUnits} / ${budget.writeUnits}` : '—'} |`,
      );
      if (!budget) problems.push(`${op.name}: no budget`);
      else if (
        cost.calls > budget.calls ||
        cost.readUnits > budget.readUnits ||
        cost.writeUnits > budget.writeUnits
      ) {
        problems.push(
          `${op.name} at ${size}: ${cost.calls} requests / ${cost.readUnits} RU / ${cost.writeUnits} WU over budget`,
        );
      }
    }
    if (size === sizes[0]) throughputStack = stack;
  }
  for (const [name, list] of costs) {
    const [first, ...rest] = list;
    if (
      rest.some(
        (c) =>
          c.calls !== first?.calls ||
          c.readUnits !== first?.readUnits ||
          c.writeUnits !== first?.writeUnits,
      )
    ) {
      problems.push(`${name}: cost grows with the size of the region`);
    }
  }
  out();
  out(
    'Requests and capacity do not change with the size of the region: every list is a Query on a key, counts are read from maintained counters, relations come in batches.',
  );
  out();

  out('## 2. Throughput and the GraphQL layer’s overhead');
  out();
  out(
    `The list page of 50 projects with lead and partner organizations, ${CONNECTIONS} connections for ${seconds} s: through the whole stack over HTTP (autocannon; token check, limits, validation, batching, JSON) and as the same DynamoDB calls made directly with the SDK in the same run. Budget: the full stack reaches at least ${MIN_THROUGHPUT_RATIO * 100}% of the raw SDK.`,
  );
  out();
  if (throughputStack) {
    const raw = await throughRawSdk(throughputStack, { connections: CONNECTIONS, seconds });
    const full = await throughFullStack(throughputStack, { connections: CONNECTIONS, seconds });
    const ratio = full.requestsPerSecond / raw.requestsPerSecond;
    out('| path | requests/s | p50 (ms) | p99 (ms) |');
    out('| --- | --- | --- | --- |');
    out(
      `| raw SDK calls | ${round(raw.requestsPerSecond)} | ${round(raw.p50Ms)} | ${round(raw.p99Ms)} |`,
    );
    out(
      `| full stack (HTTP + GraphQL) | ${round(full.requestsPerSecond)} | ${round(full.p50Ms)} | ${round(full.p99Ms)} |`,
    );
    out();
    out(
      `Full stack / raw SDK: **${round(ratio * 100, 0)}%** (budget ≥ ${MIN_THROUGHPUT_RATIO * 100}%).`,
    );
    if (ratio < MIN_THROUGHPUT_RATIO)
      problems.push(`throughput ratio ${round(ratio, 2)} under ${MIN_THROUGHPUT_RATIO}`);
  }
  out();
} finally {
  await dynamo.stop();
}

out('## 3. Lambda bundle and cold start');
out();
out(
  'Re-measured by `npm run measure` (see docs/deploy.md for the method): the handler bundled as SST bundles it, against a minimal graphql-yoga "hello" handler bundled with the same settings, each started in new Node processes.',
);
out();
try {
  const report = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'packages/functions/scripts/measure.ts'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const line of report.trim().split('\n')) out(line);
} catch (error) {
  const report = String((error as { stdout?: string }).stdout ?? error);
  for (const line of report.trim().split('\n')) out(line);
  problems.push('the Lambda cold start or bundle size is over budget (see section 3)');
}
out();
out('## Budgets');
out();
out(problems.length ? problems.map((p) => `- broken: ${p}`).join('\n') : 'All budgets hold.');
writeFileSync('BENCHMARKS.md', `${lines.join('\n')}\n`);
process.exitCode = problems.length ? 1 : 0;
