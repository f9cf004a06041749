import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError } from '../errors.ts';
import type { Role } from './roles.ts';

/** Access tokens live minutes; a refresh token renews them for a month; revocable by version. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 30 * 86_400;
const ISSUER = 'grassroots';
const ALGORITHM = 'HS256';

export interface AccessClaims {
  sub: string;
  login: string;
  role: Role;
  scope: string | null;
  kind: 'USER' | 'SERVICE';
}

export const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);

async function sign(
  secret: Uint8Array,
  typ: string,
  claims: Record<string, unknown>,
  subject: string,
  seconds: number | null,
  now: Date,
) {
  const jwt = new SignJWT({ ...claims, typ })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setSubject(subject)
    .setIssuedAt(Math.floor(now.getTime() / 1000));
  if (seconds !== null) jwt.setExpirationTime(Math.floor(now.getTime() / 1000) + seconds);
  return jwt.sign(secret);
}

export const signAccessToken = (secret: Uint8Array, claims: AccessClaims, now: Date) =>
  sign(
    secret,
    'access',
    { login: claims.login, role: claims.role, scope: claims.scope, kind: claims.kind },
    claims.sub,
    ACCESS_TOKEN_SECONDS,
    now,
  );

export const signRefreshToken = (
  secret: Uint8Array,
  accountId: string,
  tokenVersion: number,
  now: Date,
) => sign(secret, 'refresh', { tv: tokenVersion }, accountId, REFRESH_TOKEN_SECONDS, now);

/** A client program's token: long-lived, checked against its account on every request. */
export const signServiceToken = (
  secret: Uint8Array,
  accountId: string,
  tokenVersion: number,
  days: number,
  now: Date,
) => sign(secret, 'service', { tv: tokenVersion }, accountId, days * 86_400, now);

export async function verifyToken(secret: Uint8Array, token: string, now: Date) {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: [ALGORITHM],
      currentDate: now,
    });
    return payload as Record<string, unknown> & { sub: string; typ: string };
  } catch (error) {
    if (error instanceof errors.JWTExpired)
      throw unauthenticated('The token has expired; log in again or refresh it.');
    throw unauthenticated('The token is not valid; log in again.');
  }
}
