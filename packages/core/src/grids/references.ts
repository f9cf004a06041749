import { Expression } from '../db/expression.ts';
import type { TransactionStep } from '../db/transact.ts';
import { invalid } from '../errors.ts';
import { SubtreeMoving } from '../rollups/move-lock.ts';
import type { Session } from '../session.ts';
import type { Grid } from './model.ts';

/**
 * Adds to (or takes from) a grid's count of the members reporting to it or the requests
 * raised in it, on the condition that the grid still exists where it was read: a record's
 * copy of the grid's path is only right while the grid has not moved.
 */
export function gridReference(
  session: Session,
  grid: Pick<Grid, 'id' | 'organizationPath'>,
  name: 'reportedMembers' | 'requests',
  delta: 1 | -1,
  field = 'gridId',
): TransactionStep {
  const e = new Expression();
  return {
    op: {
      Update: {
        TableName: session.db.tables.grids,
        Key: { id: grid.id },
        UpdateExpression: `ADD ${e.name(name)} ${e.value(delta)}`,
        ConditionExpression: `attribute_exists(${e.name('id')}) AND ${e.name('organizationPath')} = ${e.value(grid.organizationPath)}`,
        ...e.attributes(),
      },
    },
    onConditionFailed: (current) =>
      current ? new SubtreeMoving(grid.id) : invalid(field, `No grid ${grid.id}.`),
  };
}
