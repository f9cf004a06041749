import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) copies; Node loads the CJS one for the
    // libraries, so the sources must get the same one or `instanceof GraphQLError` breaks.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'web/test/**/*.test.ts'],
    // one DynamoDB Local for the whole run (every test file gets its own tables), and the
    // console built once
    globalSetup: ['test/support/dynamodb.ts', 'test/support/console.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
