import { MIN_AUDIT_RETENTION_DAYS } from '@grassroots/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanAll } from '../support/recount.ts';
import { type TestStack, testStack } from '../support/stack.ts';
import { community, gid, scopedWorld, type World } from './fixture.ts';

let stack: TestStack;
let w: World;

beforeAll(async () => {
  stack = await testStack();
  w = await scopedWorld(stack);
});

const ENTRY =
  'operation actorLogin actorRole recordType recordId requestId clientAddress changes { field before after }';

describe('the audit trail', () => {
  it('records who changed what, from where, in the same write as the change', async () => {
    const org = await community(w, 'in');
    const id = gid('Organization', org.id);
    const response = await stack.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${w.tokens.EDITOR}`,
        'x-request-id': 'req-42',
        'x-forwarded-for': '10.1.2.3, 172.16.0.1',
      },
      body: JSON.stringify({
        query:
          'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { memberCount: 37, standardized: true }) { version } }',
        variables: { id },
      }),
    });
    expect((await response.json()).data.updateOrganization.version).toBe(2);
    const trail = await stack.ok(
      `query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { ${ENTRY} } } } }`,
      { id },
    );
    const [latest, created] = trail.auditLog.edges.map((e: any) => e.node);
    expect(latest).toMatchObject({
      operation: 'updateOrganization',
      actorRole: 'EDITOR',
      recordType: 'Organization',
      recordId: id,
      requestId: 'req-42',
      clientAddress: '10.1.2.3',
    });
    expect(latest.changes).toEqual([
      { field: 'memberCount', before: '0', after: '37' },
      { field: 'standardized', before: 'false', after: 'true' },
    ]);
    expect(created.operation).toBe('createOrganization');
  });

  it('writes nothing for a change that did not happen', async () => {
    const org = await community(w, 'in');
    const id = gid('Organization', org.id);
    const stale = await stack.gql(
      'mutation($id: ID!) { updateOrganization(id: $id, version: 9, input: { memberCount: 1 }) { id } }',
      { id },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const trail = await stack.ok(
      'query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { operation } } } }',
      { id },
    );
    expect(trail.auditLog.edges.map((e: any) => e.node.operation)).toEqual(['createOrganization']);
  });

  it('shows an ORG_ADMIN the entries of its subtree only, newest first, by actor and time', async () => {
    const inside = await community(w, 'in');
    const outside = await community(w, 'out');
    const mine = await stack.ok(
      `{ auditLog(first: 100) { edges { node { recordId at } } } }`,
      {},
      { token: w.tokens.ORG_ADMIN },
    );
    const ids = mine.auditLog.edges.map((e: any) => e.node.recordId);
    expect(ids).toContain(gid('Organization', inside.id));
    expect(ids).not.toContain(gid('Organization', outside.id));
    const times = mine.auditLog.edges.map((e: any) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times);
    const future = await stack.ok(
      `query($from: DateTime) { auditLog(filter: { from: $from }) { edges { node { id } } } }`,
      { from: new Date(Date.now() + 60_000).toISOString() },
    );
    expect(future.auditLog.edges).toEqual([]);
    const system = await stack.ok(
      `query($a: ID!) { auditLog(filter: { actorId: $a }, first: 5) { edges { node { actorLogin } } } }`,
      { a: gid('Account', 'system') },
    );
    expect(system.auditLog.edges.every((e: any) => e.node.actorLogin === 'system')).toBe(true);
    expect(system.auditLog.edges.length).toBeGreaterThan(0);
  });

  it('keeps every entry for at least 180 days, then lets DynamoDB expire it', async () => {
    const entries = await scanAll(stack.db, 'audit');
    const floor = Date.now() / 1000 + MIN_AUDIT_RETENTION_DAYS * 86_400 - 3_600;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.expiresAt >= floor)).toBe(true);
  });

  it('records every reveal of personal information, which only administrators may do', async () => {
    const org = await community(w, 'in');
    const id = gid('Organization', org.id);
    const shown = await stack.ok(
      'query($id: ID!) { organization(id: $id) { secretary { phone } } }',
      { id },
      { token: w.tokens.EDITOR },
    );
    expect(shown.organization.secretary.phone).toBe('139****5678');
    const revealed = await stack.ok(
      'mutation($id: ID!) { revealPersonalInformation(organizationId: $id, field: SECRETARY_PHONE) }',
      { id },
      { token: w.tokens.ORG_ADMIN },
    );
    expect(revealed.revealPersonalInformation).toBe('13912345678');
    const trail = await stack.ok(
      `query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { ${ENTRY} } } } }`,
      { id },
    );
    expect(trail.auditLog.edges[0].node).toMatchObject({
      operation: 'revealPersonalInformation',
      actorRole: 'ORG_ADMIN',
      changes: [{ field: 'revealed', after: '"secretary.phone"' }],
    });
    // a form that sends back the masked number it was shown keeps the stored one
    await stack.ok(
      'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { secretary: { name: "李书记", phone: "139****5678" } }) { id } }',
      { id },
      { token: w.tokens.EDITOR },
    );
    const again = await stack.ok(
      'mutation($id: ID!) { revealPersonalInformation(organizationId: $id, field: SECRETARY_PHONE) }',
      { id },
    );
    expect(again.revealPersonalInformation).toBe('13912345678');
  });

  it('offers no way to change or delete an entry', () => {
    // the authorization matrix covers every operation; none of them touches the trail
    const mutations = Object.keys(
      (stack.yoga as any).getEnveloped().schema.getMutationType().getFields(),
    );
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });
});

describe('personal information in the trail', () => {
  it('records that a phone changed without writing the number down', async () => {
    const org = await community(w, 'in');
    const id = gid('Organization', org.id);
    await stack.ok(
      'mutation($id: ID!) { updateOrganization(id: $id, version: 1, input: { secretary: { name: "王书记", phone: "13700001111" } }) { id } }',
      { id },
    );
    const trail = await stack.ok(
      `query($id: ID!) { auditLog(filter: { recordId: $id }) { edges { node { changes { field before after } } } } }`,
      { id },
    );
    const text = JSON.stringify(trail);
    expect(text).toContain('137****1111');
    expect(text).toContain('139****5678');
    expect(text).not.toMatch(/13700001111|13912345678/);
  });
});
