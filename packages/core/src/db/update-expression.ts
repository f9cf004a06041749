import { Expression } from './expression.ts';

/** A stored path a write's counters were computed from; the write holds only if it is unchanged. */
export interface PathCondition {
  attribute: string;
  value: string;
}

/**
 * An UpdateExpression: SET for given values (and the `extra` SET clauses), REMOVE for nulls
 * (absent attributes keep sparse indexes sparse), nothing for undefined.
 */
export function setAndRemove(
  e: Expression,
  changes: Record<string, unknown>,
  extra: string[] = [],
): string {
  const set: string[] = [];
  const remove: string[] = [];
  for (const [attribute, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) remove.push(e.name(attribute));
    else set.push(`${e.name(attribute)} = ${e.value(value)}`);
  }
  set.push(...extra);
  return [
    ...(set.length ? [`SET ${set.join(', ')}`] : []),
    ...(remove.length ? [`REMOVE ${remove.join(', ')}`] : []),
  ].join(' ');
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
  const bump = [
    `${e.name('version')} = ${e.name('version')} + ${e.value(1)}`,
    `${e.name('updatedAt')} = ${e.value(updatedAt)}`,
  ];
  const UpdateExpression = setAndRemove(e, changes, bump);
  const conditions = [`${e.name('version')} = ${e.value(expectedVersion)}`];
  for (const p of [path ?? []].flat())
    conditions.push(`${e.name(p.attribute)} = ${e.value(p.value)}`);
  return {
    UpdateExpression,
    ConditionExpression: conditions.join(' AND '),
    ...e.attributes(),
  };
}
