import { notFound, staleVersion } from '../errors.ts';

/** The error for a failed `version = :v` condition: the record is gone, or it moved on. */
export const versionFailure =
  (type: string, id: string, expected: number) => (current: Record<string, unknown> | undefined) =>
    current ? staleVersion(type, id, expected, Number(current.version)) : notFound(type, id);
