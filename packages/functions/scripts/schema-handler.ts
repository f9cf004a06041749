// A part of the cold start, for `npm run measure`: graphql-yoga serving the API's own schema
// (built by Pothos, with core and the AWS SDK it imports) and answering `{ __typename }`, so
// without the API's plugins, sign-in or any DynamoDB request. It shows what the schema adds.
import { schema } from '@grassroots/graphql';
import { createYoga } from 'graphql-yoga';
import { lambdaHandler } from '../src/events.ts';

const yoga = createYoga({ schema });

export const handler = lambdaHandler(yoga);
