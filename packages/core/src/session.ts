import { type Actor, type RequestInfo, SYSTEM_ACTOR } from './auth/actor.ts';
import type { Db } from './db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** The shortest retention the Cybersecurity Law allows for logs: six months. */
export const MIN_AUDIT_RETENTION_DAYS = 180;

/**
 * What a service call needs: the database, the request's loaders and clock, who is acting
 * and from where. One session per request, so loader caches never outlive a request.
 */
export interface Session {
  db: Db;
  loaders: Loaders;
  /** Strongly consistent loaders: what a write decides on is read with these. */
  fresh: Loaders;
  now: () => Date;
  actor: Actor;
  request: RequestInfo;
  auditRetentionDays: number;
  /**
   * A bulk load by the system itself (the demo data): its writes skip the per-write audit
   * copies and the loader records one entry for the whole load. Never set for a request.
   */
  bulkLoad?: boolean;
}

export interface SessionOptions {
  actor?: Actor;
  request?: Partial<RequestInfo>;
  now?: () => Date;
  auditRetentionDays?: number;
}

export function createSession(db: Db, options: SessionOptions = {}): Session {
  const retention = options.auditRetentionDays ?? MIN_AUDIT_RETENTION_DAYS;
  if (!(retention >= MIN_AUDIT_RETENTION_DAYS)) {
    throw new Error(
      `Audit entries must be kept at least ${MIN_AUDIT_RETENTION_DAYS} days (got ${retention}).`,
    );
  }
  return {
    db,
    loaders: createLoaders(db),
    fresh: createLoaders(db, true),
    now: options.now ?? (() => new Date()),
    actor: options.actor ?? SYSTEM_ACTOR,
    request: {
      requestId: options.request?.requestId ?? 'internal',
      clientAddress: options.request?.clientAddress ?? null,
    },
    auditRetentionDays: retention,
  };
}
