import { createAccount, type Role } from '@grassroots/core';
import type { HttpError } from 'ra-core';
import type { TestStack } from '../../../test/support/stack.ts';
import { createAuthProvider } from '../../src/auth/authProvider.ts';
import { storageSessionStore } from '../../src/auth/session.ts';
import { createTokens } from '../../src/auth/tokens.ts';
import { createClient } from '../../src/dataProvider/client.ts';
import { createDataProvider } from '../../src/dataProvider/index.ts';

export const PASSWORD = 'console-password-1';

/** The error a provider call fails with; fails the test when the call succeeds. */
export const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    // biome-ignore lint/suspicious/noExplicitAny: tests read the API's error body of many shapes
    return error as HttpError & { body: any };
  }
  throw new Error('expected the call to fail');
};

/** A Storage (sessionStorage's part the console uses) in memory, readable by the test. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

export interface Sent {
  query: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read back the variables of many shapes they sent
  variables: Record<string, any>;
  authorization: string | null;
}

/**
 * The console's providers over the test stack's API, as App.tsx wires them: the tokens'
 * own client (login, refresh) and the data provider's, each request recorded in `sent`.
 * `now` is the console's clock, which a test may move.
 */
export function consoleOver(stack: TestStack, clock = { now: Date.now() }) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body));
    const headers = new Headers(init.headers);
    sent.push({ query, variables, authorization: headers.get('authorization') });
    return stack.yoga.fetch(url, init);
  };
  const url = 'http://localhost/graphql';
  const storage = memoryStorage();
  const tokens = createTokens({
    request: createClient({ url, fetch }),
    store: storageSessionStore(storage),
    now: () => clock.now,
  });
  return {
    sent,
    storage,
    tokens,
    clock,
    authProvider: createAuthProvider(tokens),
    provider: createDataProvider({ url, fetch, credentials: tokens }),
  };
}

let accounts = 0;
/** A new account of this role (scope: a raw organization id); the console logs in with PASSWORD. */
export async function accountFor(stack: TestStack, role: Role, scopeOrgId: string | null = null) {
  accounts += 1;
  const account = await createAccount(stack.session(), {
    login: `console-${role.toLowerCase().replace('_', '-')}-${accounts}`,
    displayName: `${role} ${accounts}`,
    role,
    scopeOrgId,
    password: PASSWORD,
  });
  return account;
}

export { rawId } from '../../../test/support/ids.ts';

/** The Relay global id of an account (the API's `Account.id`). */
export const accountId = (rawAccountId: string) =>
  Buffer.from(`Account:${rawAccountId}`).toString('base64');
