import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Db, tables } from '@grassroots/core';

type Item = Record<string, any>;

/** Every item of a table, by Scan: for checking invariants in tests, never on a request path. */
export async function scanAll(db: Db, table: keyof typeof tables): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await db.doc.send(
      new ScanCommand({
        TableName: db.tables[table],
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

const add = (
  into: Map<string, Record<string, number>>,
  id: string,
  name: string,
  value: number,
) => {
  const counters = into.get(id) ?? {};
  counters[name] = (counters[name] ?? 0) + value;
  into.set(id, counters);
};

const nonZero = (c: Record<string, number> = {}) =>
  Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));

/**
 * Recounts every rollup counter from the records themselves and compares them with the
 * stored Rollups items; also checks that every copied path matches its organization's.
 * Returns a list of differences (empty when the invariant holds).
 */
export async function rollupDifferences(db: Db): Promise<string[]> {
  const [orgs, centers, projectItems, rollups] = await Promise.all([
    scanAll(db, 'organizations'),
    scanAll(db, 'serviceCenters'),
    scanAll(db, 'projects'),
    scanAll(db, 'rollups'),
  ]);
  const projects = projectItems.filter((p) => p.sk === 'PROJECT');
  const byId = new Map(orgs.map((o) => [o.id as string, o]));
  const problems: string[] = [];
  const expected = new Map<string, Record<string, number>>();
  const onPath = (path: string, name: string, value: number) => {
    for (const id of path.split('/').filter(Boolean)) add(expected, id, name, value);
    add(expected, '#all', name, value);
  };
  for (const org of orgs) {
    const parent = org.parentId ? byId.get(org.parentId) : null;
    const path = `${parent ? parent.path : '/'}${org.id}/`;
    if (org.parentId && !parent) problems.push(`${org.name}: parent ${org.parentId} is missing`);
    if (org.path !== path) problems.push(`${org.name}: path ${org.path}, expected ${path}`);
    const ancestors = (org.path as string).split('/').filter(Boolean).slice(0, -1);
    for (const id of [...ancestors, '#all']) {
      add(expected, id, 'orgs', 1);
      add(expected, id, `orgs.${org.type}`, 1);
    }
    if (org.parentId) add(expected, org.parentId, 'children', 1);
  }
  for (const c of centers) {
    const owner = byId.get(c.organizationId);
    if (!owner) problems.push(`center ${c.name}: organization missing`);
    else if (owner.path !== c.orgPath)
      problems.push(`center ${c.name}: orgPath ${c.orgPath}, expected ${owner.path}`);
    onPath(c.orgPath, `centers.${c.kind}.${c.status}`, 1);
    add(expected, c.organizationId, 'ownCenters', 1);
  }
  for (const p of projects) {
    const lead = byId.get(p.leadOrganizationId);
    if (!lead) problems.push(`project ${p.title}: lead missing`);
    else if (lead.path !== p.leadPath)
      problems.push(`project ${p.title}: leadPath ${p.leadPath}, expected ${lead.path}`);
    onPath(p.leadPath, `projects.${p.kind}.${p.status}`, 1);
    onPath(p.leadPath, `fundsFen.${p.kind}.${p.status}`, p.fundsFen ?? 0);
    add(expected, p.leadOrganizationId, 'ownProjects', 1);
    for (const id of [...(p.partnerIds ?? []), ...(p.servedOrganizationIds ?? [])]) {
      if (!byId.has(id)) problems.push(`project ${p.title}: linked organization ${id} missing`);
      add(expected, id, 'projectLinks', 1);
    }
    const links = projectItems
      .filter((i) => i.id === p.id && String(i.sk).startsWith('PARTNER#'))
      .map((i) => i.partnerId)
      .sort();
    if (JSON.stringify(links) !== JSON.stringify([...(p.partnerIds ?? [])].sort()))
      problems.push(`project ${p.title}: partner items ${links} differ from ${p.partnerIds}`);
  }
  const stored = new Map<string, Record<string, number>>();
  for (const r of rollups) {
    if (r.orgId === '#move') {
      problems.push(`a move of ${r.movingId} is still pending`);
      continue;
    }
    if (r.moveLock) problems.push(`${r.orgId} is still locked for a move`);
    const { orgId, rev: _rev, moveLock: _lock, ...counters } = r;
    stored.set(orgId, counters as Record<string, number>);
  }
  for (const id of new Set([...expected.keys(), ...stored.keys()])) {
    const want = nonZero(expected.get(id));
    const have = nonZero(stored.get(id));
    if (
      JSON.stringify(Object.entries(want).sort()) !== JSON.stringify(Object.entries(have).sort())
    ) {
      problems.push(
        `${byId.get(id)?.name ?? id}: counters ${JSON.stringify(have)}, recount ${JSON.stringify(want)}`,
      );
    }
  }
  return problems;
}
