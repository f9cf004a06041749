import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { benchStack } from './cost.ts';

export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const AUTOCANNON = fileURLToPath(new URL('../node_modules/.bin/autocannon', import.meta.url));

interface AutocannonResult {
  non2xx: number;
  errors: number;
  requests: { average: number };
  latency: { p50: number; p99: number };
}

const runAutocannon = (args: string[]) =>
  new Promise<AutocannonResult>((resolve, reject) =>
    execFile(AUTOCANNON, args, { maxBuffer: 10_000_000 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as AutocannonResult),
    ),
  );

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** The list page of 50 projects through the whole stack over HTTP, under autocannon. */
export async function throughFullStack(
  stack: Awaited<ReturnType<typeof benchStack>>,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Throughput> {
  const op = stack.operations.find((o) => o.name === 'projectListPage');
  if (!op) throw new Error('no projectListPage operation');
  const server = createServer(stack.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    // autocannon in its own process: sharing this event loop would slow the server it measures
    const result = await runAutocannon([
      '--json',
      '--method',
      'POST',
      '--connections',
      String(connections),
      '--duration',
      String(seconds),
      '--header',
      'content-type=application/json',
      '--header',
      `authorization=Bearer ${stack.token}`,
      '--body',
      JSON.stringify({ query: op.query, variables: op.variables }),
      `http://127.0.0.1:${port}/graphql`,
    ]);
    if (result.non2xx || result.errors)
      throw new Error(`full stack: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * The DynamoDB calls the same page needs, made directly with the SDK: the page Query, the lead
 * and partner organizations in BatchGetItem, the counters for the total. The GraphQL layer's
 * overhead is the ratio between the two.
 */
export async function throughRawSdk(
  stack: Awaited<ReturnType<typeof benchStack>>,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Throughput> {
  const { db } = stack;
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const once = async () => {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tables.projects,
        IndexName: 'byPath',
        KeyConditionExpression: '#t = :t',
        ExpressionAttributeNames: { '#t': 'tree' },
        ExpressionAttributeValues: { ':t': 'tree' },
        Limit: 51,
      }),
    );
    const ids = [
      ...new Set(
        (page.Items ?? []).flatMap((p) => [
          p.leadOrganizationId as string,
          ...(p.partnerIds as string[]),
        ]),
      ),
    ];
    await Promise.all([
      ...Array.from({ length: Math.ceil(ids.length / 100) }, (_, i) =>
        db.doc.send(
          new BatchGetCommand({
            RequestItems: {
              [db.tables.organizations]: {
                Keys: ids.slice(i * 100, i * 100 + 100).map((id) => ({ id })),
              },
            },
          }),
        ),
      ),
      db.doc.send(new GetCommand({ TableName: db.tables.rollups, Key: { orgId: '#all' } })),
    ]);
  };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        await once();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
