export { startDynamoDbLocal } from './dynamodb-local.ts';
