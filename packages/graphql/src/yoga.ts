import { createSession, type Db } from '@grassroots/core';
import { createYoga as createYogaServer } from 'graphql-yoga';
import type { Context } from './context.ts';
import { maskError } from './errors.ts';
import { logger } from './logger.ts';
import { schema } from './schema.ts';

export interface ApiOptions {
  db: Db;
  /** GraphiQL in the browser at the endpoint (local stacks, non-production stages). */
  graphiql?: boolean;
  /** Unmasked messages of unexpected errors, for local development. */
  dev?: boolean;
  graphqlEndpoint?: string;
  /** Origins allowed to call the API from a browser; absent allows none cross-origin. */
  corsOrigins?: string[];
}

/** The one GraphQL server, shared by the Lambda handler and the local stack. */
export function createYoga({
  db,
  graphiql = false,
  dev = false,
  graphqlEndpoint = '/graphql',
  corsOrigins = [],
}: ApiOptions) {
  return createYogaServer<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint,
    graphiql: graphiql ? { title: '党建引领基层治理 GraphQL API' } : false,
    landingPage: false,
    logging: logger,
    cors: { origin: corsOrigins, credentials: true, methods: ['GET', 'POST'], maxAge: 600 },
    maskedErrors: { maskError: (error, message) => maskError(error, message, dev) },
    context: () => ({ session: createSession(db) }),
  });
}
