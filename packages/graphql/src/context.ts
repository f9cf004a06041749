import type { Session } from '@grassroots/core';

/** Per-request context: the core session (database, loaders, clock, actor) and the signing key. */
export interface Context {
  session: Session;
  secret: Uint8Array;
  /** Why the credentials sent were refused, told to the client if it asks for more than logging in. */
  authError: string | null;
}
