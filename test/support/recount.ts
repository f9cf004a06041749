import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  chinaDate,
  type Db,
  REQUEST_ORDER_ATTRIBUTES,
  RESOLVE_BUCKETS,
  requestOrderKeys,
  type tables,
} from '@grassroots/core';

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
  const [orgs, centers, projectItems, rollups, grids, members, requestItems] = await Promise.all([
    scanAll(db, 'organizations'),
    scanAll(db, 'serviceCenters'),
    scanAll(db, 'projects'),
    scanAll(db, 'rollups'),
    scanAll(db, 'grids'),
    scanAll(db, 'members'),
    scanAll(db, 'requests'),
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
    const partnerItems = projectItems.filter(
      (i) => i.id === p.id && String(i.sk).startsWith('PARTNER#'),
    );
    for (const i of partnerItems) {
      const path = byId.get(i.partnerId)?.path;
      if (i.partnerPath !== path || i.tree !== 'tree')
        problems.push(`project ${p.title}: partnerPath ${i.partnerPath}, expected ${path}`);
    }
    const links = partnerItems.map((i) => i.partnerId).sort();
    if (JSON.stringify(links) !== JSON.stringify([...(p.partnerIds ?? [])].sort()))
      problems.push(`project ${p.title}: partner items ${links} differ from ${p.partnerIds}`);
  }
  problems.push(...governanceRecount(byId, grids, members, requestItems, onPath, expected));
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

const OPEN = ['RECEIVED', 'ESCALATED', 'ACCEPTED', 'IN_PROGRESS'];

/**
 * Recounts what grids, members and requests add to the counters (written independently of
 * the core's contribution functions), and checks their copied paths, the grids' counts of
 * members and requests referring to them, and that each request's timeline ends where its
 * status says.
 */
function governanceRecount(
  byId: Map<string, Item>,
  grids: Item[],
  members: Item[],
  requests: Item[],
  onPath: (path: string, name: string, value: number) => void,
  expected: Map<string, Record<string, number>>,
): string[] {
  const problems: string[] = [];
  const gridById = new Map(grids.map((g) => [g.id as string, g]));
  const refs = new Map<string, { reportedMembers: number; requests: number }>();
  const ref = (gridId: string, name: 'reportedMembers' | 'requests') => {
    const r = refs.get(gridId) ?? { reportedMembers: 0, requests: 0 };
    r[name] += 1;
    refs.set(gridId, r);
  };
  const gridsOf = new Map<string, number>();
  for (const g of grids) {
    const owner = byId.get(g.organizationId);
    if (!owner) problems.push(`grid ${g.name}: organization missing`);
    else if (owner.path !== g.organizationPath)
      problems.push(
        `grid ${g.name}: organizationPath ${g.organizationPath}, expected ${owner.path}`,
      );
    onPath(g.organizationPath, 'grids', 1);
    onPath(g.organizationPath, 'gridHouseholds', g.households ?? 0);
    onPath(g.organizationPath, 'gridBuildings', g.buildings ?? 0);
    for (const s of g.staff ?? []) {
      onPath(g.organizationPath, `gridStaff.${s.role}`, 1);
      if (s.partyMember) onPath(g.organizationPath, `gridPartyStaff.${s.role}`, 1);
    }
    add(expected, g.organizationId, 'ownGrids', 1);
    gridsOf.set(g.organizationId, (gridsOf.get(g.organizationId) ?? 0) + 1);
    if (g.branchId) add(expected, g.branchId, 'gridLinks', 1);
  }
  for (const [orgId] of gridsOf) {
    const org = byId.get(orgId);
    if (!org) continue;
    for (const id of [...(org.path as string).split('/').filter(Boolean).slice(0, -1), '#all'])
      add(expected, id, `covered.${org.type}`, 1);
  }
  for (const m of members) {
    const org = byId.get(m.organizationId);
    if (!org) problems.push(`member ${m.name}: organization missing`);
    else if (org.path !== m.organizationPath)
      problems.push(
        `member ${m.name}: organizationPath ${m.organizationPath}, expected ${org.path}`,
      );
    onPath(m.organizationPath, 'members', 1);
    add(expected, m.organizationId, 'ownMembers', 1);
    if (!m.gridId) {
      if (m.gridPath) problems.push(`member ${m.name}: gridPath without a grid`);
      continue;
    }
    const grid = gridById.get(m.gridId);
    if (!grid) problems.push(`member ${m.name}: grid ${m.gridId} missing`);
    else if (grid.organizationPath !== m.gridPath)
      problems.push(`member ${m.name}: gridPath ${m.gridPath}, expected ${grid.organizationPath}`);
    ref(m.gridId, 'reportedMembers');
    onPath(m.gridPath, 'membersReported', 1);
    for (const c of m.commitments ?? []) onPath(m.gridPath, `commitments.${c.status}`, 1);
  }
  for (const r of requests) {
    const origin = byId.get(r.originOrganizationId);
    const handler = byId.get(r.handlingOrganizationId);
    if (!origin) problems.push(`request ${r.title}: origin missing`);
    else if (origin.path !== r.originPath)
      problems.push(`request ${r.title}: originPath ${r.originPath}, expected ${origin.path}`);
    // a request whose origin moved stays with the level holding it, on the old path or not
    if (!handler) problems.push(`request ${r.title}: handler missing`);
    const open = OPEN.includes(r.status);
    const keys = requestOrderKeys({
      originPath: r.originPath,
      createdAt: r.createdAt,
      open,
      disclosed: Boolean(r.disclosed),
    });
    for (const name of REQUEST_ORDER_ATTRIBUTES) {
      if (r[name] !== keys[name])
        problems.push(`request ${r.title}: ${name} ${r[name]}, expected ${keys[name]}`);
    }
    if (Boolean(r.openTree) !== open) problems.push(`request ${r.title}: openTree wrong`);
    if (Boolean(r.publicTree) !== Boolean(r.disclosed))
      problems.push(`request ${r.title}: publicTree wrong`);
    const timeline = (r.timeline ?? []) as Item[];
    if (timeline.some((e, i) => i > 0 && e.id <= (timeline[i - 1] as Item).id))
      problems.push(`request ${r.title}: timeline out of order`);
    if (timeline.at(-1)?.to !== r.status || timeline[0]?.to !== 'RECEIVED')
      problems.push(
        `request ${r.title}: timeline ends at ${timeline.at(-1)?.to}, status ${r.status}`,
      );
    if (timeline.filter((e) => e.to === 'ESCALATED').length !== (r.escalations ?? 0))
      problems.push(`request ${r.title}: escalations differ from the timeline`);
    const at = (iso: string) => chinaDate(iso);
    onPath(r.originPath, `requests.${r.status}`, 1);
    onPath(r.originPath, `requestSource.${r.source}`, 1);
    onPath(r.originPath, `received.${at(r.createdAt).slice(0, 7)}`, 1);
    if (r.escalations > 0) onPath(r.originPath, 'requestsEscalated', 1);
    if (open && r.deadline) onPath(r.originPath, `requestsDue.${r.deadline}`, 1);
    if (['RESOLVED', 'CLOSED'].includes(r.status)) {
      const hours = (Date.parse(r.resolvedAt) - Date.parse(r.createdAt)) / 3_600_000;
      const bucket = RESOLVE_BUCKETS.find((b) => b.toHours === null || hours < b.toHours);
      onPath(r.originPath, `resolved.${at(r.resolvedAt).slice(0, 7)}`, 1);
      onPath(r.originPath, `resolveHours.${bucket?.key}`, 1);
    }
    if (r.status === 'CLOSED') onPath(r.originPath, `evaluation.${r.evaluation}`, 1);
    add(expected, r.originOrganizationId, 'requestLinks', 1);
    add(expected, r.handlingOrganizationId, 'requestLinks', 1);
    if (r.gridId) ref(r.gridId, 'requests');
  }
  for (const g of grids) {
    const want = refs.get(g.id) ?? { reportedMembers: 0, requests: 0 };
    const have = { reportedMembers: g.reportedMembers ?? 0, requests: g.requests ?? 0 };
    if (want.reportedMembers !== have.reportedMembers || want.requests !== have.requests)
      problems.push(
        `grid ${g.name}: references ${JSON.stringify(have)}, recount ${JSON.stringify(want)}`,
      );
  }
  return problems;
}
