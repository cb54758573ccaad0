import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { notFound } from '../../core/errors.ts';
import { toFrenchCsv } from '../../shared/csv.ts';
import { slug } from '../../shared/text.ts';
import { today } from '../context.ts';
import type { mailingContract } from './contract.ts';
import { labelsPdf } from './labels.ts';
import { mailingList, type MailingScope } from './recipients.ts';

function assertResidence(db: SyncDb, residenceId: number | null): string | null {
  if (residenceId === null) return null;
  const residence = db.get(db.q.selectFrom('residence').select('name').where('id', '=', residenceId));
  if (!residence) throw notFound('Résidence');
  return residence.name;
}

/** "courrier-club-membres-les-tilleuls-2026-11-23": what the file holds. */
function baseName(db: SyncDb, residenceId: number | null, scope: MailingScope, day: string): string {
  const residence = assertResidence(db, residenceId);
  const place = residence ? slug(residence) : 'toutes-residences';
  return `courrier-club-${scope === 'members' ? 'membres' : 'tous-foyers'}-${place}-${day}`;
}

export const mailingHandlers: Handlers<typeof mailingContract> = {
  'club.mailing.list': (input, ctx) => {
    assertResidence(ctx.db, input.residenceId);
    return mailingList(ctx.db, input, today(ctx));
  },

  'club.mailing.csv': (input, ctx) => {
    const day = today(ctx);
    const fileName = `${baseName(ctx.db, input.residenceId, input.scope, day)}.csv`;
    const { rows } = mailingList(ctx.db, input, day);
    const text = toFrenchCsv(
      ['Foyer', 'Destinataire', 'Complément 1', 'Complément 2', 'Adresse', 'Code postal', 'Commune', 'Résidence'],
      rows.map((r) => {
        const complements = r.lines.slice(1, -2);
        return [r.householdName, r.addressee, complements[0] ?? '', complements[1] ?? '', r.street, r.postcode, r.city, r.residenceName ?? ''];
      }),
    );
    return { fileName, text, count: rows.length };
  },

  'club.mailing.labels': async (input, ctx) => {
    const day = today(ctx);
    const fileName = `${baseName(ctx.db, input.residenceId, input.scope, day)}.pdf`;
    const { rows } = mailingList(ctx.db, input, day);
    const pdf = await labelsPdf(rows, 'Étiquettes du Club des locataires');
    return { fileName, base64: pdf.toString('base64'), count: rows.length };
  },
};
