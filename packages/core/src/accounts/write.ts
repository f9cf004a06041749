import { auditSteps } from '../audit/entry.ts';
import { WHOLE_STACK } from '../auth/actor.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { grantableRoles, type Role } from '../auth/roles.ts';
import { forbidden, inScope, requirePermission } from '../auth/scope.ts';
import { versionFailure } from '../db/conditions.ts';
import { putNew, updateAtVersion } from '../db/steps.ts';
import { transactWrite } from '../db/transact.ts';
import { checkVersion, invalid } from '../errors.ts';
import { withMoveRecovery } from '../organizations/move.ts';
import { freshOrganization } from '../organizations/read.ts';
import { organizationUnmoved } from '../organizations/unmoved.ts';
import { newRecord } from '../records.ts';
import type { Session } from '../session.ts';
import { parseInput } from '../validation/parse.ts';
import { type Account, accountToItem, loginClaimId } from './model.ts';
import { accountRecord, requireManagedAccount } from './read.ts';
import {
  type CreateAccountInput,
  createAccountInput,
  password as passwordRule,
  type UpdateAccountInput,
  updateAccountInput,
} from './validation.ts';

/** The scope an account may be given: inside the caller's, and whole-stack only for REGION_ADMIN. */
async function grantableScope(session: Session, role: Role, scopeOrgId: string | null) {
  if (!grantableRoles(session.actor.role).includes(role)) {
    throw invalid(
      'role',
      `A ${session.actor.role} can grant ${grantableRoles(session.actor.role).join(', ')}.`,
    );
  }
  if (role === 'REGION_ADMIN') {
    if (scopeOrgId)
      throw invalid('scopeOrgId', 'A REGION_ADMIN acts on the whole stack; leave the scope empty.');
    return null;
  }
  if (!scopeOrgId) throw invalid('scopeOrgId', `A ${role} needs the organization it is scoped to.`);
  const org = await freshOrganization(session, scopeOrgId);
  if (!org || !inScope(session, org.path))
    throw invalid('scopeOrgId', `No organization ${scopeOrgId}.`);
  return org;
}

const auditView = (account: Account) => ({
  ...account,
  tokenVersion: undefined,
  failedLogins: undefined,
  lockedUntil: undefined,
  lastLoginAt: undefined,
});

export function createAccount(session: Session, raw: CreateAccountInput) {
  return withMoveRecovery(session, async () => {
    requirePermission(session, 'manageAccounts', 'create accounts');
    const input = parseInput(createAccountInput, raw);
    if (input.kind === 'USER' && !input.password)
      throw invalid('password', 'A person’s account needs a password.');
    if (input.kind !== 'USER' && input.password)
      throw invalid('password', 'Service and public accounts use tokens, not passwords.');
    if (input.kind === 'PUBLIC' && input.role !== 'VIEWER')
      throw invalid(
        'role',
        'A PUBLIC account only reads disclosed requests: give it the VIEWER role.',
      );
    const scope = await grantableScope(session, input.role, input.scopeOrgId);
    const account: Account = {
      ...newRecord(session),
      kind: input.kind,
      login: input.login,
      displayName: input.displayName,
      role: input.role,
      scopeOrgId: scope?.id ?? null,
      scopePath: scope?.path ?? WHOLE_STACK,
      disabled: false,
      tokenVersion: 1,
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: null,
    };
    const hash = input.password ? await hashPassword(input.password) : null;
    const claim = putNew(
      session.db.tables.accounts,
      { id: loginClaimId(account.login), accountId: account.id },
      'id',
    );
    await transactWrite(session.db, [
      putNew(session.db.tables.accounts, accountToItem(account, hash), 'id'),
      {
        ...claim,
        onConditionFailed: () => invalid('login', `The login name ${account.login} is taken.`),
      },
      ...(scope
        ? [
            organizationUnmoved(session, scope, () =>
              invalid('scopeOrgId', `No organization ${scope.id}.`),
            ),
          ]
        : []),
      ...auditSteps(session, {
        operation: 'createAccount',
        recordType: 'Account',
        recordId: account.id,
        paths: [account.scopePath],
        after: auditView(account),
      }),
    ]);
    return account;
  });
}

