import { type TableKey, type TableNames, tables } from '@grassroots/core/tables';

export interface ApiConfig {
  tableNames: TableNames;
  /** Browser origins allowed to call the API, from the stage's allow-list. */
  corsOrigins: string[];
  /** GraphiQL on the endpoint: non-production stages only. */
  graphiql: boolean;
  /** Another DynamoDB (tests against DynamoDB Local); absent means the AWS service. */
  endpoint?: string;
  /** Key that signs the API's tokens, from the linked `JwtSecret`. */
  secret: Uint8Array;
  /** Production stage: no introspection or field suggestions, errors fully masked. */
  production: boolean;
  auditRetentionDays: number;
}

/** What SST links into the function: `Resource.<Name>` for each table. */
export type LinkedResources = Record<string, unknown>;

function linkedTableName(resources: LinkedResources, logicalName: string): string {
  // Reading a name SST did not link throws SST's own "not linked" error.
  const linked = resources[logicalName];
  const name = (linked as { name?: unknown } | undefined)?.name;
  if (typeof name !== 'string' || !name) {
    throw new Error(`The linked resource ${logicalName} has no table name.`);
  }
  return name;
}

/**
 * The handler's settings: table names from the resources SST links (by each table's logical
 * name in the definition module, so none is written here), the rest from the environment
 * the stack sets.
 */
export function readConfig(resources: LinkedResources, env: NodeJS.ProcessEnv): ApiConfig {
  const tableNames = Object.fromEntries(
    (Object.keys(tables) as TableKey[]).map((key) => [
      key,
      linkedTableName(resources, tables[key].name),
    ]),
  ) as TableNames;
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const secret = (resources.JwtSecret as { value?: unknown } | undefined)?.value;
  if (typeof secret !== 'string' || Buffer.byteLength(secret) < 32) {
    throw new Error(
      'The linked secret JwtSecret must hold at least 32 bytes: `sst secret set JwtSecret <value> --stage <stage>`.',
    );
  }
  return {
    tableNames,
    corsOrigins,
    secret: new TextEncoder().encode(secret),
    production: env.PRODUCTION === 'true',
    auditRetentionDays: Number(env.AUDIT_RETENTION_DAYS ?? 180),
    graphiql: env.GRAPHIQL === 'true',
    ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  };
}
