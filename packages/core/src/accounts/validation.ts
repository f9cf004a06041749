import * as z from 'zod/mini';
import { ROLES } from '../auth/roles.ts';
import { absentIsNull, text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';

export const login = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[A-Za-z0-9._-]{3,32}$/, '3 to 32 letters, digits, dots, dashes or underscores.'),
  );

export const password = z.string().check(
  z.minLength(10, 'At least 10 characters.'),
  z.maxLength(200, 'At most 200 characters.'),
  z.refine((p) => /\p{L}/u.test(p) && /\d/.test(p), 'Use letters and digits.'),
);

export const createAccountInput = z.object({
  kind: z._default(z.enum(['USER', 'SERVICE', 'PUBLIC']), 'USER'),
  login,
  displayName: text(50),
  role: z.enum(ROLES),
  scopeOrgId: absentIsNull(z.nullable(z.string())),
  password: z.optional(password),
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export const updateAccountInput = z.object({
  displayName: z.optional(text(50)),
  role: z.optional(z.enum(ROLES)),
  scopeOrgId: z.optional(z.nullable(z.string())),
  disabled: z.optional(z.boolean()),
});
export type UpdateAccountInput = Patch<z.input<typeof updateAccountInput>>;
