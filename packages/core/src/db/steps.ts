import { Expression } from './expression.ts';
import type { TransactionStep } from './transact.ts';
import { type PathCondition, versionedUpdate } from './update-expression.ts';

type Item = Record<string, unknown>;

/** Puts a new item; the condition guards against overwriting one with the same key. */
export function putNew(tableName: string, item: Item, keyAttribute: string): TransactionStep {
  const e = new Expression();
  return {
    op: {
      Put: {
        TableName: tableName,
        Item: item,
        ConditionExpression: `attribute_not_exists(${e.name(keyAttribute)})`,
        ...e.attributes(),
      },
    },
  };
}

/** Asserts that an item exists when the transaction commits. */
export function mustExist(tableName: string, key: Item, onMissing: () => Error): TransactionStep {
  const e = new Expression();
  const [keyAttribute] = Object.keys(key);
  return {
    op: {
      ConditionCheck: {
        TableName: tableName,
        Key: key,
        ConditionExpression: `attribute_exists(${e.name(keyAttribute as string)})`,
        ...e.attributes(),
      },
    },
    onConditionFailed: onMissing,
  };
}

/**
 * Deletes a record at the version the caller read, and at the stored path (or paths) its
 * counters were computed from (`path`: the attribute and the value read).
 */
export function deleteAtVersion(
  tableName: string,
  key: Item,
  version: number,
  path: PathCondition | PathCondition[],
  onConditionFailed: (current: Item | undefined) => Error,
): TransactionStep {
  const e = new Expression();
  const paths = [path]
    .flat()
    .map((p) => ` AND ${e.name(p.attribute)} = ${e.value(p.value)}`)
    .join('');
  return {
    op: {
      Delete: {
        TableName: tableName,
        Key: key,
        ConditionExpression: `${e.name('version')} = ${e.value(version)}${paths}`,
        ...e.attributes(),
      },
    },
    onConditionFailed,
  };
}

/** Updates a record at the version the caller read (see `versionedUpdate`). */
export function updateAtVersion(
  tableName: string,
  key: Item,
  changes: Record<string, unknown>,
  version: number,
  updatedAt: string,
  onConditionFailed: (current: Item | undefined) => Error,
  path?: PathCondition | PathCondition[],
): TransactionStep {
  return {
    op: {
      Update: {
        TableName: tableName,
        Key: key,
        ...versionedUpdate(changes, version, updatedAt, path),
      },
    },
    onConditionFailed,
  };
}
