import type { SyncDb } from '../../../db/query.ts';
import { TFPB_AXES } from '../../agenda/events/fields.ts';
import { officeSettings } from '../../settings/store.ts';
import { officeQpvs, yearActions } from './actions.ts';
import type { TfpbAction } from './contract.ts';

/* What the yearly report says, whatever its format: per QPV, the actions grouped by axis with totals. No person. */

export interface Totals {
  costCents: number;
  claimedCents: number;
  sessions: number;
  participants: number;
  /** Sum over actions: a household taking part in two actions counts twice. */
  households: number;
}

interface AxisGroup {
  axis: number;
  label: string;
  actions: TfpbAction[];
  totals: Totals;
}

export interface QpvReport {
  code: string;
  residences: string[];
  /** Dwellings of the office's residences in this QPV (not archived). */
  dwellings: number;
  axes: AxisGroup[];
  totals: Totals;
  /** Amount claimed per dwelling, in cents (null without dwellings). */
  claimedPerDwellingCents: number | null;
}

export interface TfpbReport {
  year: number;
  office: string;
  qpvs: QpvReport[];
}

const axisLabel = (axis: number) => `Axe ${axis} – ${TFPB_AXES[axis] ?? ''}`;

function totalsOf(actions: readonly { costCents: number; claimedCents: number; sessions: number; participants: number; households: number }[]): Totals {
  const totals: Totals = { costCents: 0, claimedCents: 0, sessions: 0, participants: 0, households: 0 };
  for (const action of actions) {
    totals.costCents += action.costCents;
    totals.claimedCents += action.claimedCents;
    totals.sessions += action.sessions;
    totals.participants += action.participants;
    totals.households += action.households;
  }
  return totals;
}

/** The report of a year: one QPV, or every QPV holding actions that year. */
export function tfpbReport(db: SyncDb, year: number, qpvCode: string | null): TfpbReport {
  const actions = yearActions(db, year, qpvCode);
  const qpvs = officeQpvs(db, year).filter((qpv) => (qpvCode === null ? qpv.actions > 0 : qpv.code === qpvCode));
  return {
    year,
    office: officeSettings(db).name,
    qpvs: qpvs.map((qpv) => {
      const own = actions.filter((action) => action.qpvCode === qpv.code);
      const axes = [...new Set(own.map((action) => action.axis))]
        .sort((a, b) => a - b)
        .map((axis) => {
          const ofAxis = own.filter((action) => action.axis === axis);
          return { axis, label: axisLabel(axis), actions: ofAxis, totals: totalsOf(ofAxis) };
        });
      const totals = totalsOf(own);
      return {
        code: qpv.code,
        residences: qpv.residences,
        dwellings: qpv.dwellings,
        axes,
        totals,
        claimedPerDwellingCents: qpv.dwellings > 0 ? Math.round(totals.claimedCents / qpv.dwellings) : null,
      };
    }),
  };
}
