import type { Db } from '../db/client.ts';
import { Expression } from '../db/expression.ts';
import type { TransactionStep } from '../db/transact.ts';
import { ALL, nonZero, REVISION, type RollupChanges } from './counters.ts';
import { CountersChanged, SubtreeMoving } from './move-lock.ts';

const NO_LOCK = (e: Expression) => `attribute_not_exists(${e.name('moveLock')})`;

/** `name = value`, where an absent counter counts as 0. */
const holds = (e: Expression, name: string, value: number) =>
  value === 0
    ? `(attribute_not_exists(${e.name(name)}) OR ${e.name(name)} = ${e.value(0)})`
    : `${e.name(name)} = ${e.value(value)}`;

/**
 * Turns accumulated counter changes into transaction steps: one ADD per changed Rollups
 * item, one ConditionCheck per item that only has to be free of a move lock.
 */
export function rollupSteps(db: Db, changes: RollupChanges): TransactionStep[] {
  const TableName = db.tables.rollups;
  const steps: TransactionStep[] = [];
  for (const orgId of changes.checked) {
    const delta = nonZero(changes.deltas.get(orgId) ?? {});
    const expected = Object.entries(changes.expected.get(orgId) ?? {});
    const onConditionFailed = (current: Record<string, unknown> | undefined) =>
      expected.length && !current?.moveLock ? new CountersChanged(orgId) : new SubtreeMoving(orgId);
    const e = new Expression();
    const ConditionExpression = [
      NO_LOCK(e),
      ...expected.map(([name, value]) => holds(e, name, value)),
    ].join(' AND ');
    if (Object.keys(delta).length === 0) {
      if (orgId === ALL && !expected.length) continue; // ALL is never locked
      steps.push({
        op: {
          ConditionCheck: { TableName, Key: { orgId }, ConditionExpression, ...e.attributes() },
        },
        onConditionFailed,
      });
      continue;
    }
    // `rev` counts every change, so a move can tell that the counters it read are still current
    const adds = Object.entries({ ...delta, [REVISION]: 1 }).map(
      ([name, value]) => `${e.name(name)} ${e.value(value)}`,
    );
    steps.push({
      op: {
        Update: {
          TableName,
          Key: { orgId },
          UpdateExpression: `ADD ${adds.join(', ')}`,
          ConditionExpression,
          ...e.attributes(),
        },
      },
      onConditionFailed,
    });
  }
  return steps;
}
