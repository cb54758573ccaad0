import { z } from 'zod';
import { displayNameSchema, levelSchema, loginSchema, moduleSchema, newPasswordSchema, rightsSchema, roleSchema, userSchema } from '../auth/fields.ts';
import { emptyInput, idSchema, method } from '../core/contract.ts';

const staffMember = userSchema.extend({ disabledAt: z.string().nullable(), passwordChangedAt: z.string(), createdAt: z.string() });

const admin = { module: 'administration', right: 'admin' } as const;

export const staffContract = {
  'staff.list': method({ ...admin, kind: 'read', input: emptyInput, output: z.array(staffMember) }),
  'staff.create': method({
    ...admin,
    kind: 'write',
    input: z.object({ login: loginSchema, displayName: displayNameSchema, role: roleSchema, password: newPasswordSchema }),
    output: staffMember,
  }),
  'staff.update': method({
    ...admin,
    kind: 'write',
    input: z.object({ id: idSchema, displayName: displayNameSchema, role: roleSchema }),
    output: staffMember,
  }),
  'staff.setDisabled': method({ ...admin, kind: 'write', input: z.object({ id: idSchema, disabled: z.boolean() }), output: staffMember }),
  'staff.resetPassword': method({ ...admin, kind: 'write', input: z.object({ id: idSchema, password: newPasswordSchema }), output: staffMember }),
  'staff.rights': method({ ...admin, kind: 'read', input: emptyInput, output: z.record(roleSchema, rightsSchema) }),
  'staff.setRight': method({
    ...admin,
    kind: 'write',
    input: z.object({ role: roleSchema, module: moduleSchema, level: levelSchema }),
    output: z.record(roleSchema, rightsSchema),
  }),
};

export type StaffMember = z.output<typeof staffMember>;
