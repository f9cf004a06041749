import { randomUUID } from 'node:crypto';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import {
  ANONYMOUS_ACTOR,
  actorFromToken,
  createSession,
  type Db,
  DomainError,
} from '@grassroots/core';
import { createYoga as createYogaServer } from 'graphql-yoga';
import type { Context } from './context.ts';
import { maskError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { logger } from './logger.ts';
import { useBodyLimit } from './plugins/body-limit.ts';
import { useDeadline } from './plugins/deadline.ts';
import { useErrorCodes } from './plugins/error-codes.ts';
import { useRequireLogin } from './plugins/require-login.ts';
import { schema } from './schema.ts';

export interface ApiOptions {
  db: Db;
  /** Key that signs and verifies tokens (HS256): an SST secret in AWS, a key file locally. */
  secret: Uint8Array;
  /** Production stages: no introspection, GraphiQL or field suggestions; errors fully masked. */
  production?: boolean;
  /** GraphiQL in the browser at the endpoint (never on production stages). */
  graphiql?: boolean;
  graphqlEndpoint?: string;
  /** Origins allowed to call the API from a browser; absent allows none cross-origin. */
  corsOrigins?: string[];
  /** Days audit entries are kept (at least 180). */
  auditRetentionDays?: number;
}

type ServerContext = Record<string, unknown> & { req?: { socket?: { remoteAddress?: string } } };

/** The caller's address: the first X-Forwarded-For hop (API Gateway, proxies), else the socket. */
function clientAddress(request: Request, server: ServerContext): string | null {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || server.req?.socket?.remoteAddress || null;
}

/** The one GraphQL server, shared by the Lambda handler and the local stack. */
export function createYoga({
  db,
  secret,
  production = false,
  graphiql = false,
  graphqlEndpoint = '/graphql',
  corsOrigins = [],
  auditRetentionDays,
}: ApiOptions) {
  return createYogaServer<ServerContext, Context>({
    schema,
    graphqlEndpoint,
    graphiql:
      graphiql && !production
        ? { title: '党建引领基层治理 GraphQL API', headers: '{"Authorization": "Bearer "}' }
        : false,
    landingPage: false,
    logging: logger,
    cors: { origin: corsOrigins, credentials: true, methods: ['GET', 'POST'], maxAge: 600 },
    maskedErrors: { maskError: (error, message) => maskError(error, message, !production) },
    plugins: [
      useErrorCodes(),
      useBodyLimit(LIMITS.maxBodyBytes),
      useCSRFPrevention({
        requestHeaders: ['x-graphql-yoga-csrf', 'authorization', 'content-type'],
      }),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives },
        costLimit: { maxCost: LIMITS.maxCost },
        blockFieldSuggestion: { enabled: production },
      }),
      ...(production ? [useDisableIntrospection()] : []),
      useRequireLogin({ introspection: !production }),
      useDeadline(LIMITS.requestTimeoutMs),
    ],
    context: async ({ request, ...server }) => {
      const session = createSession(db, {
        actor: ANONYMOUS_ACTOR,
        request: {
          requestId: request.headers.get('x-request-id') ?? randomUUID(),
          clientAddress: clientAddress(request, server),
        },
        ...(auditRetentionDays ? { auditRetentionDays } : {}),
      });
      const header = request.headers.get('authorization');
      const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
      if (!header) return { session, secret, authError: null };
      if (!token)
        return { session, secret, authError: 'Send `Authorization: Bearer <access token>`.' };
      try {
        return {
          session: { ...session, actor: await actorFromToken(session, secret, token) },
          secret,
          authError: null,
        };
      } catch (error) {
        if (error instanceof DomainError) return { session, secret, authError: error.message };
        throw error;
      }
    },
  });
}
