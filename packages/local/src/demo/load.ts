import {
  addProjectNote,
  createOrganization,
  createProject,
  createServiceCenter,
  type GeoPoint,
  type GovernanceImport,
  importGovernance,
  type Organization,
  recordAudit,
  type Session,
} from '@grassroots/core';
import { loadDemoAccounts } from './accounts.ts';
import { fullScaleOrganizations } from './full-scale.ts';
import { governanceDemo } from './governance.ts';
import type { DemoOrganization, DemoProject } from './model.ts';
import { DEMO_ORGANIZATIONS, DEMO_PROJECTS } from './regions.ts';

export interface DemoLoadResult {
  organizations: number;
  serviceCenters: number;
  projects: number;
  /** Ids of the organizations that carry a `key` in the demo data. */
  keys: Map<string, string>;
  /** Every organization written. */
  created: Organization[];
  /** The grids, members and requests written (their true figures can be counted from it). */
  governance: GovernanceImport;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/**
 * Writes the demo data through the core services, so every counter is maintained exactly as
 * for any other write. `full` adds the generated records that bring Chifeng and Wuhai to the
 * articles' full counts.
 */
export async function loadDemo(request: Session, { full = false } = {}): Promise<DemoLoadResult> {
  // one audit entry for the whole load instead of one per record (a bulk load by the system)
  const session: Session = { ...request, bulkLoad: true };
  const result: DemoLoadResult = {
    organizations: 0,
    serviceCenters: 0,
    projects: 0,
    keys: new Map(),
    created: [],
    governance: { grids: [], members: [], requests: [] },
  };
  const roots = full ? fullScaleOrganizations(DEMO_ORGANIZATIONS) : DEMO_ORGANIZATIONS;
  const locations = new Map<string, GeoPoint>();

  async function write(node: DemoOrganization, parent: Organization | null): Promise<void> {
    const { key, centers = [], children = [], ...fields } = node;
    const org = await createOrganization(session, { ...fields, parentId: parent?.id ?? null });
    result.organizations++;
    result.created.push(org);
    if (key) result.keys.set(key, org.id);
    if (centers[0]) locations.set(org.id, { lat: centers[0].lat, lng: centers[0].lng });
    await pool(centers, 4, async ({ lat, lng, ...center }) => {
      await createServiceCenter(session, {
        ...center,
        organizationId: org.id,
        location: { lat, lng },
      });
      result.serviceCenters++;
    });
    // siblings go in parallel: they share ancestors, which the transactions serialize
    await pool(children, 4, (child) => write(child, org));
  }
  await pool(roots, 4, (root) => write(root, null));

  const id = (key: string) => {
    const found = result.keys.get(key);
    if (!found) throw new Error(`Demo data names an unknown organization key: ${key}`);
    return found;
  };
  for (const project of DEMO_PROJECTS) await writeProject(session, project, id);
  result.projects = DEMO_PROJECTS.length;
  // grids, members and requests with months of history: written in bulk, counted once
  result.governance = governanceDemo(
    { organizations: result.created, keys: result.keys, locations },
    { full, now: session.now() },
  );
  await importGovernance(session, result.governance);
  await loadDemoAccounts(session, result.keys);
  await recordAudit(request, {
    operation: 'loadDemoData',
    recordType: 'Region',
    recordId: 'demo',
    paths: [],
    after: {
      organizations: result.organizations,
      serviceCenters: result.serviceCenters,
      projects: result.projects,
      grids: result.governance.grids.length,
      members: result.governance.members.length,
      requests: result.governance.requests.length,
      full,
    },
  });
  return result;
}

async function writeProject(session: Session, project: DemoProject, id: (key: string) => string) {
  const { lead, partners = [], served = [], notes = [], ...fields } = project;
  const created = await createProject(session, {
    ...fields,
    leadOrganizationId: id(lead),
    partnerIds: partners.map(id),
    servedOrganizationIds: served.map(id),
  });
  for (const note of notes) await addProjectNote(session, created.id, note);
}
