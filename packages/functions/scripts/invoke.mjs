// One cold start: a fresh Node process imports a bundle and answers its first query.
// Prints the milliseconds from before the import to the answer, and the answer.
const [bundle, query] = process.argv.slice(2);
const started = performance.now();
const { handler } = await import(bundle);
const result = await handler(
  {
    version: '2.0',
    routeKey: 'ANY /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      host: 'api.example.cn',
      ...(process.env.AUTHORIZATION ? { authorization: process.env.AUTHORIZATION } : {}),
    },
    requestContext: {
      domainName: 'api.example.cn',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' },
    },
    body: JSON.stringify({ query }),
    isBase64Encoded: false,
  },
  { awsRequestId: 'cold-start' },
);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, statusCode: result.statusCode, body: result.body }));
