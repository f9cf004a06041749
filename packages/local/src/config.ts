import { resolve } from 'node:path';

export interface LocalConfig {
  port: number;
  host: string;
  /** Another DynamoDB to use instead of the embedded DynamoDB Local. */
  dynamoEndpoint: string | null;
  /** Where DynamoDB Local keeps its data; null keeps it in memory. */
  dataDir: string | null;
  tablePrefix: string;
  /** Load the demo data at the articles' full counts. */
  full: boolean;
}

const HELP = `Usage: npm start [-- --in-memory] [-- --full]

  --in-memory   keep DynamoDB Local's data in memory (gone on exit)
  --full        load the demo data at the articles' full counts (takes a few minutes)

Environment:
  PORT               HTTP port (default 4000)
  HOST               interface to listen on (default 127.0.0.1)
  DYNAMODB_ENDPOINT  use this DynamoDB instead of starting DynamoDB Local
  DATA_DIR           DynamoDB Local's data folder (default .data/dynamodb)
  TABLE_PREFIX       prefix of the table names (default local-)`;

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): LocalConfig | { help: string } {
  const flags = new Set(argv);
  if (flags.has('--help') || flags.has('-h')) return { help: HELP };
  const unknown = argv.filter((a) => !['--in-memory', '--full'].includes(a));
  if (unknown.length) return { help: `Unknown option ${unknown.join(' ')}\n\n${HELP}` };
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return { help: `PORT must be a port number, not ${env.PORT}.` };
  const inMemory = flags.has('--in-memory') || env.DYNAMODB_IN_MEMORY === '1';
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || null,
    dataDir: inMemory ? null : resolve(env.DATA_DIR ?? '.data/dynamodb'),
    tablePrefix: env.TABLE_PREFIX ?? 'local-',
    full: flags.has('--full'),
  };
}
