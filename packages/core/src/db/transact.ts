import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Db } from './client.ts';
import { backoff } from './retry.ts';

type Operation = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One write of a transaction, with the domain error to raise when its condition fails. */
export interface TransactionStep {
  op: Operation;
  /** Receives the item as it was (undefined when absent) and returns the error to throw. */
  onConditionFailed?: (current: Record<string, unknown> | undefined) => Error;
}

/** DynamoDB's limit on the number of items in one TransactWriteItems call. */
export const MAX_TRANSACTION_ITEMS = 100;
const CONFLICT_ATTEMPTS = 10;

/**
 * Runs the steps atomically. A single write goes out as a plain conditional
 * Put/Update/Delete (half the capacity of a transaction); several go as one
 * TransactWriteItems. Transactions that lose a race with another
 * transaction on the same item (TransactionConflict) are retried with backoff; a failed
 * condition is turned into the step's domain error.
 */
export async function transactWrite(db: Db, steps: TransactionStep[]): Promise<void> {
  if (steps.length === 0) return;
  if (steps.length > MAX_TRANSACTION_ITEMS) {
    throw new Error(
      `A transaction holds at most ${MAX_TRANSACTION_ITEMS} items (${steps.length}).`,
    );
  }
  const [only] = steps;
  if (steps.length === 1 && only && !only.op.ConditionCheck) return singleWrite(db, only);
  const TransactItems = steps.map(({ op }) => withOldValues(op));
  for (let attempt = 0; ; attempt++) {
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems }));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) {
        const step = steps[failed];
        const item = reasons[failed]?.Item;
        const current = item ? unmarshall(item) : undefined;
        if (step?.onConditionFailed) throw step.onConditionFailed(current);
        throw error;
      }
      const conflicted = reasons.some((r) => r.Code === 'TransactionConflict');
      if (!conflicted || attempt + 1 >= CONFLICT_ATTEMPTS) throw error;
      await backoff(attempt);
    }
  }
}

// Ask DynamoDB for the old item on a failed condition, so errors can say what they found.
function withOldValues(op: Operation): Operation {
  const key = (['Put', 'Update', 'Delete', 'ConditionCheck'] as const).find((k) => op[k]);
  if (!key) return op;
  const inner = op[key];
  if (!inner?.ConditionExpression) return op;
  return { [key]: { ...inner, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } } as Operation;
}

async function singleWrite(db: Db, { op, onConditionFailed }: TransactionStep): Promise<void> {
  try {
    if (op.Put) await db.doc.send(new PutCommand(withOldValues(op).Put as never));
    else if (op.Update) await db.doc.send(new UpdateCommand(withOldValues(op).Update as never));
    else if (op.Delete) await db.doc.send(new DeleteCommand(withOldValues(op).Delete as never));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException && onConditionFailed) {
      throw onConditionFailed(error.Item ? unmarshall(error.Item) : undefined);
    }
    throw error;
  }
}
