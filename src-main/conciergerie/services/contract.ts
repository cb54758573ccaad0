import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { centsSchema, methodSchema, paymentRefSchema } from '../till/fields.ts';
import { PAYMENT_METHODS } from '../till/kinds.ts';

/* Paid services: the price list, pressing tickets (dropped → ready → collected) and basket orders per delivery date. */

export const SERVICE_KINDS = ['pressing', 'basket', 'other'] as const;
const ORDER_KINDS = ['pressing', 'basket'] as const;
const ORDER_STATUSES = ['dropped', 'ready', 'collected', 'ordered', 'delivered', 'cancelled'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

const priceFields = z.object({
  label: z
    .string({ error: 'Le libellé du service est obligatoire.' })
    .trim()
    .min(1, { error: 'Le libellé du service est obligatoire.' })
    .max(80, { error: 'Le libellé ne doit pas dépasser 80 caractères.' }),
  unit: text(30, 'L’unité'),
  priceCents: centsSchema('Le prix', 1, 100_000),
  /** The TFPB axis (1–8) the service counts for in QPV residences, or none (federation's TFPB report). */
  tfpbAxis: z
    .number({ error: 'L’axe TFPB va de 1 à 8.' })
    .int({ error: 'L’axe TFPB va de 1 à 8.' })
    .min(1, { error: 'L’axe TFPB va de 1 à 8.' })
    .max(8, { error: 'L’axe TFPB va de 1 à 8.' })
    .nullable()
    .default(null),
});

const service = z.object({
  id: z.number(),
  kind: z.enum(SERVICE_KINDS),
  label: z.string(),
  unit: z.string(),
  priceCents: z.number(),
  tfpbAxis: z.number().nullable(),
  archived: z.boolean(),
});

const orderLine = z.object({ serviceId: z.number(), label: z.string(), quantity: z.number(), unitPriceCents: z.number(), totalCents: z.number() });

const order = z.object({
  id: z.number(),
  number: z.string(),
  kind: z.enum(ORDER_KINDS),
  status: z.enum(ORDER_STATUSES),
  customer: z.object({ memberId: z.number().nullable(), memberNumber: z.string().nullable(), name: z.string() }),
  /** When the garments were dropped off, or the order taken. */
  createdAt: z.string(),
  /** The pick-up date of a pressing ticket, the delivery date of a basket order. */
  dueOn: z.string(),
  closedAt: z.string().nullable(),
  totalCents: z.number(),
  /** "2 Chemise, 1 Pantalon". */
  summary: z.string(),
  lines: z.array(orderLine),
  /** The payment (null until paid); paid stays false once it was refunded (a cancelled order). */
  payment: z.object({ id: z.number(), receiptNumber: z.string(), method: z.enum(PAYMENT_METHODS), paidAt: z.string(), refundedCents: z.number() }).nullable(),
  paid: z.boolean(),
  notes: z.string(),
});

const lineInput = z.object({
  serviceId: z.number({ error: 'Choisissez le service de la ligne.' }).int().positive({ error: 'Choisissez le service de la ligne.' }),
  quantity: z
    .number({ error: 'Indiquez la quantité.' })
    .int({ error: 'La quantité est un nombre entier.' })
    .min(1, { error: 'La quantité doit être comprise entre 1 et 99.' })
    .max(99, { error: 'La quantité doit être comprise entre 1 et 99.' }),
});

const paidRef = z.object({ id: z.number(), payment: paymentRefSchema.nullable() });
const pdfFile = z.object({ fileName: z.string(), base64: z.string() });

export const servicesContract = {
  'services.prices': method({ ...read, input: z.object({ includeArchived: z.boolean().default(false) }), output: z.array(service) }),
  'services.createPrice': method({
    ...write,
    right: 'admin',
    input: priceFields.extend({ kind: z.enum(SERVICE_KINDS, { error: 'Choisissez la catégorie : pressing, paniers ou autre.' }) }),
    output: service,
  }),
  /** Orders already taken keep the label and price they were taken at. */
  'services.updatePrice': method({ ...write, right: 'admin', input: priceFields.extend({ id: idSchema }), output: service }),
  'services.archivePrice': method({ ...write, right: 'admin', input: z.object({ id: idSchema, archived: z.boolean() }), output: service }),

  /** Tickets or orders of a kind: the open ones (oldest due first), the closed ones (latest first), or one date's. */
  'services.orders': method({
    ...read,
    input: z.object({
      kind: z.enum(ORDER_KINDS),
      status: z.enum(['open', 'closed', 'all']).default('open'),
      dueOn: isoDateSchema.nullable().default(null),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    output: z.object({
      rows: z.array(order),
      total: z.number(),
      /** Over every order of the filter (not only this page), cancelled ones left out. */
      sums: z.object({ orders: z.number(), items: z.number(), totalCents: z.number(), unpaidCents: z.number() }),
    }),
  }),
  'services.order': method({ ...read, input: z.object({ id: idSchema }), output: order }),
  /** Basket delivery dates from today on, with how many orders and baskets each has. */
  'services.deliveryDates': method({
    ...read,
    input: emptyInput,
    output: z.array(z.object({ dueOn: z.string(), orders: z.number(), items: z.number(), totalCents: z.number() })),
  }),
  /** A pressing ticket or a basket order, for a member or a named customer; paid now, or at pick-up. */
  'services.createOrder': method({
    ...write,
    input: z.object({
      kind: z.enum(ORDER_KINDS, { error: 'Choisissez pressing ou paniers.' }),
      memberId: idSchema.nullable().default(null),
      customerName: text(120, 'Le nom du client'),
      dueOn: isoDateSchema,
      lines: z.array(lineInput, { error: 'Ajoutez au moins une ligne.' }).min(1, { error: 'Ajoutez au moins une ligne.' }).max(30, { error: '30 lignes au plus.' }),
      notes: text(500, 'Les notes'),
      payNow: methodSchema.nullable().default(null),
    }),
    output: paidRef.extend({ number: z.string() }),
  }),
  /**
   * Moves an order on: ready, collected or delivered (paid then if it was not: method needed), or cancelled (what
   * was paid is refunded: method needed).
   */
  'services.advance': method({
    ...write,
    input: z.object({
      id: idSchema,
      status: z.enum(['ready', 'collected', 'delivered', 'cancelled'], { error: 'État demandé invalide.' }),
      method: methodSchema.nullable().default(null),
    }),
    output: paidRef,
  }),
  'services.pay': method({ ...write, input: z.object({ id: idSchema, method: methodSchema }), output: paidRef }),
  'services.ticketPdf': method({ ...read, input: z.object({ id: idSchema }), output: pdfFile }),
};

export type ServicePrice = z.output<typeof service>;
export type ServiceOrder = z.output<typeof order>;
