import { Expression } from '../db/expression.ts';
import type { TransactionStep } from '../db/transact.ts';
import { SubtreeMoving } from '../rollups/move-lock.ts';
import type { Session } from '../session.ts';
import type { Organization } from './model.ts';

/**
 * A transaction step asserting that an organization still sits where it was read, so paths
 * and ancestors computed from it hold. If it moved, the write waits for the move to finish
 * and is computed again; if it is gone, `onMissing` says what to tell the caller.
 */
export function organizationUnmoved(
  session: Session,
  org: Organization,
  onMissing: () => Error,
): TransactionStep {
  const e = new Expression();
  return {
    op: {
      ConditionCheck: {
        TableName: session.db.tables.organizations,
        Key: { id: org.id },
        ConditionExpression: `${e.name('path')} = ${e.value(org.path)}`,
        ...e.attributes(),
      },
    },
    onConditionFailed: (current) => (current ? new SubtreeMoving(org.id) : onMissing()),
  };
}
