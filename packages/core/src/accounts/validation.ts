import * as z from 'zod';
import { ROLES } from '../auth/roles.ts';
import { text } from '../validation/fields.ts';
import type { Patch } from '../validation/parse.ts';

export const login = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, '3 to 32 letters, digits, dots, dashes or underscores.');

export const password = z
  .string()
  .min(10, 'At least 10 characters.')
  .max(200, 'At most 200 characters.')
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), { message: 'Use letters and digits.' });

export const createAccountInput = z.object({
  kind: z.enum(['USER', 'SERVICE', 'PUBLIC']).default('USER'),
  login,
  displayName: text(50),
  role: z.enum(ROLES),
  scopeOrgId: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  password: password.optional(),
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export const updateAccountInput = z.object({
  displayName: text(50).optional(),
  role: z.enum(ROLES).optional(),
  scopeOrgId: z.string().nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateAccountInput = Patch<z.input<typeof updateAccountInput>>;
