import { z } from 'zod';
import { euros } from '../../shared/money.ts';
import { PAYMENT_METHODS } from './kinds.ts';

/* Money and payment fields shared by the till, memberships and services, with French messages. */

/** An amount in integer cents within bounds; the message says the bounds in euros. */
export function centsSchema(label: string, min: number, max: number) {
  const message = `${label} doit être un montant entre ${euros(min)} et ${euros(max)}.`;
  return z.number({ error: message }).int({ error: `${label} : un montant en centimes entiers est attendu.` }).min(min, { error: message }).max(max, { error: message });
}

export const methodSchema = z.enum(PAYMENT_METHODS, { error: 'Choisissez le moyen de paiement : espèces, carte, chèque ou virement.' });

/** A reason the operator must give (a refund, a waiver, a flag): 3 to 300 characters. */
export function reasonSchema(what: string) {
  const missing = `Indiquez ${what} (3 caractères au moins).`;
  return z
    .string({ error: missing })
    .trim()
    .min(3, { error: missing })
    .max(300, { error: 'Le motif ne doit pas dépasser 300 caractères.' });
}

/** What a payment that was just recorded is known by: its receipt to print. */
export const paymentRefSchema = z.object({ id: z.number(), receiptNumber: z.string(), amountCents: z.number() });
