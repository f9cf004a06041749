import { type TableKey, type TableNames, tables } from '@grassroots/core/tables';

/**
 * The environment of the deployed function, for running its bundle here: one
 * `SST_RESOURCE_<Name>` per linked table (as SST injects them), the region, and DynamoDB
 * Local in place of the service.
 */
export function linkedTablesEnv(tableNames: TableNames, dynamoEndpoint: string) {
  return {
    AWS_REGION: 'cn-north-1',
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    SST_RESOURCE_App: JSON.stringify({ name: 'grassroots', stage: 'local' }),
    ...Object.fromEntries(
      (Object.keys(tables) as TableKey[]).map((key) => [
        `SST_RESOURCE_${tables[key].name}`,
        JSON.stringify({ name: tableNames[key], type: 'sst.aws.Dynamo' }),
      ]),
    ),
  };
}
