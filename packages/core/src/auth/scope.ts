import { DomainError, notFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { PERMISSIONS, type Permissions } from './roles.ts';

/** Whether a record at `path` (an organization path) lies in the caller's subtree. */
export const inScope = (session: Session, path: string) => path.startsWith(session.actor.scopePath);

export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);

/** Refuses a caller whose role lacks a permission, whatever the record. */
export function requirePermission(
  session: Session,
  permission: keyof Permissions,
  what: string,
): void {
  if (!PERMISSIONS[session.actor.role][permission]) {
    throw forbidden(`A ${session.actor.role} may not ${what}.`);
  }
}

/** Refuses a write outside the caller's subtree (or by a role that does not write). */
export function requireWrite(session: Session, path: string, what: string): void {
  requirePermission(session, 'write', what);
  if (!inScope(session, path))
    throw forbidden(`You may not ${what} outside your organization's subtree.`);
}

/** A record outside the caller's subtree reads as absent: its existence is not revealed. */
export function requireVisible(session: Session, path: string, type: string, id: string): void {
  if (!inScope(session, path)) throw notFound(type, id);
}
