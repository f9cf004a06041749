import type { Session } from '@grassroots/core';

/** Per-request context: the core session (database, loaders, clock). */
export interface Context {
  session: Session;
}
