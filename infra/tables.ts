import { tables as definitions, type TableKey } from '@grassroots/core/tables';
import type { Stage } from './regions.ts';

/**
 * What the API does to its tables, and nothing more: item reads and writes (transactions
 * are authorised item by item as Put/Update/Delete/ConditionCheck) and queries on the table
 * and its indexes. No Scan, no table management.
 */
export const API_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * Linking a table gives its name and only the API's actions, on the table and its indexes.
 * SST's default link grants `dynamodb:*`. The ARNs come from the tables themselves, so they
 * carry whichever partition (aws-cn in China) the stack is deployed to.
 */
function linkTablesWithLeastPrivilege() {
  sst.Linkable.wrap(sst.aws.Dynamo, (table) => ({
    properties: { name: table.name },
    include: [
      sst.aws.permission({
        actions: API_TABLE_ACTIONS,
        resources: [table.arn, $interpolate`${table.arn}/index/*`],
      }),
    ],
  }));
}

export type Tables = Record<TableKey, sst.aws.Dynamo>;

/** One DynamoDB table per definition in core, with the definition's keys and indexes. */
export function createTables(stage: Stage): Tables {
  linkTablesWithLeastPrivilege();
  const entries = (Object.keys(definitions) as TableKey[]).map((key) => {
    const { name, fields, primaryIndex, globalIndexes } = definitions[key];
    const ttl = (definitions[key] as { ttl?: string }).ttl;
    const table = new sst.aws.Dynamo(name, {
      fields,
      primaryIndex,
      globalIndexes,
      // the audit trail expires by itself after its retention period
      ...(ttl ? { ttl } : {}),
      deletionProtection: stage.production,
      transform: {
        table: (args) => {
          // Point-in-time recovery for every production table, whatever SST's default.
          args.pointInTimeRecovery = { enabled: stage.production };
          return undefined;
        },
      },
    });
    return [key, table] as const;
  });
  return Object.fromEntries(entries) as Tables;
}
