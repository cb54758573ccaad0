import type { z } from 'zod';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError } from '../../core/errors.ts';
import { addDays, frenchDate, todayIso } from '../../shared/days.ts';
import { actionRow, officeQpvs, toAction, yearActions } from './actions.ts';
import type { actionFields, tfpbContract } from './contract.ts';
import { deriveActions } from './derive.ts';
import { tfpbReport } from './report-data.ts';
import { reportPdf } from './report-pdf.ts';
import { reportWorkbook } from './report-xlsx.ts';

type Fields = z.output<typeof actionFields>;

/** What a person types on any action. */
const typedColumns = (fields: Fields) => ({
  sub_action: fields.subAction,
  label: fields.label,
  status: fields.status,
  dwellings: fields.dwellings,
  cost_cents: fields.costCents,
  claimed_cents: fields.claimedCents,
  cofunders: fields.cofunders,
  partners: fields.partners,
  result_indicator: fields.resultIndicator,
  documents: fields.documents,
});

/** What the agenda or the services give a derived action, and a person types on a manual one. */
const countedColumns = (fields: Fields) => ({ axis: fields.axis, sessions: fields.sessions, participants: fields.participants, households: fields.households });

export const tfpbHandlers: Handlers<typeof tfpbContract> = {
  'federation.tfpb.qpvs': ({ year }, { db }) => officeQpvs(db, year),

  'federation.tfpb.actions': ({ year, qpvCode }, { db }) => yearActions(db, year, qpvCode),

  'federation.tfpb.create': (input, { db, nowIso, user }) => {
    const now = nowIso();
    const { id } = db.get(
      db.q
        .insertInto('tfpb_action')
        .values({
          ...typedColumns(input),
          ...countedColumns(input),
          year: input.year,
          qpv_code: input.qpvCode,
          source: 'manual',
          source_key: null,
          created_by: user?.id ?? null,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    )!;
    return toAction(actionRow(db, id));
  },

  'federation.tfpb.update': (input, { db, nowIso }) => {
    const current = actionRow(db, input.id);
    const manual = current.source === 'manual';
    db.run(
      db.q
        .updateTable('tfpb_action')
        .set({ ...typedColumns(input), ...(manual ? countedColumns(input) : {}), updated_at: nowIso() })
        .where('id', '=', input.id),
    );
    return toAction(actionRow(db, input.id));
  },

  'federation.tfpb.delete': ({ id }, { db }) => {
    const current = actionRow(db, id);
    if (current.source !== 'manual') {
      throw new AppError(
        'CONFLICT',
        'Cette action est calculée depuis l’agenda ou les services : elle reviendrait au prochain calcul. Retirez l’axe TFPB de ses événements ou services, puis calculez de nouveau.',
      );
    }
    db.run(db.q.deleteFrom('tfpb_action').where('id', '=', id));
    return { id };
  },

  'federation.tfpb.derive': ({ year }, { db, clock, nowIso, user }) => {
    // Only what took place counts: events up to the end of today (wall-clock times, 'AAAA-MM-JJTHH:MM').
    const until = `${addDays(todayIso(clock), 1)}T00:00`;
    return deriveActions(db, year, until, user?.id ?? null, nowIso());
  },

  'federation.tfpb.report': async ({ year, qpvCode, format }, { db, clock }) => {
    const report = tfpbReport(db, year, qpvCode);
    const baseName = `rapport-tfpb-${year}${qpvCode ? `-${qpvCode}` : ''}`;
    const bytes = format === 'xlsx' ? await reportWorkbook(report) : await reportPdf(report, frenchDate(todayIso(clock)));
    return { fileName: `${baseName}.${format}`, base64: bytes.toString('base64') };
  },
};
