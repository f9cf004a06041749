import { newId } from './ids.ts';
import type { Session } from './session.ts';

/** The fields every new record starts with. */
export function newRecord(session: Session) {
  const now = session.now().toISOString();
  return { id: newId(), version: 1, createdAt: now, updatedAt: now };
}
