import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { BATCH_WRITE_SIZE, batchWrite } from '../db/batch-write.ts';
import type { Db } from '../db/client.ts';
import type { TableKey } from '../db/tables.ts';
import { type Organization, organizationToItem } from '../organizations/model.ts';
import { ancestorIds, pathIds } from '../organizations/path.ts';
import { type Project, partnerItem, projectToItem } from '../projects/model.ts';
import { centerCounters, organizationCounters, projectCounters } from '../rollups/contributions.ts';
import { ALL, counter, RollupChanges } from '../rollups/counters.ts';
import { centerToItem, type ServiceCenter } from '../service-centers/model.ts';

export interface BulkData {
  organizations: Organization[];
  serviceCenters: ServiceCenter[];
  projects: Project[];
}

const PARALLEL = 8;

/** Puts items with BatchWriteItem, 25 a call and 8 calls at a time, retrying unprocessed ones. */
export async function writeAll(db: Db, table: TableKey, items: Record<string, unknown>[]) {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH_WRITE_SIZE) {
    batches.push(items.slice(i, i + BATCH_WRITE_SIZE));
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < batches.length) {
        const batch = batches[next++] ?? [];
        await batchWrite(
          db,
          table,
          batch.map((Item) => ({ PutRequest: { Item } })),
        );
      }
    }),
  );
}

/**
 * Writes a whole generated region into empty tables with BatchWriteItem, with the rollup
 * counters computed in memory: thousands of records a second, for benchmarks and imports.
 * The records must be consistent (paths, parents, leads); nothing is validated or audited,
 * so this is for tools, never for a request.
 */
export async function bulkLoad(db: Db, data: BulkData): Promise<void> {
  const all = await db.doc.send(
    new GetCommand({ TableName: db.tables.rollups, Key: { orgId: ALL } }),
  );
  if (all.Item) throw new Error('bulkLoad writes into empty tables only.');
  const changes = new RollupChanges();
  const paths = new Map(data.organizations.map((o) => [o.id, o.path]));
  const pathOf = (id: string) => {
    const path = paths.get(id);
    if (!path) throw new Error(`bulkLoad: no organization ${id} among the records.`);
    return path;
  };
  for (const org of data.organizations) {
    changes.addTo([...ancestorIds(org.path), ALL], organizationCounters(org));
    if (org.parentId) changes.addTo([org.parentId], { [counter.children]: 1 });
  }
  for (const center of data.serviceCenters) {
    changes.addTo([...pathIds(center.orgPath), ALL], centerCounters(center));
    changes.addTo([center.organizationId], { [counter.ownCenters]: 1 });
  }
  for (const project of data.projects) {
    changes.addTo([...pathIds(project.leadPath), ALL], projectCounters(project));
    changes.addTo([project.leadOrganizationId], { [counter.ownProjects]: 1 });
    changes.addTo([...project.partnerIds, ...project.servedOrganizationIds], {
      [counter.projectLinks]: 1,
    });
  }
  await writeAll(db, 'organizations', data.organizations.map(organizationToItem));
  await writeAll(db, 'serviceCenters', data.serviceCenters.map(centerToItem));
  await writeAll(db, 'projects', [
    ...data.projects.map(projectToItem),
    ...data.projects.flatMap((p) =>
      p.partnerIds.map((partnerId) =>
        partnerItem(p.id, { id: partnerId, path: pathOf(partnerId) }),
      ),
    ),
  ]);
  await writeAll(
    db,
    'rollups',
    [...changes.deltas].map(([orgId, counters]) => ({ orgId, ...counters, rev: 1 })),
  );
}
