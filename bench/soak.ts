// `npm run soak -- --seconds 3600`: the API under steady load for as long as asked, against
// its own DynamoDB Local. Prints requests, errors and the heap over time as JSON; exits 1 on
// any error or when the heap keeps growing. CI runs two minutes of it (test/resilience/soak).
import { startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { benchStack } from './cost.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 120);
/** Heap growth from the second to the last quarter of the run that counts as a leak. */
const MAX_GROWTH_MB = 32;
const CONCURRENCY = 8;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const dynamo = await startDynamoDbLocal();
try {
  const stack = await benchStack(dynamo.endpoint, 1_000);
  // every operation but those that use up their input, over and over
  const operations = stack.operations.filter((op) => op.repeatable !== false);
  const until = Date.now() + seconds * 1000;
  let requests = 0;
  const errors: string[] = [];
  const samples: { at: number; heapMb: number }[] = [];
  const sampler = setInterval(
    () =>
      samples.push({
        at: Math.round((Date.now() - until) / 1000 + seconds),
        heapMb: Math.round(heapMb()),
      }),
    5_000,
  );
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = worker; Date.now() < until; i++) {
        const op = operations[i % operations.length];
        if (!op) continue;
        try {
          await stack.run(op);
        } catch (error) {
          errors.push(String(error).slice(0, 200));
        }
        requests++;
      }
    }),
  );
  clearInterval(sampler);
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const mean = (xs: { heapMb: number }[]) =>
    xs.reduce((s, x) => s + x.heapMb, 0) / Math.max(1, xs.length);
  const growthMb = mean(samples.slice(-quarter)) - mean(samples.slice(quarter, 2 * quarter));
  const result = {
    seconds,
    requests,
    errors: errors.length,
    firstErrors: errors.slice(0, 3),
    growthMb: Math.round(growthMb),
    samples,
  };
  console.log(JSON.stringify(result));
  process.exitCode = errors.length === 0 && growthMb <= MAX_GROWTH_MB ? 0 : 1;
} finally {
  await dynamo.stop();
}
