import type { Role, SessionAccount } from './session.ts';

/** Resources of the console beside the records every role may read. */
export const ACCOUNTS = 'accounts';
export const AUDIT_LOG = 'auditLog';

const READS = new Set(['list', 'show', 'export']);
const RECORDS = new Set([
  'organizations',
  'serviceCenters',
  'projects',
  'projectNotes',
  'grids',
  'members',
  'requests',
]);

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
  if (!permissions.write) return false;
  // a project seen only as a partner's (its lead outside the scope) is not the caller's to change
  if (resource === 'projects' && record && !record.leadOrganizationId) return false;
  if (resource === 'members' && record) return memberAllows(action, record);
  if (resource === 'requests' && record) return requestAllows(action, record);
  return true;
}

/**
 * A member seen only through the grid it reports to (its organization outside the scope) may
 * be edited from that side, but only its own organization transfers or deletes it.
 */
function memberAllows(action: string, member: Record<string, unknown>) {
  return action !== 'delete' || Boolean(member.organizationId);
}

/**
 * Only the level holding a request acts on it or changes it (the API's `viewerCanAct`);
 * every level it passed through keeps reading it. Only a RECEIVED one, with no history yet,
 * can be deleted.
 */
function requestAllows(action: string, request: Record<string, unknown>) {
  if (!request.viewerCanAct) return false;
  return action !== 'delete' || request.status === 'RECEIVED';
}

/** Roles an account may hand out, as the API rules: never more than its own. */
export const grantableRoles = (role: Role | undefined): Role[] =>
  role === 'REGION_ADMIN'
    ? ['REGION_ADMIN', 'ORG_ADMIN', 'EDITOR', 'VIEWER']
    : role === 'ORG_ADMIN'
      ? ['ORG_ADMIN', 'EDITOR', 'VIEWER']
      : [];
