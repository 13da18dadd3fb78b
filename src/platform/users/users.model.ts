import { z } from 'zod';
import { ROLES } from '../auth/roles.ts';

export const roleSchema = z.enum(ROLES);
// NIST SP 800-63B §3.1.1.2: length over composition rules; 12 is our floor, 256 keeps scrypt input sane.
export const passwordSchema = z.string().min(12, 'At least 12 characters').max(256);

export const createUserSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  password: passwordSchema,
  supplierId: z.string().min(1).max(100).nullish(),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
  supplierId: z.string().min(1).max(100).nullish(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
