import { Expression } from './expression.ts';

/**
 * Builds the UpdateExpression of a versioned record: SET for given values, REMOVE for
 * nulls (absent attributes keep sparse indexes sparse), skips undefined, and always bumps
 * `version` and `updatedAt`. The condition is the caller's version.
 */
export function versionedUpdate(
  changes: Record<string, unknown>,
  expectedVersion: number,
  updatedAt: string,
  e = new Expression(),
) {
  const set: string[] = [];
  const remove: string[] = [];
  for (const [attribute, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) remove.push(e.name(attribute));
    else set.push(`${e.name(attribute)} = ${e.value(value)}`);
  }
  set.push(`${e.name('version')} = ${e.name('version')} + ${e.value(1)}`);
  set.push(`${e.name('updatedAt')} = ${e.value(updatedAt)}`);
  const UpdateExpression = [
    `SET ${set.join(', ')}`,
    ...(remove.length ? [`REMOVE ${remove.join(', ')}`] : []),
  ].join(' ');
  return {
    UpdateExpression,
    ConditionExpression: `${e.name('version')} = ${e.value(expectedVersion)}`,
    ...e.attributes(),
  };
}
