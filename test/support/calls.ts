import type { Db } from '@grassroots/core';

/**
 * Counts the DynamoDB requests a client sends, by operation (QueryCommand, BatchGetItemCommand…),
 * through the SDK's middleware stack, so tests can hold the batching promises.
 */
export function countCalls(db: Db) {
  const counts = new Map<string, number>();
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown');
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: `countCalls${Math.random()}` },
  );
  return {
    reset: () => counts.clear(),
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    byCommand: () => Object.fromEntries(counts),
  };
}
