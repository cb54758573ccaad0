import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';
import { LEVELS, MODULES, ROLES } from './rights.ts';

export const loginSchema = z
  .string()
  .trim()
  .min(2, { error: "L'identifiant doit comporter au moins 2 caractères." })
  .max(40, { error: "L'identifiant ne doit pas dépasser 40 caractères." })
  .regex(/^[\p{L}\p{N}._-]+$/u, { error: "L'identifiant ne peut contenir que des lettres, des chiffres, « . », « _ » et « - »." });

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères.` })
  .max(200, { error: 'Le mot de passe ne doit pas dépasser 200 caractères.' });

export const passwordSchema = z.string().min(1, { error: 'Saisissez le mot de passe.' }).max(200);

export const displayNameSchema = z
  .string()
  .trim()
  .min(2, { error: 'Le nom affiché doit comporter au moins 2 caractères.' })
  .max(80, { error: 'Le nom affiché ne doit pas dépasser 80 caractères.' });

export const roleSchema = z.enum(ROLES, { error: 'Rôle inconnu.' });
export const moduleSchema = z.enum(MODULES, { error: 'Module inconnu.' });
export const levelSchema = z.enum(LEVELS, { error: 'Niveau de droit inconnu.' });

export const userSchema = z.object({
  id: z.number(),
  login: z.string(),
  displayName: z.string(),
  role: roleSchema,
});

export const rightsSchema = z.record(moduleSchema, levelSchema);
