import { DomainError } from '@grassroots/core';

/** A client's own mistake (bad input, stale version…) that the response already explains. */
const expected = (value: unknown) =>
  value instanceof Error &&
  (value instanceof DomainError ||
    (value as { originalError?: unknown }).originalError instanceof DomainError);

/**
 * yoga's logger, without the noise: errors a client caused and was told about are not the
 * operator's problem and stay out of the error log; everything else is logged as usual.
 */
export const logger = {
  debug: (..._args: unknown[]) => {},
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    if (args.length > 0 && args.every(expected)) return;
    console.error(...args);
  },
};
