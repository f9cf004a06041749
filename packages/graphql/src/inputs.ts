/**
 * In a create input, a null field means the same as an absent one (the default applies).
 * Updates keep their nulls: there null clears a field.
 */
export const withoutNulls = <T extends Record<string, unknown>>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
