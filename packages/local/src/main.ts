import { readConfig } from './config.ts';
import { JavaMissing } from './dynamodb-local.ts';
import { type LocalStack, startLocalStack } from './stack.ts';

// `npm start`: the local stack in the foreground. Every way out stops DynamoDB Local, so no
// java process is left behind.

let stack: LocalStack | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stack?.stop();
  }
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the API and DynamoDB Local…`);
    void stop(0);
  });
}
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error) => {
    console.error(error);
    void stop(1);
  });
}

async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  if ('help' in config) {
    console.log(config.help);
    return stop(config.help.startsWith('Usage') ? 0 : 2);
  }
  try {
    stack = await startLocalStack({ ...config, log: (line) => console.log(line) });
  } catch (error) {
    if (!(error instanceof JavaMissing)) throw error;
    console.error(error.message);
    return stop(1);
  }
  const storage = config.dynamoEndpoint
    ? ''
    : config.dataDir
      ? `   (data in ${config.dataDir})`
      : '   (in memory)';
  console.log(`
Console       ${stack.url}/
GraphQL API   ${stack.url}/graphql   (GraphiQL in the browser)
DynamoDB      ${stack.dynamoEndpoint}${storage}
Ctrl-C stops everything.`);
}

void main();
