import { mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, ensureTables, prefixedTableNames } from '@grassroots/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleLambda, HANDLER_ENTRY } from '../../packages/functions/scripts/build.ts';
import { coldStart } from '../../packages/functions/scripts/cold-start.ts';
import {
  adminAuthorization,
  linkedTablesEnv,
} from '../../packages/functions/scripts/linked-env.ts';

const outdir = mkdtempSync(join(tmpdir(), 'grassroots-bundle-'));
let bundle: Awaited<ReturnType<typeof bundleLambda>>;

beforeAll(async () => {
  bundle = await bundleLambda(HANDLER_ENTRY, outdir);
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the production bundle of the handler', () => {
  it('is ESM under 1.5 MB, all chunks counted, with the AWS SDK inside', () => {
    expect(bundle.file.endsWith('.mjs')).toBe(true);
    expect(bundle.bytes).toBeLessThan(1.5 * 1024 * 1024);
    expect(
      bundle.startInputs.some((i) => i.includes('node_modules/@aws-sdk/client-dynamodb/')),
    ).toBe(true);
    // nothing is left to load from node_modules at run time: only Node's own modules
    const builtins = new Set(builtinModules);
    const outside = bundle.externals.filter((p) => !builtins.has(p.replace(/^node:/, '')));
    expect(outside).toEqual([]);
  });

  it('leaves what only a dynamic import reaches out of the cold start', () => {
    // a Lambda has its credentials in the environment: the SDK's SSO, STS and ini providers
    // are imported dynamically and must stay in chunks that a cold start does not load
    const lazy = bundle.inputs.filter((i) => !bundle.startInputs.includes(i));
    for (const provider of [
      'credential-provider-sso',
      'credential-provider-ini',
      'nested-clients',
    ]) {
      expect(lazy.some((i) => i.includes(`node_modules/@aws-sdk/${provider}/`))).toBe(true);
      expect(bundle.startInputs.some((i) => i.includes(`@aws-sdk/${provider}/`))).toBe(false);
    }
    expect(bundle.startBytes).toBeLessThan(bundle.bytes);
  });

  it('answers in a fresh Node process with only the environment SST gives it', async () => {
    const tableNames = prefixedTableNames(`bn${Date.now().toString(36)}_`);
    const db = createDb({ endpoint: inject('dynamoEndpoint'), tableNames });
    await ensureTables(db);
    db.client.destroy();
    const env = {
      PATH: process.env.PATH,
      ...linkedTablesEnv(tableNames, inject('dynamoEndpoint')),
      ...(await adminAuthorization(tableNames, inject('dynamoEndpoint'))),
    };
    const created = await coldStart(
      bundle.file,
      'mutation { createOrganization(input: { name: "乌海市委", type: CITY_COMMITTEE, divisionCode: "150300" }) { name divisionCode } }',
      env,
    );
    expect(created.statusCode).toBe(200);
    expect(JSON.parse(created.body)).toEqual({
      data: { createOrganization: { name: '乌海市委', divisionCode: '150300' } },
    });
  });
});
