// The first REGION_ADMIN of a deployed stage, which starts without accounts:
//   npx sst shell --stage <stage> -- npx tsx packages/functions/scripts/create-admin.ts
// `sst shell` gives the script the stage's linked resources and credentials; the password is
// generated (or ADMIN_PASSWORD) and printed once.
import { createDb, createFirstAdmin, createSession } from '@grassroots/core';
import { Resource } from 'sst/resource';
import { readConfig } from '../src/config.ts';

const config = readConfig(Resource as unknown as Record<string, unknown>, process.env);
const db = createDb({
  tableNames: config.tableNames,
  ...(config.endpoint ? { endpoint: config.endpoint } : {}),
});
const admin = await createFirstAdmin(createSession(db), process.env.ADMIN_PASSWORD);
console.log(
  admin
    ? `Created the first REGION_ADMIN: log in as ${admin.login} with password ${admin.password}`
    : 'This stage already has accounts; nothing was created.',
);
db.client.destroy();
