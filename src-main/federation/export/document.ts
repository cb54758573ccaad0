import type { SyncDb } from '../../../db/query.ts';
import { TFPB_AXES } from '../../agenda/events/fields.ts';
import type { ExportPeriod } from './bundle.ts';
import {
  axisGroup,
  type IndicatorDefinition,
  type IndicatorId,
  type Level,
  NO_AXIS,
  OFFICE_GROUP,
  OUTSIDE_QPV,
  OUTSIDE_STOCK,
  residenceGroup,
  roundEuros,
  ROUNDING_EUROS,
  type Unit,
  typeGroup,
} from './indicators.ts';
import type { GroupFigure } from './figures.ts';
import { type CellFigure, type Relation, secretCells } from './suppression.ts';

/* The indicators document (format 1.0): every level's table of every indicator, with its secret cells. */

export interface Cell {
  group: string;
  value: number | null;
  secret: boolean;
}

export interface Table {
  level: Level;
  additive: boolean;
  cells: Cell[];
}

export interface IndicatorTable {
  id: IndicatorId;
  label: string;
  unit: Unit;
  sensitive: boolean;
  tables: Table[];
}

export interface Groups {
  qpv: { code: string; label: string }[];
  residences: { code: string; name: string; qpv: string }[];
  axes: { code: string; label: string }[];
  membershipTypes: { code: string; name: string }[];
}

export interface IndicatorsDocument {
  schemaVersion: string;
  generator: { name: 'Voisinage'; version: string };
  generatedAt: string;
  period: ExportPeriod;
  office: { name: string; siren: string | null };
  suppression: { threshold: number; roundingEuros: number };
  groups: Groups;
  indicators: IndicatorTable[];
}

/**
 * The groups of each level: every residence still in the stock at the start of the period (or with figures), the
 * QPV among them, the eight TFPB axes, the membership types; "hors QPV", "hors parc" and "sans axe" gather the rest.
 */
export function exportGroups(db: SyncDb, period: ExportPeriod, figures: Iterable<GroupFigure>): Groups {
  const used = { residence: new Set<number>(), qpv: new Set<string>(), type: new Set<number>() };
  for (const figure of figures) {
    if (figure.key === null) continue;
    if (figure.level === 'residence') used.residence.add(Number(figure.key));
    if (figure.level === 'qpv') used.qpv.add(String(figure.key));
    if (figure.level === 'type_adhesion') used.type.add(Number(figure.key));
  }
  const residences = db
    .all(db.q.selectFrom('residence').select(['id', 'name', 'qpv_code', 'archived_at']).orderBy('sort_name').orderBy('id'))
    .filter((row) => row.archived_at === null || row.archived_at >= period.from || used.residence.has(row.id));
  const qpvCodes = [...new Set([...residences.flatMap((row) => (row.qpv_code ? [row.qpv_code] : [])), ...used.qpv])].sort();
  const types = db
    .all(db.q.selectFrom('membership_type').select(['id', 'name', 'archived_at']).orderBy('id'))
    .filter((row) => row.archived_at === null || used.type.has(row.id));
  return {
    qpv: [...qpvCodes.map((code) => ({ code, label: code })), { code: OUTSIDE_QPV, label: 'Hors QPV (et hors parc)' }],
    residences: [
      ...residences.map((row) => ({ code: residenceGroup(row.id), name: row.name, qpv: row.qpv_code ?? OUTSIDE_QPV })),
      { code: OUTSIDE_STOCK, name: 'Hors parc (non-locataires, personnes non connues)', qpv: OUTSIDE_QPV },
    ],
    axes: [...Object.entries(TFPB_AXES).map(([axis, label]) => ({ code: axisGroup(Number(axis)), label: `Axe ${axis} : ${label}` })), { code: NO_AXIS, label: 'Sans axe TFPB' }],
    membershipTypes: types.map((row) => ({ code: typeGroup(row.id), name: row.name })),
  };
}

/** The group code of a figure's key at its level. */
function groupOf(figure: GroupFigure): string {
  switch (figure.level) {
    case 'bureau':
      return OFFICE_GROUP;
    case 'qpv':
      return figure.key === null ? OUTSIDE_QPV : String(figure.key);
    case 'residence':
      return residenceGroup(figure.key === null ? null : Number(figure.key));
    case 'axe':
      return axisGroup(figure.key === null ? null : Number(figure.key));
    case 'type_adhesion':
      return typeGroup(Number(figure.key));
  }
}

function groupCodes(groups: Groups, level: Level): string[] {
  switch (level) {
    case 'bureau':
      return [OFFICE_GROUP];
    case 'qpv':
      return groups.qpv.map((group) => group.code);
    case 'residence':
      return groups.residences.map((group) => group.code);
    case 'axe':
      return groups.axes.map((group) => group.code);
    case 'type_adhesion':
      return groups.membershipTypes.map((group) => group.code);
  }
}

const cellName = (level: Level, group: string) => `${level}:${group}`;

/** The additive relations of an indicator: QPV → office, residences → their QPV, axes or types → office. */
function relationsOf(definition: IndicatorDefinition, groups: Groups): Relation[] {
  const office = cellName('bureau', OFFICE_GROUP);
  const relations: Relation[] = [];
  for (const level of definition.additive) {
    if (level === 'residence') {
      for (const qpv of groups.qpv) {
        const children = groups.residences.filter((residence) => residence.qpv === qpv.code).map((residence) => cellName('residence', residence.code));
        relations.push({ parent: cellName('qpv', qpv.code), children });
      }
    } else {
      relations.push({ parent: office, children: groupCodes(groups, level).map((group) => cellName(level, group)) });
    }
  }
  return relations;
}

/** One indicator's tables: every group of each level (zero when nothing happened), rounded, then secrecy applied. */
export function indicatorTables(definition: IndicatorDefinition, figures: readonly GroupFigure[], groups: Groups, threshold: number): IndicatorTable {
  const cells = new Map<string, CellFigure>();
  for (const level of definition.levels) {
    for (const group of groupCodes(groups, level)) cells.set(cellName(level, group), { value: 0, households: 0 });
  }
  for (const figure of figures) {
    const value = definition.unit === 'euros' ? roundEuros(figure.value) : figure.value;
    cells.set(cellName(figure.level, groupOf(figure)), { value, households: figure.households });
  }
  const secret = definition.sensitive ? secretCells(cells, relationsOf(definition, groups), threshold, definition.unit !== 'euros') : new Set<string>();
  return {
    id: definition.id,
    label: definition.unit === 'euros' ? `${definition.label} (€, arrondi à ${ROUNDING_EUROS} €)` : definition.label,
    unit: definition.unit,
    sensitive: definition.sensitive,
    tables: definition.levels.map((level) => ({
      level,
      additive: definition.additive.includes(level),
      cells: groupCodes(groups, level).map((group) => {
        const name = cellName(level, group);
        return secret.has(name) ? { group, value: null, secret: true } : { group, value: cells.get(name)!.value, secret: false };
      }),
    })),
  };
}
