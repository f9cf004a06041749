import type * as z from 'zod/mini';
import { InvalidInput } from '../errors.ts';

/**
 * Validates input against a schema, turning every issue into a field problem whose path is
 * dotted from the input root, so a form can put each message beside its field.
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix = '',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInput(
    result.error.issues.map((issue) => ({
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      message: issue.message,
    })),
  );
}

/**
 * The type of an update input as clients send it: any field may be absent or null. Null
 * clears a nullable field; for the others validation answers what to send instead.
 */
export type Patch<T> = { [K in keyof T]?: T[K] | null };
