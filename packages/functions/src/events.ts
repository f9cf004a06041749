import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';

/**
 * API Gateway HTTP API (payload format 2.0) and Lambda function URLs deliver the same event
 * shape, so one adapter serves both.
 */
export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

/** The event as a Fetch request, the form graphql-yoga answers. */
export function toRequest(event: HttpEvent): Request {
  const { http, domainName } = event.requestContext;
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers)) {
    if (value !== undefined) headers.set(name, value);
  }
  // Payload 2.0 moves cookies out of the headers into their own list.
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const hasBody = event.body !== undefined && http.method !== 'GET' && http.method !== 'HEAD';
  return new Request(`https://${domainName}${event.rawPath}${query}`, {
    method: http.method,
    headers,
    ...(hasBody
      ? { body: Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8') }
      : {}),
  });
}

const TEXT = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg)/;

/** A Fetch response as the structured result both API Gateway and function URLs accept. */
export async function toResult(response: Response): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // Some Headers implementations keep the case they were given; results use lower case.
    const key = name.toLowerCase();
    if (key !== 'set-cookie') headers[key] = value;
  });
  // Several Set-Cookie headers cannot share one map entry; payload 2.0 takes them as a list.
  const cookies = response.headers.getSetCookie();
  const bytes = Buffer.from(await response.arrayBuffer());
  const binary = bytes.length > 0 && !TEXT.test(response.headers.get('content-type') ?? 'text/');
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length ? { cookies } : {}),
    body: bytes.toString(binary ? 'base64' : 'utf8'),
    isBase64Encoded: binary,
  };
}

/** What answers Fetch requests with a server context: a graphql-yoga server. */
export interface FetchServer {
  fetch(
    request: Request,
    context: { event: HttpEvent; lambdaContext?: Context },
  ): Promise<Response> | Response;
}

/**
 * The Lambda handler of a Fetch server, for API Gateway HTTP API (payload 2.0) and function
 * URL events; the event and the invocation's context reach the server's context.
 */
export function lambdaHandler(server: FetchServer) {
  return async (event: HttpEvent, lambdaContext?: Context): Promise<HttpResult> =>
    toResult(await server.fetch(toRequest(event), { event, lambdaContext }));
}
