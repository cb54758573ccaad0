import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/*
 * Checks of an exported indicators file made from the outside, as a receiver (or an attacker) would: only the files
 * themselves and the rules published in resources/federation are used, never the export's own code.
 */

export interface Cell {
  group: string;
  value: number | null;
  secret: boolean;
}
export interface Table {
  level: string;
  additive: boolean;
  cells: Cell[];
}
export interface Indicator {
  id: string;
  label: string;
  unit: string;
  sensitive: boolean;
  tables: Table[];
}
export interface IndicatorsFile {
  schemaVersion: string;
  period: { from: string; to: string };
  office: { name: string; siren: string | null };
  suppression: { threshold: number; roundingEuros: number };
  groups: { qpv: { code: string }[]; residences: { code: string; name: string; qpv: string }[]; axes: { code: string }[]; membershipTypes: { code: string; name: string }[] };
  indicators: Indicator[];
}

const FORMAT = join(import.meta.dirname, '..', '..', 'resources', 'federation');

/** The repository's schema, compiled by a validator of its own. */
export const validateAgainstRepositorySchema = new Ajv2020({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(join(FORMAT, 'indicateurs-1.0.schema.json'), 'utf8')) as object,
);

export const cellOf = (indicator: Indicator, level: string, group: string): Cell => {
  const cell = indicator.tables.find((table) => table.level === level)?.cells.find((c) => c.group === group);
  if (!cell) expect.fail(`${indicator.id}: no cell ${level}/${group}`);
  return cell;
};

export const indicatorOf = (file: IndicatorsFile, id: string): Indicator => {
  const indicator = file.indicators.find((i) => i.id === id);
  if (!indicator) expect.fail(`no indicator ${id}`);
  return indicator;
};

interface Relation {
  parent: Cell;
  children: Cell[];
}

/** The additive relations the format describes (format-indicateurs.md), read from the file's own groups and flags. */
export function relationsOf(file: IndicatorsFile, indicator: Indicator): Relation[] {
  const table = (level: string) => indicator.tables.find((t) => t.level === level);
  const office = cellOf(indicator, 'bureau', 'BUREAU');
  const relations: Relation[] = [];
  for (const level of ['qpv', 'axe', 'type_adhesion']) {
    const t = table(level);
    if (t?.additive) relations.push({ parent: office, children: t.cells });
  }
  const residences = table('residence');
  if (residences?.additive) {
    for (const qpv of file.groups.qpv) {
      const inQpv = new Set(file.groups.residences.filter((r) => r.qpv === qpv.code).map((r) => r.code));
      relations.push({ parent: cellOf(indicator, 'qpv', qpv.code), children: residences.cells.filter((c) => inQpv.has(c.group)) });
    }
  }
  return relations;
}

/**
 * The secret cells an attacker could compute exactly: each additive relation is an equation (parent − Σ children = 0)
 * over the secret cells, the visible ones being known; a secret cell is given away when its unit vector lies in the
 * span of those equations (Gaussian elimination over every relation of the indicator at once).
 */
export function recoverableSecrets(file: IndicatorsFile, indicator: Indicator): string[] {
  const relations = relationsOf(file, indicator);
  const names = new Map<Cell, string>();
  for (const t of indicator.tables) for (const c of t.cells) names.set(c, `${t.level}:${c.group}`);
  const unknowns = [...new Set(relations.flatMap((r) => [r.parent, ...r.children]).filter((c) => c.secret))];
  const index = new Map(unknowns.map((cell, i) => [cell, i]));
  const rows = relations.map((r) => {
    const row = new Array<number>(unknowns.length).fill(0);
    if (r.parent.secret) row[index.get(r.parent)!]! += 1;
    for (const child of r.children) if (child.secret) row[index.get(child)!]! -= 1;
    return row;
  });
  const rank = (matrix: number[][]) => {
    const m = matrix.map((row) => [...row]);
    let r = 0;
    for (let col = 0; col < unknowns.length && r < m.length; col++) {
      const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[col]!) > 1e-9);
      if (pivot < 0) continue;
      [m[r], m[pivot]] = [m[pivot]!, m[r]!];
      for (let i = 0; i < m.length; i++) {
        if (i === r || Math.abs(m[i]![col]!) < 1e-9) continue;
        const factor = m[i]![col]! / m[r]![col]!;
        m[i] = m[i]!.map((v, j) => v - factor * m[r]![j]!);
      }
      r++;
    }
    return r;
  };
  const base = rank(rows);
  return unknowns.filter((cell) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[index.get(cell)!] = 1;
    return rank([...rows, unit]) === base;
  }).map((cell) => names.get(cell)!);
}

/** Every rule of the secret an outsider can check on one file. */
export function expectSecretKept(file: IndicatorsFile): void {
  const threshold = file.suppression.threshold;
  for (const indicator of file.indicators) {
    if (!indicator.sensitive) {
      expect(indicator.tables.flatMap((t) => t.cells).some((c) => c.secret), indicator.id).toBe(false);
      continue;
    }
    for (const t of indicator.tables) {
      for (const c of t.cells) {
        if (c.secret) expect(c.value, `${indicator.id} ${t.level}/${c.group}`).toBeNull();
        else if (indicator.unit !== 'euros') {
          expect(c.value! === 0 || c.value! >= threshold, `${indicator.id} ${t.level}/${c.group} = ${c.value}`).toBe(true);
        }
      }
    }
    for (const relation of relationsOf(file, indicator)) {
      const secrets = [relation.parent, ...relation.children].filter((c) => c.secret).length;
      expect(secrets, `${indicator.id}: a relation with one secret cell`).not.toBe(1);
    }
    expect(recoverableSecrets(file, indicator), indicator.id).toEqual([]);
  }
}

/** Where the file says cells add up, the visible ones do (amounts: within the rounding of each cell). */
export function expectAdditiveClaimsHold(file: IndicatorsFile): void {
  for (const indicator of file.indicators) {
    for (const { parent, children } of relationsOf(file, indicator)) {
      if (parent.secret || children.some((c) => c.secret)) continue;
      const sum = children.reduce((total, c) => total + c.value!, 0);
      const slack = indicator.unit === 'euros' ? (file.suppression.roundingEuros / 2) * (children.length + 1) : 0;
      expect(Math.abs(sum - parent.value!), `${indicator.id}: ${sum} vs ${parent.value}`).toBeLessThanOrEqual(slack);
    }
  }
}

/** French ways of writing a phone stored in E.164 (+33 6 12 34 56 78 → 06 12 34 56 78, 0612345678…). */
export function phoneForms(e164: string): string[] {
  const national = `0${e164.slice(3)}`;
  return [e164, national, national.replace(/(\d{2})(?=\d)/g, '$1 '), national.replace(/(\d{2})(?=\d)/g, '$1.')];
}

/** ISO and French forms of a date. */
export const dateForms = (iso: string) => [iso, `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`];

/** The personal data found in a text (case-insensitive, accents kept), as "kind: value". */
export function personalDataIn(text: string, data: Record<string, string[]>): string[] {
  const haystack = text.toLowerCase();
  return Object.entries(data).flatMap(([kind, values]) => values.filter((v) => v !== '' && haystack.includes(v.toLowerCase())).map((v) => `${kind}: ${v}`));
}
