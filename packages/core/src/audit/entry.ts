import { ulid } from 'ulid';
import { putNew } from '../db/steps.ts';
import { type TransactionStep, transactWrite } from '../db/transact.ts';
import { pathIds } from '../organizations/path.ts';
import { maskPersonalNumber } from '../pii/mask.ts';
import { ALL } from '../rollups/counters.ts';
import type { Session } from '../session.ts';

/** Fields that say nothing to a reader of the trail (bookkeeping and copies of other fields). */
const UNAUDITED = new Set([
  'version',
  'createdAt',
  'updatedAt',
  'tree',
  'sk',
  'orgPath',
  'leadPath',
  'path',
  'geohash',
  'cell',
  'depth',
  'organizationPath',
  'gridPath',
  'originPath',
  'openTree',
  'publicTree',
]);
/** Keys that hold personal numbers (PIPL): masked wherever they appear in a change. */
const PERSONAL_KEYS = new Set(['phone', 'idNumber']);
/** Fields whose values never enter the trail; only that they changed. */
const SECRET = new Set(['passwordHash']);

export interface AuditedChange {
  operation: string;
  recordType: string;
  recordId: string;
  /** Organization paths the record sits under (before and after a move): the entry is filed under each. */
  paths: string[];
  before?: object | null;
  after?: object | null;
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** The fields that differ between two versions of a record. */
export function changedFields(was: object = {}, is: object = {}): FieldChanges {
  const before = was as Record<string, unknown>;
  const after = is as Record<string, unknown>;
  const changes: FieldChanges = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (UNAUDITED.has(field)) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[field] = SECRET.has(field)
      ? { before: '(secret)', after: '(secret)' }
      : { before: masked(from), after: masked(to) };
  }
  return changes;
}

/** Personal numbers anywhere in a value, masked: the trail says a phone changed, not what it is. */
function masked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(masked);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      PERSONAL_KEYS.has(key) && typeof v === 'string' ? maskPersonalNumber(v) : masked(v),
    ]),
  );
}

/**
 * The audit entry of a change, one copy filed under every organization on the record's
 * paths and under ALL, written in the same transaction as the change itself.
 */
export function auditSteps(session: Session, change: AuditedChange): TransactionStep[] {
  if (session.bulkLoad && session.actor.kind === 'SYSTEM') return [];
  const at = session.now();
  const id = ulid(at.getTime());
  const { actor, request } = session;
  const scopes = [...new Set([...change.paths.flatMap(pathIds), ALL])];
  const entry = {
    id,
    at: at.toISOString(),
    actorId: actor.accountId,
    actorLogin: actor.login,
    actorRole: actor.role,
    actorKind: actor.kind,
    operation: change.operation,
    recordType: change.recordType,
    recordId: change.recordId,
    path: change.paths.at(-1) ?? '/',
    changes: changedFields(change.before ?? {}, change.after ?? {}),
    requestId: request.requestId,
    ...(request.clientAddress ? { clientAddress: request.clientAddress } : {}),
    expiresAt: Math.floor(at.getTime() / 1000) + session.auditRetentionDays * 86_400,
  };
  return scopes.map((scope) =>
    putNew(
      session.db.tables.audit,
      {
        ...entry,
        scope,
        recordScope: `${change.recordId}#${scope}`,
        actorScope: `${actor.accountId}#${scope}`,
      },
      'id',
    ),
  );
}

/** Writes an audit entry on its own, for events that change no record (a login, a reveal, a bulk load). */
export const recordAudit = (session: Session, change: AuditedChange) =>
  transactWrite(session.db, auditSteps(session, change));
