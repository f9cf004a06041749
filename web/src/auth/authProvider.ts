import type { AuthProvider } from 'react-admin';
import { errorCode } from '../dataProvider/errors.ts';
import { allows } from './access.ts';
import type { SessionAccount } from './session.ts';
import type { Tokens } from './tokens.ts';

/**
 * react-admin's side of the session: login and logout, whether there is a session, which
 * errors end it, who is logged in and what the role may do. The tokens themselves are
 * renewed by the data provider's client (see Credentials).
 */
export function createAuthProvider(tokens: Tokens): AuthProvider {
  const account = (): SessionAccount | null => tokens.session()?.account ?? null;
  return {
    login: async ({ username, password }: { username: string; password: string }) => {
      await tokens.login(username, password);
    },
    logout: async () => {
      tokens.logout();
    },
    // no notification: the login page says what to do
    checkAuth: async () => {
      if (!account()) throw { message: false };
    },
    // Only an ended session logs out. FORBIDDEN is the role or scope refusing one action:
    // the user stays, and the error is shown like any other.
    checkError: async (error: unknown) => {
      if (errorCode(error) === 'UNAUTHENTICATED') {
        throw { message: 'grassroots.auth.sessionEnded' };
      }
    },
    getIdentity: async () => {
      const current = account();
      if (!current) throw new Error('Not logged in.');
      return { ...current, fullName: current.displayName };
    },
    getPermissions: async () => account(),
    canAccess: async ({ resource, action, record }) => allows(account(), resource, action, record),
  };
}
