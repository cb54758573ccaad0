import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError } from '../../core/errors.ts';
import { frenchDate, todayIso } from '../../shared/days.ts';
import { normaliseBarcode } from '../catalogue/barcodes.ts';
import { copyOrFail, markRetired } from '../catalogue/copies.ts';
import type { CopyCondition } from '../catalogue/kinds.ts';
import { kitOf } from '../catalogue/kits.ts';
import { findCopyByBarcode, type CopyWithItem } from '../catalogue/lookup.ts';
import { holdWhereabouts, loanWhereabouts } from '../catalogue/whereabouts.ts';
import { copyBecameAvailable } from '../holds/release.ts';
import type { repairsContract } from './contract.ts';
import { NEXT_REPAIR_STATUSES, REPAIR_STATUS_LABELS, isClosed, type RepairStatus } from './statuses.ts';
import { getTicket, listTickets, openTicketOf } from './tickets.ts';

/** A copy goes to repair only from the shelf: not while a member has it or it is kept for one (nor its kit). */
function assertRepairable(db: SyncDb, copy: CopyWithItem): void {
  const refuse = (why: string) => new AppError('CONFLICT', `L’exemplaire ${copy.barcode} est ${why}.`);
  if (copy.status === 'on_loan') throw refuse(`${loanWhereabouts(db, copy.id)} : ouvrez le ticket à son retour`);
  if (copy.status === 'reserved') throw refuse(`${holdWhereabouts(db, copy.id)} : il doit lui être prêté, ou la réservation annulée, avant la réparation`);
  if (copy.status === 'in_repair') {
    const open = openTicketOf(db, copy.id);
    throw refuse(`déjà en réparation${open ? ` (ticket n° ${open.id} ouvert le ${frenchDate(open.opened_on)})` : ''}`);
  }
  if (copy.status === 'retired') throw refuse('retiré du catalogue');
  const kit = kitOf(db, copy.id);
  if (kit?.status === 'on_loan') throw refuse(`une pièce du kit ${kit.barcode}, ${loanWhereabouts(db, kit.copyId)} : ouvrez le ticket au retour du kit`);
  if (kit?.status === 'reserved') {
    throw refuse(`une pièce du kit ${kit.barcode}, ${holdWhereabouts(db, kit.copyId)} : le kit doit lui être prêté, ou la réservation annulée, avant la réparation`);
  }
}

export const repairsHandlers: Handlers<typeof repairsContract> = {
  'repairs.list': ({ filter, offset, limit }, { db }) => listTickets(db, filter, offset, limit),

  'repairs.open': ({ barcode, problem, repairer }, ctx) => {
    const { db } = ctx;
    const copy = findCopyByBarcode(db, barcode);
    if (!copy) throw new AppError('NOT_FOUND', `Aucun exemplaire n’a le code-barres ${normaliseBarcode(barcode)} : vérifiez le code scanné.`);
    assertRepairable(db, copy);
    const now = ctx.nowIso();
    const { id } = db.get(
      db.q
        .insertInto('repair')
        .values({ copy_id: copy.id, status: 'open', problem, repairer, cost_cents: 0, notes: '', opened_on: todayIso(ctx.clock), created_at: now, updated_at: now })
        .returning('id'),
    )!;
    db.run(db.q.updateTable('copy').set({ status: 'in_repair', updated_at: now }).where('id', '=', copy.id));
    return getTicket(db, id);
  },

  'repairs.update': ({ id, status, condition, ...details }, ctx) => {
    const { db } = ctx;
    const ticket = getTicket(db, id);
    const from = ticket.status;
    if (status !== from && !NEXT_REPAIR_STATUSES[from].includes(status)) {
      throw new AppError(
        'CONFLICT',
        isClosed(from)
          ? `Ce ticket est clôturé (${REPAIR_STATUS_LABELS[from].toLowerCase()} le ${frenchDate(ticket.closedOn)}) : son statut ne change plus ; ouvrez un nouveau ticket si besoin.`
          : `Un ticket « ${REPAIR_STATUS_LABELS[from]} » ne peut pas revenir à « ${REPAIR_STATUS_LABELS[status]} ».`,
      );
    }
    const now = ctx.nowIso();
    const today = todayIso(ctx.clock);
    const closing = status !== from && isClosed(status);
    db.run(
      db.q
        .updateTable('repair')
        .set({
          status,
          problem: details.problem,
          repairer: details.repairer,
          cost_cents: details.costCents,
          notes: details.notes,
          ...(closing ? { closed_on: today } : {}),
          updated_at: now,
        })
        .where('id', '=', id),
    );
    if (closing) closeOnCopy(ctx, ticket.copyId, status, condition, id);
    return getTicket(db, id);
  },
};

/** What closing a ticket does to its copy: repaired, it is back on the shelf (holds first); scrapped, it is retired. */
function closeOnCopy(ctx: HandlerContext, copyId: number, status: RepairStatus, condition: CopyCondition | null, ticketId: number): void {
  const { db } = ctx;
  const copy = copyOrFail(db, copyId);
  if (status === 'scrapped') {
    markRetired(db, copy, `mis au rebut (réparation n° ${ticketId})`, todayIso(ctx.clock), ctx.nowIso());
    return;
  }
  db.run(db.q.updateTable('copy').set({ condition: condition ?? copy.condition, updated_at: ctx.nowIso() }).where('id', '=', copyId));
  copyBecameAvailable(ctx, copyId);
}
