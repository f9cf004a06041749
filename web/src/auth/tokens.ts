import type { GraphQLRequest } from '../dataProvider/client.ts';
import { errorCode } from '../dataProvider/errors.ts';
import {
  type AuthSession,
  SESSION_ACCOUNT_FIELDS,
  type SessionAccount,
  type SessionStore,
} from './session.ts';

/** Renew this long before expiry, so that no request leaves with a token that dies on the way. */
export const RENEW_MARGIN_MS = 60_000;

const PAYLOAD = `accessToken refreshToken expiresAt account { ${SESSION_ACCOUNT_FIELDS} }`;

interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  account: SessionAccount;
}

/** The issue time (ms) a JWT carries, or null when it cannot be read. */
function issuedAt(token: string): number | null {
  try {
    const part = (token.split('.')[1] ?? '').replaceAll('-', '+').replaceAll('_', '/');
    const { iat } = JSON.parse(atob(part)) as { iat?: unknown };
    return typeof iat === 'number' ? iat * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * When to renew, on this browser's clock. `expiresAt` is on the server's clock, and office
 * PCs drift by minutes, so the token's lifetime (expiry less issue time, both the server's)
 * is counted from the moment it arrived here.
 */
function renewAt({ accessToken, expiresAt }: AuthPayload, receivedAt: number): number {
  const expiry = Date.parse(expiresAt);
  const lifetime = expiry - (issuedAt(accessToken) ?? receivedAt);
  return receivedAt + lifetime - RENEW_MARGIN_MS;
}

/** What the data provider asks of the session: a token to send, and a new one when refused. */
export interface Credentials {
  /** The access token, renewed first when it is about to expire; null without a session. */
  accessToken(): Promise<string | null>;
  /**
   * A new access token after `stale` was refused; null when the session has ended. Calls
   * made together share one renewal, and one made after another renewed gets its token.
   */
  renew(stale: string): Promise<string | null>;
}

export interface Tokens extends Credentials {
  login(login: string, password: string): Promise<SessionAccount>;
  logout(): void;
  session(): AuthSession | null;
}

/**
 * The tokens of the signed-in account: logs in, keeps the tokens in `store`, and renews the
 * access token with the refresh token. `request` is a client that sends no credentials.
 */
export function createTokens({
  request,
  store,
  now = Date.now,
}: {
  request: GraphQLRequest;
  store: SessionStore;
  now?: () => number;
}): Tokens {
  let renewing: Promise<string | null> | null = null;

  const save = (payload: AuthPayload, receivedAt: number): AuthSession => {
    const session = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      renewAt: renewAt(payload, receivedAt),
      account: payload.account,
    };
    store.set(session);
    return session;
  };

  async function refresh(current: AuthSession): Promise<string | null> {
    // the time of asking, not of the answer: renewing a little early is the safe side
    const sentAt = now();
    try {
      const data = await request<{ refreshToken: AuthPayload }>(
        `mutation Refresh($token: String!) { refreshToken(refreshToken: $token) { ${PAYLOAD} } }`,
        { token: current.refreshToken },
      );
      // a logout (or another login) while the renewal was under way has the last word
      if (store.get()?.refreshToken !== current.refreshToken) return null;
      return save(data.refreshToken, sentAt).accessToken;
    } catch (error) {
      if (errorCode(error) !== 'UNAUTHENTICATED') throw error;
      // ended (password or role changed, account disabled, 30 days passed): remember it, so
      // the requests still under way do not each ask again before the console logs out
      if (store.get()?.refreshToken === current.refreshToken) {
        store.set({ ...current, refreshToken: '' });
      }
      return null;
    }
  }

  const tokens: Tokens = {
    async login(login, password) {
      const sentAt = now();
      const data = await request<{ login: AuthPayload }>(
        `mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { ${PAYLOAD} } }`,
        { login, password },
      );
      return save(data.login, sentAt).account;
    },
    logout: () => store.clear(),
    session: () => store.get(),
    async accessToken() {
      const current = store.get();
      if (!current) return null;
      return now() < current.renewAt ? current.accessToken : tokens.renew(current.accessToken);
    },
    renew(stale) {
      const current = store.get();
      if (!current?.refreshToken) return Promise.resolve(null);
      if (current.accessToken !== stale) return Promise.resolve(current.accessToken);
      renewing ??= refresh(current).finally(() => {
        renewing = null;
      });
      return renewing;
    },
  };
  return tokens;
}
