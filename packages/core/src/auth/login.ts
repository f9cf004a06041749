import type { Account } from '../accounts/model.ts';
import { accountByLogin, accountRecord } from '../accounts/read.ts';
import { auditSteps, recordAudit } from '../audit/entry.ts';
import { Expression } from '../db/expression.ts';
import { transactWrite } from '../db/transact.ts';
import type { Session } from '../session.ts';
import { type Actor, NO_SCOPE } from './actor.ts';
import { hashPassword, verifyPassword } from './password.ts';
import {
  ACCESS_TOKEN_SECONDS,
  signAccessToken,
  signRefreshToken,
  unauthenticated,
  verifyToken,
} from './tokens.ts';

/** Failed logins before the account locks; each further failure doubles the wait (up to an hour). */
export const FAILURES_BEFORE_LOCK = 5;
const MAX_LOCK_MINUTES = 60;

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires. */
  expiresAt: string;
  account: Account;
}

let decoy: Promise<string> | null = null;
/** Checked against when a login name is unknown, so the answer takes as long either way. */
const decoyHash = () => (decoy ??= hashPassword('not a password 0'));

const WRONG = 'Wrong login name or password.';

const accountActor = (account: Account): Actor =>
  account.kind === 'PUBLIC'
    ? {
        kind: 'PUBLIC',
        accountId: account.id,
        login: account.login,
        role: 'VIEWER',
        scopeOrgId: null,
        scopePath: NO_SCOPE,
        publicPath: account.scopePath,
      }
    : {
        kind: account.kind,
        accountId: account.id,
        login: account.login,
        role: account.role,
        scopeOrgId: account.scopeOrgId,
        scopePath: account.scopePath,
      };

/** Access and refresh tokens: for people only (logins and refreshes refuse every other kind). */
async function issue(secret: Uint8Array, account: Account, now: Date): Promise<Tokens> {
  if (account.kind !== 'USER') throw unauthenticated('Only people log in.');
  return {
    accessToken: await signAccessToken(
      secret,
      {
        sub: account.id,
        login: account.login,
        role: account.role,
        scope: account.scopeOrgId,
        kind: account.kind,
      },
      now,
    ),
    refreshToken: await signRefreshToken(secret, account.id, account.tokenVersion, now),
    expiresAt: new Date(now.getTime() + ACCESS_TOKEN_SECONDS * 1000).toISOString(),
    account,
  };
}

/**
 * Checks a login name and password. Wrong ones count toward a lockout with growing waits;
 * unknown names answer exactly like wrong passwords. Every attempt is in the audit trail.
 */
export async function login(
  session: Session,
  secret: Uint8Array,
  loginName: string,
  password: string,
): Promise<Tokens> {
  const found = await accountByLogin(session, loginName.trim());
  const now = session.now();
  if (found?.account.kind !== 'USER' || !found.passwordHash) {
    await verifyPassword(password, await decoyHash());
    await recordAudit(session, {
      operation: 'loginFailed',
      recordType: 'Account',
      recordId: 'unknown',
      paths: [],
      after: { login: loginName.slice(0, 64) },
    });
    throw unauthenticated(WRONG);
  }
  const { account, passwordHash } = found;
  const as = { ...session, actor: accountActor(account) };
  if (account.lockedUntil && Date.parse(account.lockedUntil) > now.getTime()) {
    throw unauthenticated(`Too many failed logins; try again after ${account.lockedUntil}.`);
  }
  if (!(await verifyPassword(password, passwordHash))) {
    await recordFailure(as, account, now);
    throw unauthenticated(WRONG);
  }
  if (account.disabled) throw unauthenticated('This account is disabled; ask your administrator.');
  const e = new Expression();
  await transactWrite(session.db, [
    {
      op: {
        Update: {
          TableName: session.db.tables.accounts,
          Key: { id: account.id },
          UpdateExpression: `SET ${e.name('failedLogins')} = ${e.value(0)}, ${e.name('lastLoginAt')} = ${e.value(now.toISOString())} REMOVE ${e.name('lockedUntil')}`,
          ...e.attributes(),
        },
      },
    },
    ...auditSteps(as, {
      operation: 'login',
      recordType: 'Account',
      recordId: account.id,
      paths: [account.scopePath],
    }),
  ]);
  return issue(
    secret,
    { ...account, failedLogins: 0, lockedUntil: null, lastLoginAt: now.toISOString() },
    now,
  );
}

async function recordFailure(session: Session, account: Account, now: Date) {
  const failures = account.failedLogins + 1;
  const lockMinutes =
    failures >= FAILURES_BEFORE_LOCK
      ? Math.min(MAX_LOCK_MINUTES, 2 ** (failures - FAILURES_BEFORE_LOCK))
      : 0;
  const e = new Expression();
  const set = [`${e.name('failedLogins')} = ${e.value(failures)}`];
  if (lockMinutes)
    set.push(
      `${e.name('lockedUntil')} = ${e.value(new Date(now.getTime() + lockMinutes * 60_000).toISOString())}`,
    );
  await transactWrite(session.db, [
    {
      op: {
        Update: {
          TableName: session.db.tables.accounts,
          Key: { id: account.id },
          UpdateExpression: `SET ${set.join(', ')}`,
          ...e.attributes(),
        },
      },
    },
    ...auditSteps(session, {
      operation: 'loginFailed',
      recordType: 'Account',
      recordId: account.id,
      paths: [account.scopePath],
      after: { failedLogins: failures },
    }),
  ]);
}

/** New tokens for a valid refresh token, unless the account was disabled or its access changed. */
export async function refresh(
  session: Session,
  secret: Uint8Array,
  refreshToken: string,
): Promise<Tokens> {
  const claims = await verifyToken(secret, refreshToken, session.now());
  if (claims.typ !== 'refresh') throw unauthenticated('Not a refresh token.');
  const found = await accountRecord(session, claims.sub);
  if (!found || found.account.disabled || found.account.tokenVersion !== claims.tv) {
    throw unauthenticated('This session has ended; log in again.');
  }
  return issue(secret, found.account, session.now());
}

/** Who a bearer token speaks for. Service tokens are checked against their account each time. */
export async function actorFromToken(
  session: Session,
  secret: Uint8Array,
  token: string,
): Promise<Actor> {
  const claims = await verifyToken(secret, token, session.now());
  if (claims.typ === 'service') {
    const found = await accountRecord(session, claims.sub);
    if (!found || found.account.disabled || found.account.tokenVersion !== claims.tv) {
      throw unauthenticated('This service token was revoked.');
    }
    return accountActor(found.account);
  }
  if (claims.typ !== 'access') throw unauthenticated('Send an access token, not a refresh token.');
  const scopeOrgId = (claims.scope as string | null) ?? null;
  let scopePath = '/';
  if (scopeOrgId) {
    // the scope organization may have moved since the token was issued: read its path now
    const org = await session.loaders.organizations.load(scopeOrgId);
    if (!org) throw unauthenticated('The organization this account is scoped to no longer exists.');
    scopePath = org.path;
  }
  return {
    kind: claims.kind as Actor['kind'],
    accountId: claims.sub,
    login: claims.login as string,
    role: claims.role as Actor['role'],
    scopeOrgId,
    scopePath,
  };
}
