// A part of the cold start, for `npm run measure`: the "hello" handler whose resolver reads
// DynamoDB once through the AWS SDK (Query on the organizations table, as the API's first
// list does), without the API's schema or core. It shows what the SDK alone adds.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TREE, tables } from '@grassroots/core/tables';
import { createSchema, createYoga } from 'graphql-yoga';
import { Resource } from 'sst/resource';
import { type HttpEvent, toRequest, toResult } from '../src/events.ts';

const { organizations } = tables;
const table = (Resource as unknown as Record<string, { name: string }>)[organizations.name]?.name;
const endpoint = process.env.DYNAMODB_ENDPOINT;
const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    ...(endpoint
      ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  }),
);

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { count: Int! }',
    resolvers: {
      Query: {
        count: async () => {
          const out = await doc.send(
            new QueryCommand({
              TableName: table,
              IndexName: 'byPath',
              KeyConditionExpression: '#tree = :tree',
              ExpressionAttributeNames: { '#tree': organizations.globalIndexes.byPath.hashKey },
              ExpressionAttributeValues: { ':tree': TREE },
              Limit: 6,
            }),
          );
          return out.Count ?? 0;
        },
      },
    },
  }),
});

export async function handler(event: HttpEvent) {
  return toResult(await yoga.fetch(toRequest(event)));
}
