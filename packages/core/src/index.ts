// The domain core: records, their rules, and the only code that talks to DynamoDB.

export { createFirstAdmin, FIRST_ADMIN_LOGIN } from './accounts/first-admin.ts';
export type { Account } from './accounts/model.ts';
export {
  type AccountFilter,
  accountRecord,
  getManagedAccount,
  listAccounts,
  requireManagedAccount,
} from './accounts/read.ts';
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
export { ensureTables } from './backfills.ts';
export {
  type GovernanceImport,
  type ImportedGrid,
  type ImportedMember,
  type ImportedRequest,
  type ImportedStep,
  importGovernance,
} from './bulk/governance.ts';
export { type BulkData, bulkLoad } from './bulk/load.ts';
export { createDb, type Db, type DbConfig } from './db/client.ts';
export { createTableInput, upgradeIndexes } from './db/ensure-tables.ts';
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
export { gridsAt } from './grids/at.ts';
export { backfillDrawnGrids } from './grids/backfill-drawn.ts';
export type { Grid, GridStaff } from './grids/model.ts';
export { type GridFilter, getGrid, listGrids } from './grids/read.ts';
export { type GridStats, gridSummary, type Places, subtreePlaces } from './grids/stats.ts';
export {
  GRID_PLACE_TYPES,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  type StaffRole,
} from './grids/types.ts';
export type { CreateGridInput, StaffInput, UpdateGridInput } from './grids/validation.ts';
export { createGrid, deleteGrid, updateGrid } from './grids/write.ts';
export { newId } from './ids.ts';
export { loadExisting } from './loaders.ts';
export type { Commitment, Member } from './members/model.ts';
export {
  getMember,
  listMembers,
  type MemberFilter,
  type MemberListBasis,
} from './members/read.ts';
export type { MemberStats } from './members/stats.ts';
export {
  COMMITMENT_STATUS_LABELS,
  COMMITMENT_STATUSES,
  COMMITMENT_TRANSITIONS,
  type CommitmentStatus,
} from './members/types.ts';
export type {
  CommitmentInput,
  CreateMemberInput,
  UpdateCommitmentInput,
  UpdateMemberInput,
} from './members/validation.ts';
export {
  addMemberCommitment,
  createMember,
  deleteMember,
  updateMember,
  updateMemberCommitment,
} from './members/write.ts';
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
export { maskName, maskPersonalNumber } from './pii/mask.ts';
export { PERSONAL_FIELDS, type PersonalField, revealPersonalInformation } from './pii/reveal.ts';
export type { Project, ProjectNote } from './projects/model.ts';
export { completePendingNoteDeletes, notesToDelete } from './projects/note-cleanup.ts';
export { type ProjectParties, type ProjectParty, projectParties } from './projects/parties.ts';
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
export type { Request, RequestEvent, ResidentContact } from './requests/model.ts';
export { REQUEST_ORDER_ATTRIBUTES, requestOrderKeys } from './requests/order.ts';
export { listPublicRequests, type PublicRequest, type PublicStep } from './requests/public.ts';
export {
  getRequest,
  isRequestOverdue,
  listRequests,
  nextStatuses,
  type RequestFilter,
  timelinePage,
  viewerCanAct,
} from './requests/read.ts';
export { overdueRequests, type RequestStats, requestSummary } from './requests/stats.ts';
export { chinaDate, monthsBetween, RESOLVE_BUCKETS, type ResolveBucket } from './requests/time.ts';
export {
  EVALUATION_LABELS,
  EVALUATIONS,
  type Evaluation,
  REQUEST_SOURCE_LABELS,
  REQUEST_SOURCES,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  type RequestSource,
  type RequestStatus,
} from './requests/types.ts';
export type {
  CreateRequestInput,
  TransitionInput,
  UpdateRequestInput,
} from './requests/validation.ts';
export {
  createRequest,
  deleteRequest,
  transitionRequest,
  updateRequest,
} from './requests/write.ts';
export { ALL } from './rollups/counters.ts';
export {
  centerSummary,
  projectSummary,
  type ScopedStats,
  type SubtreeStats,
} from './rollups/stats.ts';
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
