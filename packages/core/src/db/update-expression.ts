import { Expression } from './expression.ts';

/** A stored path a write's counters were computed from; the write holds only if it is unchanged. */
export interface PathCondition {
  attribute: string;
  value: string;
}

/**
 * Builds the UpdateExpression of a versioned record: SET for given values, REMOVE for
 * nulls (absent attributes keep sparse indexes sparse), skips undefined, and always bumps
 * `version` and `updatedAt`. The condition is the caller's version, and the stored path
 * (or paths) when the write's counters depend on it.
 */
export function versionedUpdate(
  changes: Record<string, unknown>,
  expectedVersion: number,
  updatedAt: string,
  path?: PathCondition | PathCondition[],
) {
  const e = new Expression();
  const set: string[] = [];
  const remove: string[] = [];
  for (const [attribute, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) remove.push(e.name(attribute));
    else set.push(`${e.name(attribute)} = ${e.value(value)}`);
  }
  set.push(`${e.name('version')} = ${e.name('version')} + ${e.value(1)}`);
  set.push(`${e.name('updatedAt')} = ${e.value(updatedAt)}`);
  const conditions = [`${e.name('version')} = ${e.value(expectedVersion)}`];
  for (const p of [path ?? []].flat())
    conditions.push(`${e.name(p.attribute)} = ${e.value(p.value)}`);
  return {
    UpdateExpression: [
      `SET ${set.join(', ')}`,
      ...(remove.length ? [`REMOVE ${remove.join(', ')}`] : []),
    ].join(' '),
    ConditionExpression: conditions.join(' AND '),
    ...e.attributes(),
  };
}
