import type { Db } from './db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/**
 * What a service call needs: the database, the request's loaders and a clock. One session
 * per request, so loader caches never outlive a request.
 */
export interface Session {
  db: Db;
  loaders: Loaders;
  now: () => Date;
}

export const createSession = (db: Db, now: () => Date = () => new Date()): Session => ({
  db,
  loaders: createLoaders(db),
  now,
});
