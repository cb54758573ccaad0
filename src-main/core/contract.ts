import { z } from 'zod';
import type { Level, ModuleName } from '../auth/rights.ts';

export type { ModuleName } from '../auth/rights.ts';

// Validation messages that no field customises come out in French.
z.config(z.locales.fr());

/**
 * read: runs as is. write: runs inside one transaction, all or nothing, with its audit entry. action: changes files
 * or the database as a whole (backup, restore) and manages its own safety; audited once it succeeded.
 */
export type MethodKind = 'read' | 'write' | 'action';

/**
 * Who may call a method. rights (the default): a signed-in, unlocked user whose role holds at least `right` on the
 * method's module. user: any signed-in, unlocked user. public: anyone holding a session (sign-in screens).
 */
export type Access = 'rights' | 'user' | 'public';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  module: ModuleName;
  kind: MethodKind;
  input: I;
  output: O;
  access?: Access;
  /** The level needed on the module; by default read for a read, write otherwise. */
  right?: Level;
  /** A read of a restricted record (social follow-up): every such read is written to the audit log. */
  restricted?: boolean;
}

export type Contract = Record<string, MethodSpec>;

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'LOCKED'
  | 'DAMAGED'
  | 'UNKNOWN_METHOD'
  | 'INTERNAL';

export interface ErrorIssue {
  /** Dotted path of the field in the input, e.g. "dwellings.2.internalId"; "" for the whole input. */
  path: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  issues: ErrorIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

export type InputOf<C extends Contract, M extends keyof C> = z.input<C[M]['input']>;
export type OutputOf<C extends Contract, M extends keyof C> = z.output<C[M]['output']>;

/** Shared building blocks of the contract. */
export const idSchema = z.number({ error: 'Identifiant manquant ou invalide.' }).int().positive();
export const isoDateSchema = z.iso.date({ error: 'Date invalide : attendue au format AAAA-MM-JJ.' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const emptyInput = z.object({}).strict().default({});
