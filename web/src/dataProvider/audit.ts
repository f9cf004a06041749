import { definedOnly, type Filter, type ResourceDefinition } from './resource.ts';

interface AuditNode {
  id: string;
  changes: { field: string; before: string | null; after: string | null }[];
  [field: string]: unknown;
}

// The filter's dates are days in the user's time zone (DateInput); the API takes instants.
const startOfDay = (day: unknown) =>
  typeof day === 'string' && day ? new Date(`${day.slice(0, 10)}T00:00:00`).toISOString() : null;
const endOfDay = (day: unknown) =>
  typeof day === 'string' && day
    ? new Date(`${day.slice(0, 10)}T23:59:59.999`).toISOString()
    : null;

/** JSON of a changed field's value, as the API gives it, back to the value. */
const parsed = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

/** 操作日志: the audit trail of the caller's subtree, newest first; read-only. */
export const auditLog: ResourceDefinition<AuditNode> = {
  typename: 'AuditEntry',
  fragment: `fragment AuditEntryFields on AuditEntry {
  id at actorId actorLogin actorRole operation recordType recordId requestId clientAddress
  changes { field before after }
}`,
  listField: 'auditLog',
  filterType: 'AuditFilter',
  toFilter: ({ recordId, actorId, from, to }: Filter) =>
    definedOnly({ recordId, actorId, from: startOfDay(from), to: endOfDay(to) }),
  toRecord: (node) => ({
    ...node,
    changes: node.changes.map((c) => ({ ...c, before: parsed(c.before), after: parsed(c.after) })),
  }),
};
