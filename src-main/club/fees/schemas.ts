import { z } from 'zod';
import { PARTNER_CATEGORIES, PARTNER_STATUSES } from '../partners/fields.ts';
import { PAYMENT_METHODS } from '../../conciergerie/till/kinds.ts';
import { FEE_STATES } from './repository.ts';

/** A fee call as the screens show it (FeeCallView). */
export const feeCallSchema = z.object({
  id: z.number(),
  partnerId: z.number(),
  partnerName: z.string(),
  partnerCategory: z.enum(PARTNER_CATEGORIES),
  partnerStatus: z.enum(PARTNER_STATUSES),
  year: z.number(),
  amountCents: z.number(),
  paidCents: z.number(),
  balanceCents: z.number(),
  calledOn: z.string(),
  dueOn: z.string(),
  state: z.enum(FEE_STATES),
  cancelledOn: z.string().nullable(),
  cancelReason: z.string(),
  reminderCount: z.number(),
  lastReminderOn: z.string().nullable(),
  payments: z.array(
    z.object({ id: z.number(), paidOn: z.string(), amountCents: z.number(), method: z.enum(PAYMENT_METHODS), reference: z.string() }),
  ),
});
