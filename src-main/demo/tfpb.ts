import type { SyncDb } from '../../db/query.ts';
import type { Random } from './random.ts';

interface DemoAction {
  axis: number;
  subAction: string;
  label: string;
  /** Yearly cost range in euros; the amount claimed is a share of it. */
  cost: [number, number];
  cofunders: string;
  partners: string;
  resultIndicator: string;
  documents: string;
  /** Only in some QPVs (every other one). */
  sometimes?: boolean;
}

const ACTIONS: DemoAction[] = [
  {
    axis: 1,
    subAction: 'Présence de proximité',
    label: 'Gardien supplémentaire en soirée et le samedi',
    cost: [18_000, 26_000],
    cofunders: '',
    partners: '',
    resultIndicator: 'Heures de présence assurées / prévues',
    documents: 'Fiches de poste, plannings',
  },
  {
    axis: 3,
    subAction: 'Nettoyage renforcé',
    label: 'Second passage hebdomadaire dans les halls et cages d’escalier',
    cost: [6_000, 11_000],
    cofunders: '',
    partners: 'Régie de quartier',
    resultIndicator: 'Contrôles propreté conformes',
    documents: 'Factures de la régie',
  },
  {
    axis: 4,
    subAction: 'Encombrants',
    label: 'Enlèvement mensuel des encombrants et épaves',
    cost: [3_000, 7_000],
    cofunders: 'Amiens Métropole',
    partners: 'Service propreté de la ville',
    resultIndicator: 'Tonnes enlevées, dépôts sauvages signalés',
    documents: 'Bons d’enlèvement',
  },
  {
    axis: 5,
    subAction: 'Médiation',
    label: 'Médiation sociale de soirée',
    cost: [9_000, 15_000],
    cofunders: 'Ville d’Amiens, État (contrat de ville)',
    partners: 'Association de médiation',
    resultIndicator: 'Interventions, troubles signalés',
    documents: 'Convention et bilan de l’association',
    sometimes: true,
  },
];

/** TFPB actions of the past year entered by hand in the QPV residences; basket services count for axis 7. */
export function fillDemoTfpb(db: SyncDb, now: string, random: Random): void {
  const year = Number(now.slice(0, 4)) - 1;
  const qpvs = db.all(
    db.q
      .selectFrom('residence as r')
      .innerJoin('dwelling as d', 'd.residence_id', 'r.id')
      .select(['r.qpv_code', (eb) => eb.fn.count<number>('d.id').as('dwellings')])
      .where('r.qpv_code', 'is not', null)
      .groupBy('r.qpv_code')
      .orderBy('r.qpv_code'),
  );
  qpvs.forEach((qpv, index) => {
    for (const action of ACTIONS) {
      if (action.sometimes && index % 2 === 1) continue;
      // Rounded to the hundred euros, as budgets are.
      const cost = random.int(action.cost[0] / 100, action.cost[1] / 100) * 100 * 100;
      const claimed = Math.round((cost * random.int(60, 100)) / 100 / 10_000) * 10_000;
      db.run(
        db.q.insertInto('tfpb_action').values({
          year,
          qpv_code: qpv.qpv_code!,
          axis: action.axis,
          sub_action: action.subAction,
          label: action.label,
          status: 'done',
          dwellings: qpv.dwellings,
          cost_cents: cost,
          claimed_cents: claimed,
          cofunders: action.cofunders,
          sessions: 0,
          participants: 0,
          households: 0,
          partners: action.partners,
          result_indicator: action.resultIndicator,
          documents: action.documents,
          source: 'manual',
          source_key: null,
          created_by: null,
          created_at: now,
          updated_at: now,
        }),
      );
    }
  });
  db.run(db.q.updateTable('service').set({ tfpb_axis: 7 }).where('kind', '=', 'basket'));
}
