import { encodeTime } from 'ulid';
import { requirePermission } from '../auth/scope.ts';
import { type QuerySpec, queryPage } from '../db/query.ts';
import { invalid } from '../errors.ts';
import type { PageArgs } from '../paging.ts';
import { ALL } from '../rollups/counters.ts';
import type { Session } from '../session.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorLogin: string;
  actorRole: string;
  actorKind: string;
  operation: string;
  recordType: string;
  recordId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string;
  clientAddress: string | null;
}

export interface AuditFilter {
  recordId?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

// ULIDs sort by time: the smallest and largest of a millisecond bound a time range.
const lowest = (time: number) => `${encodeTime(time, 10)}0000000000000000`;
const highest = (time: number) => `${encodeTime(time, 10)}ZZZZZZZZZZZZZZZZ`;

/**
 * The audit trail of the caller's subtree, newest first. Scope, record, actor and time range
 * are all in the key condition: the entries are filed under every organization they concern.
 */
export async function listAudit(session: Session, filter: AuditFilter, args: PageArgs) {
  requirePermission(session, 'readAudit', 'read the audit trail');
  const scope = session.actor.scopeOrgId ?? ALL;
  const from = filter.from ? Date.parse(filter.from) : 0;
  const to = filter.to ? Date.parse(filter.to) : Date.now() + 86_400_000;
  if (Number.isNaN(from)) throw invalid('filter.from', 'Expected an ISO 8601 date-time.');
  if (Number.isNaN(to)) throw invalid('filter.to', 'Expected an ISO 8601 date-time.');
  if (from > to) throw invalid('filter.to', 'Must not be before `from`.');
  const range = { between: [lowest(from), highest(to)] as [string, string] };
  const spec: QuerySpec = filter.recordId
    ? {
        table: 'audit',
        index: 'byRecord',
        hashValue: `${filter.recordId}#${scope}`,
        range,
        forward: false,
      }
    : filter.actorId
      ? {
          table: 'audit',
          index: 'byActor',
          hashValue: `${filter.actorId}#${scope}`,
          range,
          forward: false,
        }
      : { table: 'audit', hashValue: scope, range, forward: false };
  const filters =
    filter.recordId && filter.actorId
      ? [
          (e: import('../db/expression.ts').Expression) =>
            `${e.name('actorId')} = ${e.value(filter.actorId)}`,
        ]
      : [];
  const page = await queryPage(session.db, { ...spec, filters }, args);
  return {
    ...page,
    items: page.items.map((item) => ({
      ...(item as unknown as AuditEntry),
      clientAddress: (item.clientAddress as string) ?? null,
    })),
    totalCount: async () => null,
  };
}
