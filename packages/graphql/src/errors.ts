import { DomainError, InvalidInput } from '@grassroots/core';
import { GraphQLError } from 'graphql';

const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalServerError',
  'TimeoutError',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'RequestTimeout',
  'TransactionConflictException',
]);

const isUnavailable = (error: unknown) => {
  const e = error as { name?: string; code?: string; $metadata?: unknown } | null;
  return Boolean(e && (UNAVAILABLE.has(e.name ?? '') || UNAVAILABLE.has(e.code ?? '')));
};

// Duck-typed like graphql-yoga does: a second copy of graphql (CJS beside ESM) must not
// turn every domain error into an internal one.
const isGraphQLError = (e: unknown): e is GraphQLError =>
  e instanceof Error && e.name === 'GraphQLError';

/**
 * Turns errors into what a client may see. Domain errors carry their code (and, for bad
 * input, the field paths); an unreachable or throttled DynamoDB is SERVICE_UNAVAILABLE;
 * anything else is masked as INTERNAL_SERVER_ERROR and logged, without the request data.
 */
export function maskError(error: unknown, message: string, isDev = false): Error {
  if (!isGraphQLError(error))
    return maskError(new GraphQLError(message, { originalError: error as Error }), message, isDev);
  const original = error.originalError;
  const located = {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
  };
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      ...located,
      extensions: {
        code: original.code,
        ...(original instanceof InvalidInput ? { fields: original.fields } : original.details),
      },
    });
  }
  if (!original || isGraphQLError(original)) return error;
  if (isUnavailable(original)) {
    return new GraphQLError('The database is unavailable or overloaded; try again shortly.', {
      ...located,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  console.error('Unexpected error', error.path?.join('.'), original);
  return new GraphQLError(isDev ? original.message : message, {
    ...located,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
