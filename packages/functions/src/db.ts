import { fromEnv } from '@aws-sdk/credential-provider-env';
import { createDb, type Db } from '@grassroots/core/client';
import type { ApiConfig } from './config.ts';

/**
 * The function's DynamoDB client. Lambda puts the execution role's credentials in the
 * environment; reading them there directly skips the SDK's provider chain, whose lazy imports
 * and profile lookups add to every cold start. Without them a request fails at once, saying
 * so, instead of trying profile files and instance metadata.
 */
export function lambdaDb(config: Pick<ApiConfig, 'tableNames' | 'endpoint'>): Db {
  return createDb({
    tableNames: config.tableNames,
    endpoint: config.endpoint,
    credentials: fromEnv(),
  });
}
