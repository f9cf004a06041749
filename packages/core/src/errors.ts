/**
 * Domain errors. The GraphQL layer turns `code` into `extensions.code`; nothing here knows
 * about GraphQL or HTTP.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'HAS_DEPENDENTS'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One problem with one input field; `path` is dotted from the input root, e.g. `location.lat`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class InvalidInput extends DomainError {
  constructor(readonly fields: FieldProblem[]) {
    super(
      'BAD_USER_INPUT',
      fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; '),
      { fields },
    );
    this.name = 'InvalidInput';
  }
}

export const invalid = (path: string, message: string) => new InvalidInput([{ path, message }]);

export const notFound = (type: string, id: string) =>
  new DomainError('NOT_FOUND', `${type} ${id} does not exist.`, { type, id });

export const staleVersion = (type: string, id: string, given: number, current: number) =>
  new DomainError(
    'CONFLICT',
    `${type} ${id} was changed by someone else (you sent version ${given}, it is now at version ${current}). Reload it, reapply your change and save again; nothing was changed.`,
    { type, id, givenVersion: given, currentVersion: current },
  );

/** Refuses a write based on a stale read before it costs a write. */
export function checkVersion(
  type: string,
  record: { id: string; version: number },
  version: number,
): void {
  if (record.version !== version) throw staleVersion(type, record.id, version, record.version);
}
