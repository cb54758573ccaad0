import type { z } from 'zod';
import type { ErrorCode, ErrorIssue, ErrorPayload } from './contract.ts';

/** An error meant for the user: its French message is shown as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  constructor(code: ErrorCode, message: string, issues: ErrorIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} introuvable.`);

/** A field-level error, shown next to the field in forms. */
export const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION', message, [{ path, message }]);

export function issuesOf(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function validationFailure(error: z.ZodError): ErrorPayload {
  const issues = issuesOf(error);
  const message =
    issues.length === 1 && issues[0]
      ? issues[0].message
      : `${issues.length} informations sont invalides : corrigez les champs signalés.`;
  return { code: 'VALIDATION', message, issues };
}
