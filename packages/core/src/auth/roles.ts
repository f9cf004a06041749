/**
 * Roles and what each may do. Scope is separate: every role acts only inside the subtree
 * of the organization its account is scoped to (REGION_ADMIN: the whole stack).
 */
export const ROLES = ['REGION_ADMIN', 'ORG_ADMIN', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface Permissions {
  /** Create, change and delete organizations, centers and projects. */
  write: boolean;
  /** Create and change accounts (inside the scope). */
  manageAccounts: boolean;
  /** See personal information (phone and ID numbers) in clear, on request, audited. */
  revealPersonalInformation: boolean;
  /** Read the audit trail of the scope. */
  readAudit: boolean;
}

export const PERMISSIONS: Record<Role, Permissions> = {
  REGION_ADMIN: {
    write: true,
    manageAccounts: true,
    revealPersonalInformation: true,
    readAudit: true,
  },
  ORG_ADMIN: {
    write: true,
    manageAccounts: true,
    revealPersonalInformation: true,
    readAudit: true,
  },
  EDITOR: {
    write: true,
    manageAccounts: false,
    revealPersonalInformation: false,
    readAudit: false,
  },
  VIEWER: {
    write: false,
    manageAccounts: false,
    revealPersonalInformation: false,
    readAudit: false,
  },
};

export const ROLE_LABELS: Record<Role, string> = {
  REGION_ADMIN: '盟市管理员',
  ORG_ADMIN: '组织管理员',
  EDITOR: '编辑',
  VIEWER: '查看',
};

/** Roles an account manager may hand out: never more than its own. */
export const grantableRoles = (role: Role): readonly Role[] =>
  role === 'REGION_ADMIN' ? ROLES : role === 'ORG_ADMIN' ? ['ORG_ADMIN', 'EDITOR', 'VIEWER'] : [];
