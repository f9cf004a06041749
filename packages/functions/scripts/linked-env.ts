import { createAccount, createDb, createSession, signAccessToken } from '@grassroots/core';
import { type TableKey, type TableNames, tables } from '@grassroots/core/tables';

/** The stage secret of these runs (`sst secret set JwtSecret …` on a real stage). */
export const TEST_JWT_SECRET = 'a local secret of at least thirty-two bytes';

/** What Lambda sets on every function: the execution role's credentials (here, placeholders). */
export const LAMBDA_CREDENTIALS_ENV = {
  AWS_ACCESS_KEY_ID: 'ASIALOCALEXECUTIONROLE',
  AWS_SECRET_ACCESS_KEY: 'local-secret-access-key',
  AWS_SESSION_TOKEN: 'local-session-token',
};

/**
 * The environment of the deployed function, for running its bundle here: one
 * `SST_RESOURCE_<Name>` per linked table (as SST injects them), the region and credentials
 * (as Lambda sets them), and DynamoDB Local in place of the service.
 */
export function linkedTablesEnv(tableNames: TableNames, dynamoEndpoint: string) {
  return {
    AWS_REGION: 'cn-north-1',
    ...LAMBDA_CREDENTIALS_ENV,
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    SST_RESOURCE_App: JSON.stringify({ name: 'grassroots', stage: 'local' }),
    SST_RESOURCE_JwtSecret: JSON.stringify({ value: TEST_JWT_SECRET, type: 'sst.sst.Secret' }),
    ...Object.fromEntries(
      (Object.keys(tables) as TableKey[]).map((key) => [
        `SST_RESOURCE_${tables[key].name}`,
        JSON.stringify({ name: tableNames[key], type: 'sst.aws.Dynamo' }),
      ]),
    ),
  };
}

/**
 * A REGION_ADMIN in these tables and its access token, as `AUTHORIZATION` for invoke.mjs, so
 * the measured first request is an authenticated query that reaches DynamoDB.
 */
export async function adminAuthorization(tableNames: TableNames, dynamoEndpoint: string) {
  const db = createDb({ endpoint: dynamoEndpoint, tableNames, region: 'cn-north-1' });
  const admin = await createAccount(createSession(db), {
    login: `measure-${Date.now().toString(36)}`,
    displayName: 'measure',
    role: 'REGION_ADMIN',
    password: 'measure-password-1',
  });
  db.client.destroy();
  const token = await signAccessToken(
    new TextEncoder().encode(TEST_JWT_SECRET),
    { sub: admin.id, login: admin.login, role: admin.role, scope: null, kind: 'USER' },
    new Date(),
  );
  return { AUTHORIZATION: `Bearer ${token}` };
}
