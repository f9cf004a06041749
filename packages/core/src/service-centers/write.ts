import { auditSteps } from '../audit/entry.ts';
import { requireWrite } from '../auth/scope.ts';
import { deleteAtVersion, putNew, updateAtVersion } from '../db/steps.ts';
import { transactWrite } from '../db/transact.ts';
import { checkVersion, invalid } from '../errors.ts';
import { CELL_PRECISION, encodeGeohash } from '../geo/geohash.ts';
import { withMoveRecovery } from '../organizations/move.ts';
import { pathIds } from '../organizations/path.ts';
import { freshOrganization } from '../organizations/read.ts';
import { organizationUnmoved } from '../organizations/unmoved.ts';
import { newRecord } from '../records.ts';
import { centerCounters } from '../rollups/contributions.ts';
import { ALL, counter, negate, RollupChanges } from '../rollups/counters.ts';
import { versionOrMoved } from '../rollups/move-lock.ts';
import { rollupSteps } from '../rollups/steps.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import { centerToItem, type ServiceCenter } from './model.ts';
import { requireServiceCenter } from './read.ts';
import {
  type CreateCenterInput,
  createCenterInput,
  type UpdateCenterInput,
  updateCenterInput,
} from './validation.ts';

/** The organization that owns a center, read fresh; unknown ones are refused by field. */
async function owner(session: Session, organizationId: string) {
  const org = await freshOrganization(session, organizationId);
  if (!org) throw invalid('organizationId', `No organization ${organizationId}.`);
  requireWrite(session, org.path, 'manage the service centers of this organization');
  return org;
}

/** What a center adds to the counters of its organization's path (and ALL), plus own-level. */
const centerChanges = (changes: RollupChanges, center: ServiceCenter, sign: 1 | -1) => {
  const counters = centerCounters(center);
  changes.addTo([...pathIds(center.orgPath), ALL], sign === 1 ? counters : negate(counters));
  changes.addTo([center.organizationId], { [counter.ownCenters]: sign });
  return changes;
};

export function createServiceCenter(session: Session, raw: CreateCenterInput) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(createCenterInput, raw);
    const org = await owner(session, input.organizationId);
    const center: ServiceCenter = { ...input, ...newRecord(session), orgPath: org.path };
    await transactWrite(session.db, [
      putNew(session.db.tables.serviceCenters, centerToItem(center), 'id'),
      organizationUnmoved(session, org, () =>
        invalid('organizationId', `No organization ${org.id}.`),
      ),
      ...rollupSteps(session.db, centerChanges(new RollupChanges(), center, 1)),
      ...auditSteps(session, {
        operation: 'createServiceCenter',
        recordType: 'ServiceCenter',
        recordId: center.id,
        paths: [center.orgPath],
        after: center,
      }),
    ]);
    session.loaders.serviceCenters.prime(center.id, center);
    return center;
  });
}

export function updateServiceCenter(
  session: Session,
  id: string,
  version: number,
  raw: UpdateCenterInput,
) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(updateCenterInput, raw);
    const current = await requireServiceCenter(session, id);
    requireWrite(session, current.orgPath, 'change this service center');
    checkVersion('ServiceCenter', current, version);
    const org = input.organizationId ? await owner(session, input.organizationId) : null;
    const now = session.now().toISOString();
    const updated: ServiceCenter = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      orgPath: org?.path ?? current.orgPath,
      version: version + 1,
      updatedAt: now,
    };
    const geohash = encodeGeohash(updated.location.lat, updated.location.lng);
    const counted = ['kind', 'status', 'organizationId'].some(
      (k) => updated[k as keyof ServiceCenter] !== current[k as keyof ServiceCenter],
    );
    const changes = new RollupChanges();
    if (counted) {
      centerChanges(centerChanges(changes, current, -1), updated, 1);
    }
    await transactWrite(session.db, [
      updateAtVersion(
        session.db.tables.serviceCenters,
        { id },
        {
          ...input,
          orgPath: org ? org.path : undefined,
          ...(input.location ? { geohash, cell: geohash.slice(0, CELL_PRECISION) } : {}),
        },
        version,
        now,
        versionOrMoved('ServiceCenter', id, version),
        // counters go to the ancestors on the stored path: it must not have moved meanwhile
        counted ? { attribute: 'orgPath', value: current.orgPath } : undefined,
      ),
      ...(org
        ? [
            organizationUnmoved(session, org, () =>
              invalid('organizationId', `No organization ${org.id}.`),
            ),
          ]
        : []),
      ...rollupSteps(session.db, changes),
      ...auditSteps(session, {
        operation: 'updateServiceCenter',
        recordType: 'ServiceCenter',
        recordId: id,
        paths: [current.orgPath, updated.orgPath],
        before: current,
        after: updated,
      }),
    ]);
    session.loaders.serviceCenters.clear(id).prime(id, updated);
    return updated;
  });
}

export function deleteServiceCenter(session: Session, id: string, version: number) {
  return withMoveRecovery(session, async () => {
    const current = await requireServiceCenter(session, id);
    requireWrite(session, current.orgPath, 'delete this service center');
    checkVersion('ServiceCenter', current, version);
    await transactWrite(session.db, [
      deleteAtVersion(
        session.db.tables.serviceCenters,
        { id },
        version,
        { attribute: 'orgPath', value: current.orgPath },
        versionOrMoved('ServiceCenter', id, version),
      ),
      ...rollupSteps(session.db, centerChanges(new RollupChanges(), current, -1)),
      ...auditSteps(session, {
        operation: 'deleteServiceCenter',
        recordType: 'ServiceCenter',
        recordId: id,
        paths: [current.orgPath],
        before: current,
      }),
    ]);
    session.loaders.serviceCenters.clear(id);
    return current;
  });
}
