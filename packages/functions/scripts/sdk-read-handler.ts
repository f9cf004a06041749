// A part of the cold start, for `npm run measure`: the "hello" handler whose resolver reads
// DynamoDB once through the AWS SDK (Query on the organizations table, as the API's first
// list does), without the API's schema or the rest of core. It shows what the SDK alone adds.
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TREE, tables } from '@grassroots/core/tables';
import { createSchema, createYoga } from 'graphql-yoga';
import { Resource } from 'sst/resource';
import { readConfig } from '../src/config.ts';
import { lambdaDb } from '../src/db.ts';
import { lambdaHandler } from '../src/events.ts';

const config = readConfig(Resource as unknown as Record<string, unknown>, process.env);
const db = lambdaDb(config);

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { count: Int! }',
    resolvers: {
      Query: {
        count: async () => {
          const out = await db.doc.send(
            new QueryCommand({
              TableName: db.tables.organizations,
              IndexName: 'byPath',
              KeyConditionExpression: '#tree = :tree',
              ExpressionAttributeNames: {
                '#tree': tables.organizations.globalIndexes.byPath.hashKey,
              },
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

export const handler = lambdaHandler(yoga);
