/** What the console keeps of the signed-in account (the API's `Account`, as `me` gives it). */
export interface SessionAccount {
  id: string;
  login: string;
  displayName: string;
  kind: 'USER' | 'SERVICE' | 'PUBLIC';
  role: Role;
  roleLabel: string;
  /** The organization whose subtree the account acts in; null for the whole stack. */
  scope: { id: string; name: string } | null;
  permissions: {
    write: boolean;
    manageAccounts: boolean;
    revealPersonalInformation: boolean;
    readAudit: boolean;
  };
}

export type Role = 'REGION_ADMIN' | 'ORG_ADMIN' | 'EDITOR' | 'VIEWER';

/** The GraphQL selection of a SessionAccount. */
export const SESSION_ACCOUNT_FIELDS = `id login displayName kind role roleLabel scope { id name }
permissions { write manageAccounts revealPersonalInformation readAudit }`;

export interface AuthSession {
  accessToken: string;
  /** Empty once the server refused it: the session has ended and only a new login helps. */
  refreshToken: string;
  /** This browser's clock (ms) from which the access token is renewed before it is sent. */
  renewAt: number;
  account: SessionAccount;
}

export interface SessionStore {
  get(): AuthSession | null;
  set(session: AuthSession): void;
  clear(): void;
}

const KEY = 'grassroots.session';

/**
 * The session in the tab's sessionStorage: it survives a reload but not the tab, and no
 * cookie carries it, so another site cannot make the browser send it (no CSRF surface).
 */
export function storageSessionStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): SessionStore {
  return {
    get() {
      const text = storage.getItem(KEY);
      if (!text) return null;
      try {
        return JSON.parse(text) as AuthSession;
      } catch {
        return null;
      }
    },
    set: (session) => storage.setItem(KEY, JSON.stringify(session)),
    clear: () => storage.removeItem(KEY),
  };
}
