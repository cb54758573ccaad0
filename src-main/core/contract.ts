import { z } from 'zod';

// Validation messages that no field customises come out in French.
z.config(z.locales.fr());

/** The sections of the app; rights are granted per module (see the roles issue). */
export type ModuleName = 'system' | 'residences';

/** read: runs as is; write: runs inside one transaction, all or nothing. */
export type MethodKind = 'read' | 'write';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  module: ModuleName;
  kind: MethodKind;
  input: I;
  output: O;
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
