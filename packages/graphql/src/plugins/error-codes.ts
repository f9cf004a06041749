import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const REQUEST_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  411: 'BAD_REQUEST',
  413: 'BAD_REQUEST',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

const EXPLANATIONS: Record<number, string> = {
  415: 'Send the request as application/json (or application/graphql-response+json), or as a GET with the query in the URL.',
  405: 'Send queries with GET or POST and mutations with POST.',
  406: 'Accept application/json or application/graphql-response+json.',
};

/** Errors raised before execution carry no code: tell them apart by what they say. */
const codeOf = (message: string) =>
  /limit of \d+ exceeded/.test(message)
    ? 'QUERY_TOO_COMPLEX'
    : /^Variable "\$/.test(message)
      ? 'BAD_USER_INPUT'
      : 'GRAPHQL_VALIDATION_FAILED';

const withCode = (error: GraphQLError, code: string) =>
  Object.assign(error, { extensions: { ...error.extensions, code } });

/**
 * Gives every error a machine-readable `extensions.code`, so a client can act on each the
 * same way: the query-limit rejections (QUERY_TOO_COMPLEX), other validation failures, and
 * requests refused before any GraphQL ran (wrong content type, method, CSRF header).
 */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map((error) =>
        error.extensions?.code ? error : withCode(error as GraphQLError, codeOf(error.message)),
      );
      setResult({ ...result, errors });
    },
    async onResponse({ response, setResponse, fetchAPI }) {
      const code = REQUEST_CODES[response.status];
      if (!code) return;
      const text = await response.clone().text();
      let body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null =
        null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = null;
      }
      if (body?.errors?.every((e) => e.extensions?.code)) return;
      const errors = body?.errors?.length
        ? body.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, code: e.extensions?.code ?? code },
          }))
        : [
            {
              message: EXPLANATIONS[response.status] ?? response.statusText ?? 'Bad request.',
              extensions: { code },
            },
          ];
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-type', 'application/json; charset=utf-8');
      headers.delete('content-length');
      setResponse(
        new fetchAPI.Response(JSON.stringify({ errors }), { status: response.status, headers }),
      );
    },
  };
}