export function updateAccount(
  session: Session,
  id: string,
  version: number,
  raw: UpdateAccountInput,
) {
  return withMoveRecovery(session, async () => {
    const input = parseInput(updateAccountInput, raw);
    const current = await requireManagedAccount(session, id);
    checkVersion('Account', current, version);
    if (
      id === session.actor.accountId &&
      (input.role || input.scopeOrgId !== undefined || input.disabled)
    ) {
      throw forbidden(
        'You may not change your own role, scope or access; ask another administrator.',
      );
    }
    const role = input.role ?? current.role;
    const scope =
      input.role !== undefined || input.scopeOrgId !== undefined
        ? await grantableScope(
            session,
            role,
            input.scopeOrgId === undefined ? current.scopeOrgId : input.scopeOrgId,
          )
        : undefined;
    const now = session.now().toISOString();
    const access = input.role !== undefined || scope !== undefined || input.disabled !== undefined;
    const updated: Account = {
      ...current,
      ...(input.displayName ? { displayName: input.displayName } : {}),
      role,
      ...(scope !== undefined
        ? { scopeOrgId: scope?.id ?? null, scopePath: scope?.path ?? WHOLE_STACK }
        : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      // a change of access revokes every token issued before it
      tokenVersion: current.tokenVersion + (access ? 1 : 0),
      version: version + 1,
      updatedAt: now,
    };
    await transactWrite(session.db, [
      updateAtVersion(
        session.db.tables.accounts,
        { id },
        {
          displayName: input.displayName,
          role: input.role,
          ...(scope !== undefined
            ? { scopeOrgId: scope?.id ?? null, scopePath: updated.scopePath }
            : {}),
          disabled: input.disabled,
          tokenVersion: access ? updated.tokenVersion : undefined,
        },
        version,
        now,
        versionFailure('Account', id, version),
      ),
      ...auditSteps(session, {
        operation: 'updateAccount',
        recordType: 'Account',
        recordId: id,
        paths: [current.scopePath, updated.scopePath],
        before: auditView(current),
        after: auditView(updated),
      }),
    ]);
    return updated;
  });
}

/** An administrator sets a new password (and so revokes the account's refresh tokens). */
export async function setPassword(session: Session, id: string, version: number, password: string) {
  const current = await requireManagedAccount(session, id);
  return writePassword(session, current, version, password, 'setPassword');
}

/** The caller changes their own password, proving the old one. */
export async function changeOwnPassword(
  session: Session,
  oldPassword: string,
  newPassword: string,
) {
  const found = await accountRecord(session, session.actor.accountId);
  if (found?.account.kind !== 'USER' || !found.passwordHash)
    throw forbidden('Only a person’s account has a password.');
  if (!(await verifyPassword(oldPassword, found.passwordHash)))
    throw invalid('oldPassword', 'This is not your current password.');
  return writePassword(
    session,
    found.account,
    found.account.version,
    newPassword,
    'changeOwnPassword',
  );
}

async function writePassword(
  session: Session,
  current: Account,
  version: number,
  raw: string,
  operation: string,
) {
  if (current.kind !== 'USER')
    throw invalid('password', 'Service accounts use tokens, not passwords.');
  checkVersion('Account', current, version);
  const password = parseInput(passwordRule, raw, 'password');
  const now = session.now().toISOString();
  const updated = {
    ...current,
    tokenVersion: current.tokenVersion + 1,
    failedLogins: 0,
    lockedUntil: null,
    version: version + 1,
    updatedAt: now,
  };
  await transactWrite(session.db, [
    updateAtVersion(
      session.db.tables.accounts,
      { id: current.id },
      {
        passwordHash: await hashPassword(password),
        tokenVersion: updated.tokenVersion,
        failedLogins: 0,
        lockedUntil: null,
      },
      version,
      now,
      versionFailure('Account', current.id, version),
    ),
    ...auditSteps(session, {
      operation,
      recordType: 'Account',
      recordId: current.id,
      paths: [current.scopePath],
      before: { passwordHash: 'old' },
      after: { passwordHash: 'new' },
    }),
  ]);
  return updated;
}
