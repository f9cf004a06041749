export { startDynamoDbLocal } from './dynamodb-local.ts';
export { type LocalStack, type StackOptions, startLocalStack } from './stack.ts';
