import { createServer, type Server } from 'node:http';
import type { Db } from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';

/** The local HTTP server: the GraphQL API (with GraphiQL) at /graphql. */
export function createLocalServer(db: Db): Server {
  const yoga = createYoga({ db, graphiql: true, dev: true });
  return createServer((req, res) => {
    if (req.url === '/' || req.url === '') {
      res.writeHead(302, { location: yoga.graphqlEndpoint }).end();
      return;
    }
    yoga(req, res);
  });
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
