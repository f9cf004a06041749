import { randomBytes, randomUUID } from 'node:crypto';
import {
  bulkLoad,
  createAccount,
  createDb,
  createRequest,
  createSession,
  type DbMetrics,
  ensureTables,
  importGovernance,
  meterDb,
  prefixedTableNames,
  signAccessToken,
} from '@grassroots/core';
import { createYoga } from '@grassroots/graphql';
import { generateRegion } from './region.ts';
import { type Operation, suite } from './suite.ts';

/** Requests prepared for the escalation operation: enough for the runs of one bench. */
const REQUESTS = 20;
/** Disclosed requests beside them, so the township's public board has a full page of 25. */
const DISCLOSED = 25;

export interface Cost {
  calls: number;
  readUnits: number;
  writeUnits: number;
  ms: number;
}

/**
 * A generated region of `size` organizations, bulk-loaded into fresh tables, served by the
 * API in-process with a REGION_ADMIN's token and a meter on its DynamoDB client.
 */
export async function benchStack(endpoint: string, size: number) {
  const db = createDb({
    endpoint,
    tableNames: prefixedTableNames(`b${randomUUID().slice(0, 8)}_`),
  });
  await ensureTables(db);
  const region = generateRegion(size);
  await bulkLoad(db, region);
  // the system's bulk load: counters added once per organization, no audit entry per record
  const loader = { ...createSession(db), bulkLoad: true };
  await importGovernance(loader, region.governance);
  const secret = new Uint8Array(randomBytes(32));
  const admin = await createAccount(loader, {
    login: `bench-${randomUUID().slice(0, 8)}`,
    displayName: 'bench',
    role: 'REGION_ADMIN',
    password: 'bench-password-1',
  });
  const token = await signAccessToken(
    secret,
    { sub: admin.id, login: admin.login, role: 'REGION_ADMIN', scope: null, kind: 'USER' },
    new Date(),
  );
  // requests received at the village, each escalated once by the suite, and disclosed ones
  const requests: string[] = [];
  const system = createSession(db);
  for (let i = 0; i < REQUESTS + DISCLOSED; i++) {
    const request = await createRequest(system, {
      organizationId: region.village.id,
      source: 'HOTLINE',
      category: '基础设施',
      title: `耕地通电${i + 1}`,
      description: '耕地未能通电，庄稼不能浇灌。',
      disclosed: i >= REQUESTS,
    });
    if (i < REQUESTS) requests.push(request.id);
  }
  const yoga = createYoga({ db, secret });
  const meter = meterDb(db);
  /** Sends one operation and returns what it cost. */
  async function run(op: Operation): Promise<Cost> {
    meter.reset();
    const started = performance.now();
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    const ms = performance.now() - started;
    if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
    const m: DbMetrics = meter.snapshot();
    return { calls: m.totalCalls, readUnits: m.readUnits, writeUnits: m.writeUnits, ms };
  }
  return { db, region, operations: suite(region, requests), run, yoga, token };
}
