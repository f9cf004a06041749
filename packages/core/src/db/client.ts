import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableNames } from './tables.ts';

export interface DbConfig {
  tableNames: TableNames;
  /** Any DynamoDB-compatible endpoint (DynamoDB Local); absent means the AWS service. */
  endpoint?: string;
  region?: string;
  /** Whose requests these are; absent means the SDK's provider chain (fixed ones for `endpoint`). */
  credentials?: DynamoDBClientConfig['credentials'];
}

export interface Db {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tables: TableNames;
}

export function createDb(config: DbConfig): Db {
  const client = new DynamoDBClient({
    region: config.region ?? process.env.AWS_REGION ?? 'cn-north-1',
    // Fail fast rather than hang a request when DynamoDB is unreachable.
    maxAttempts: 3,
    requestHandler: {
      connectionTimeout: 1_000,
      requestTimeout: 5_000,
      throwOnRequestTimeout: true,
    },
    ...(config.endpoint
      ? {
          endpoint: config.endpoint,
          // DynamoDB Local accepts any credentials; never pick up real ones for it.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc, tables: config.tableNames };
}
