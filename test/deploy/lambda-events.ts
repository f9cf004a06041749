import type { APIGatewayProxyEventV2 } from 'aws-lambda';

interface EventInput {
  method: string;
  path?: string;
  query?: string;
  headers?: Record<string, string>;
  cookies?: string[];
  body?: string;
  base64?: boolean;
}

const NOW = Date.UTC(2026, 10, 28, 8, 0, 0);

/** The common part of payload-2.0 events, as AWS sends them. */
function baseEvent(
  input: EventInput,
  routeKey: string,
  domainName: string,
  apiId: string,
): APIGatewayProxyEventV2 {
  const path = input.path ?? '/graphql';
  const body =
    input.body === undefined
      ? {}
      : {
          body: input.base64 ? Buffer.from(input.body).toString('base64') : input.body,
        };
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: input.query ?? '',
    ...(input.cookies ? { cookies: input.cookies } : {}),
    headers: {
      Host: domainName,
      'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chromium/156',
      'X-Forwarded-For': '203.0.113.7',
      'X-Forwarded-Proto': 'https',
      ...input.headers,
    },
    ...(input.query
      ? { queryStringParameters: Object.fromEntries(new URLSearchParams(input.query)) }
      : {}),
    requestContext: {
      accountId: '123456789012',
      apiId,
      domainName,
      domainPrefix: apiId,
      http: {
        method: input.method,
        path,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chromium/156',
      },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey,
      stage: '$default',
      time: '28/Nov/2026:08:00:00 +0000',
      timeEpoch: NOW,
    },
    ...body,
    isBase64Encoded: input.base64 ?? false,
  };
}

/** An API Gateway HTTP API event (payload format 2.0) from the stack's `ANY /graphql` route. */
export const apiGatewayEvent = (input: EventInput) =>
  baseEvent(
    input,
    'ANY /graphql',
    'a1b2c3d4e5.execute-api.cn-north-1.amazonaws.com.cn',
    'a1b2c3d4e5',
  );

/** A Lambda function URL event: the same payload 2.0 shape with the `$default` route. */
export const functionUrlEvent = (input: EventInput) =>
  baseEvent(input, '$default', 'f6g7h8i9j0.lambda-url.ap-east-1.on.aws', 'f6g7h8i9j0');
