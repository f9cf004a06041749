import type { Plugin } from 'graphql-yoga';

/**
 * Refuses request bodies over the limit by their Content-Length, before reading them.
 * (Requests built from Lambda events carry no length; API Gateway caps those bodies itself.)
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (request.method !== 'POST' || length === null) return;
      if (/^\d+$/.test(length) && Number(length) <= maxBytes) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `The request body is larger than ${maxBytes} bytes.`,
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          }),
          { status: 413, headers: { 'content-type': 'application/json' } },
        ),
      );
    },
  };
}
