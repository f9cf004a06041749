import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAccount,
  createDb,
  createOrganization,
  createSession,
  ensureTables,
  prefixedTableNames,
  signAccessToken,
} from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';
import { freePort, startDynamoDbLocal } from '@grassroots/local/dynamodb-local';
import { afterAll, describe, expect, it } from 'vitest';
import { rollupDifferences } from '../support/recount.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'grassroots-outage-'));
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('DynamoDB going away', () => {
  it('fails requests fast with SERVICE_UNAVAILABLE, keeps serving, recovers, and leaves nothing half-written', async () => {
    const port = await freePort();
    let dynamo = await startDynamoDbLocal({ dataDir, port });
    stops.push(() => dynamo.stop());
    const db = createDb({ endpoint: dynamo.endpoint, tableNames: prefixedTableNames('outage-') });
    await ensureTables(db);
    const secret = new Uint8Array(randomBytes(32));
    const system = createSession(db);
    const admin = await createAccount(system, {
      login: 'outage-admin',
      displayName: 'admin',
      role: 'REGION_ADMIN',
      password: 'outage-password-1',
    });
    const token = await signAccessToken(
      secret,
      { sub: admin.id, login: admin.login, role: 'REGION_ADMIN', scope: null, kind: 'USER' },
      new Date(),
    );
    const city = await createOrganization(system, {
      name: '乌海市委',
      type: 'CITY_COMMITTEE',
      divisionCode: '150300',
    });
    const county = await createOrganization(system, {
      parentId: city.id,
      name: '海勃湾区委',
      type: 'COUNTY_COMMITTEE',
      divisionCode: '150302',
    });
    const yoga = createYoga({ db, secret });
    const parentId = Buffer.from(`Organization:${county.id}`).toString('base64');
    let n = 0;
    const create = async () => {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query:
            'mutation($p: ID!, $name: String!) { createOrganization(input: { parentId: $p, name: $name, type: STREET_WORKING_COMMITTEE, divisionCode: "150302" }) { id } }',
          variables: { p: parentId, name: `街道${++n}` },
        }),
      });
      return (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: string } }[];
      };
    };

    // writes in flight when DynamoDB Local dies
    const inFlight = Array.from({ length: 20 }, () => create());
    await new Promise((r) => setTimeout(r, 30));
    dynamo.process.kill('SIGKILL');
    const during = await Promise.all(inFlight);
    for (const answer of during) {
      if (answer.errors) expect(answer.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }

    // while it is down: every request answers quickly, with the same code
    const started = Date.now();
    const down = await create();
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(8_000);

    // back on the same port and data: the same server serves again
    dynamo = await startDynamoDbLocal({ dataDir, port });
    const back = await create();
    expect(back.errors).toBeUndefined();
    // every write either happened whole or not at all
    expect(await rollupDifferences(db)).toEqual([]);
  });
});
