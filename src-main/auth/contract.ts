import { z } from 'zod';
import { emptyInput, method } from '../core/contract.ts';
import { displayNameSchema, loginSchema, newPasswordSchema, passwordSchema, rightsSchema, userSchema } from './fields.ts';

const status = z.object({
  /** false until the first administrator is created (first run). */
  setupDone: z.boolean(),
  user: userSchema.nullable(),
  locked: z.boolean(),
  rights: rightsSchema.nullable(),
  lockAfterMinutes: z.number(),
});

export const authContract = {
  'auth.status': method({ module: 'administration', kind: 'read', access: 'public', input: emptyInput, output: status }),
  'auth.setup': method({
    module: 'administration',
    kind: 'write',
    access: 'public',
    input: z.object({ login: loginSchema, displayName: displayNameSchema, password: newPasswordSchema }),
    output: status,
  }),
  'auth.login': method({
    module: 'administration',
    kind: 'read',
    access: 'public',
    input: z.object({ login: z.string().trim().min(1, { error: "Saisissez l'identifiant." }).max(40), password: passwordSchema }),
    output: status,
  }),
  'auth.unlock': method({ module: 'administration', kind: 'read', access: 'public', input: z.object({ password: passwordSchema }), output: status }),
  'auth.lock': method({ module: 'administration', kind: 'read', access: 'user', input: emptyInput, output: status }),
  'auth.logout': method({ module: 'administration', kind: 'read', access: 'public', input: emptyInput, output: status }),
  'auth.changePassword': method({
    module: 'administration',
    kind: 'write',
    access: 'user',
    input: z
      .object({ current: passwordSchema, next: newPasswordSchema })
      .refine((value) => value.current !== value.next, { path: ['next'], error: "Le nouveau mot de passe doit être différent de l'ancien." }),
    output: z.object({ changed: z.literal(true) }),
  }),
};
