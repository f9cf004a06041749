// The domain core: records, their rules, and the only code that talks to DynamoDB.

export { createFirstAdmin, FIRST_ADMIN_LOGIN } from './accounts/first-admin.ts';
export type { Account } from './accounts/model.ts';
export { accountRecord, listAccounts, requireManagedAccount } from './accounts/read.ts';
export { issueServiceToken, MAX_SERVICE_TOKEN_DAYS } from './accounts/service-token.ts';
export type { CreateAccountInput, UpdateAccountInput } from './accounts/validation.ts';
export { changeOwnPassword, createAccount, setPassword, updateAccount } from './accounts/write.ts';
export { type AuditedChange, recordAudit } from './audit/entry.ts';
export { type AuditEntry, type AuditFilter, listAudit } from './audit/read.ts';
export {
  type Actor,
  ANONYMOUS_ACTOR,
  type RequestInfo,
  SYSTEM_ACTOR,
  WHOLE_STACK,
} from './auth/actor.ts';
export { listRoot } from './auth/list-root.ts';
export { actorFromToken, FAILURES_BEFORE_LOCK, login, refresh, type Tokens } from './auth/login.ts';
export {
  grantableRoles,
  PERMISSIONS,
  type Permissions,
  ROLE_LABELS,
  ROLES,
  type Role,
} from './auth/roles.ts';
export { signAccessToken, signServiceToken, unauthenticated } from './auth/tokens.ts';
export { type BulkData, bulkLoad } from './bulk/load.ts';
export { createDb, type Db, type DbConfig } from './db/client.ts';
export { createTableInput, ensureTables } from './db/ensure-tables.ts';
export { type DbMetrics, meterDb } from './db/metrics.ts';
export { pingDynamo } from './db/ping.ts';
export {
  prefixedTableNames,
  type TableDefinition,
  type TableKey,
  type TableNames,
  tables,
} from './db/tables.ts';
export { DomainError, type ErrorCode, type FieldProblem, InvalidInput, invalid } from './errors.ts';
export { newId } from './ids.ts';
export { loadExisting } from './loaders.ts';
export type { Honour, Organization, Person } from './organizations/model.ts';
export { completePendingMove, moveOrganization } from './organizations/move.ts';
export { childPath } from './organizations/path.ts';
export {
  getAncestors,
  getOrganization,
  listOrganizations,
  type OrganizationFilter,
} from './organizations/read.ts';
export {
  allowedChildTypes,
  CHILD_TYPES,
  HONOUR_LEVELS,
  type HonourLevel,
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  type OrganizationType,
  placementProblem,
  ROOT_TYPES,
} from './organizations/types.ts';
export type {
  CreateOrganizationInput,
  UpdateOrganizationInput,
} from './organizations/validation.ts';
export {
  createOrganization,
  deleteOrganization,
  updateOrganization,
} from './organizations/write.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageArgs } from './paging.ts';
export { maskPersonalNumber } from './pii/mask.ts';
export { PERSONAL_FIELDS, type PersonalField, revealPersonalInformation } from './pii/reveal.ts';
export type { Project, ProjectNote } from './projects/model.ts';
export {
  getProject,
  isOverdue,
  listNotes,
  listProjects,
  type ProjectFilter,
} from './projects/read.ts';
export {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  PROJECT_TRANSITIONS,
  type ProjectKind,
  type ProjectStatus,
} from './projects/types.ts';
export type { CreateProjectInput, UpdateProjectInput } from './projects/validation.ts';
export {
  addProjectNote,
  addProjectPartner,
  createProject,
  deleteProject,
  removeProjectNote,
  removeProjectPartner,
  updateProject,
} from './projects/write.ts';
export { ALL } from './rollups/counters.ts';
export { centerSummary, projectSummary, type SubtreeStats } from './rollups/stats.ts';
export type { GeoPoint, ServiceCenter } from './service-centers/model.ts';
export {
  type CenterWithDistance,
  getServiceCenter,
  listServiceCenters,
  type ServiceCenterFilter,
} from './service-centers/read.ts';
export {
  CENTER_KINDS,
  CENTER_STATUSES,
  type CenterKind,
  type CenterStatus,
  DEFAULT_SERVICE_RADIUS_METERS,
} from './service-centers/types.ts';
export type {
  CreateCenterInput,
  NearInput,
  UpdateCenterInput,
} from './service-centers/validation.ts';
export {
  createServiceCenter,
  deleteServiceCenter,
  updateServiceCenter,
} from './service-centers/write.ts';
export {
  createSession,
  MIN_AUDIT_RETENTION_DAYS,
  type Session,
  type SessionOptions,
} from './session.ts';
