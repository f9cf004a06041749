import { createYoga } from '@grassroots/graphql';
import { Resource } from 'sst/resource';
import { readConfig } from './config.ts';
import { lambdaDb } from './db.ts';
import { lambdaHandler } from './events.ts';

// Built once per execution environment, in the init phase, and reused by every invocation.
const config = readConfig(Resource as unknown as Record<string, unknown>, process.env);
const yoga = createYoga({
  db: lambdaDb(config),
  secret: config.secret,
  production: config.production,
  auditRetentionDays: config.auditRetentionDays,
  graphiql: config.graphiql,
  corsOrigins: config.corsOrigins,
});

/** The GraphQL API for API Gateway HTTP API (payload 2.0) and function URL events. */
export const handler = lambdaHandler(yoga);
