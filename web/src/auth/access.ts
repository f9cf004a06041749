import type { Role, SessionAccount } from './session.ts';

/** Resources of the console beside the records every role may read. */
export const ACCOUNTS = 'accounts';
export const AUDIT_LOG = 'auditLog';

const READS = new Set(['list', 'show', 'export']);
const RECORDS = new Set(['organizations', 'serviceCenters', 'projects', 'projectNotes']);

/**
 * What the console offers an account: react-admin asks before it shows a menu entry, a
 * page or a create/edit/delete button (`authProvider.canAccess`), and the console's own
 * actions (move, reveal, notes) ask the same. The server enforces all of it anyway; this
 * only spares people buttons that would answer FORBIDDEN.
 */
export function allows(
  account: SessionAccount | null | undefined,
  resource: string,
  action: string,
  record?: Record<string, unknown>,
): boolean {
  if (!account) return false;
  const { permissions } = account;
  // accounts are disabled, never deleted: the API has no way to remove one
  if (resource === ACCOUNTS) return permissions.manageAccounts && action !== 'delete';
  if (resource === AUDIT_LOG) return permissions.readAudit && READS.has(action);
  if (!RECORDS.has(resource)) return false;
  if (READS.has(action)) return true;
  if (action === 'reveal') return permissions.revealPersonalInformation;
  // a project seen only as a partner's (its lead outside the scope) is not the caller's to change
  if (resource === 'projects' && record && !record.leadOrganizationId) return false;
  return permissions.write;
}

/** Roles an account may hand out, as the API rules: never more than its own. */
export const grantableRoles = (role: Role | undefined): Role[] =>
  role === 'REGION_ADMIN'
    ? ['REGION_ADMIN', 'ORG_ADMIN', 'EDITOR', 'VIEWER']
    : role === 'ORG_ADMIN'
      ? ['ORG_ADMIN', 'EDITOR', 'VIEWER']
      : [];
