import type { Db } from './client.ts';

const CAPACITY_COMMANDS = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'QueryCommand',
  'BatchGetItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
  'TransactGetItemsCommand',
]);

interface Consumed {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

export interface DbMetrics {
  /** Requests sent, by SDK command name. */
  calls: Record<string, number>;
  /** Capacity units DynamoDB reported (ReturnConsumedCapacity TOTAL). */
  readUnits: number;
  writeUnits: number;
  totalCalls: number;
}

/**
 * Counts the requests a database client sends and the capacity DynamoDB reports for them,
 * by asking for it on every request. For benchmarks and cost budgets; the API itself never
 * turns it on.
 */
export function meterDb(db: Db) {
  let calls = new Map<string, number>();
  let readUnits = 0;
  let writeUnits = 0;
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? 'unknown');
      calls.set(command, (calls.get(command) ?? 0) + 1);
      if (CAPACITY_COMMANDS.has(command)) {
        (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      }
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: Consumed | Consumed[] })
        .ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const read = c.ReadCapacityUnits ?? 0;
        const write = c.WriteCapacityUnits ?? 0;
        // some operations report only the total: a read or a write by what the command does
        const unknown = read + write === 0 ? (c.CapacityUnits ?? 0) : 0;
        readUnits += read + (/^(Get|Query|BatchGet|TransactGet)/.test(command) ? unknown : 0);
        writeUnits += write + (/^(Get|Query|BatchGet|TransactGet)/.test(command) ? 0 : unknown);
      }
      return result;
    },
    { step: 'initialize', name: `meter${Math.random()}` },
  );
  return {
    reset() {
      calls = new Map();
      readUnits = 0;
      writeUnits = 0;
    },
    snapshot(): DbMetrics {
      return {
        calls: Object.fromEntries(calls),
        readUnits,
        writeUnits,
        totalCalls: [...calls.values()].reduce((a, b) => a + b, 0),
      };
    },
  };
}
