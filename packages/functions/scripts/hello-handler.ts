// The cold-start reference: a minimal graphql-yoga "hello" handler behind the same event
// adapter, so the comparison isolates what the real API adds (schema, SDK, DynamoDB).
import { createSchema, createYoga } from 'graphql-yoga';
import { lambdaHandler } from '../src/events.ts';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'hello' } },
  }),
});

export const handler = lambdaHandler(yoga);
