import { describe, expect, it } from 'vitest';
import { type CellFigure, type Relation, secretCells } from '../../src-main/federation/export/suppression.ts';
import { type IndicatorsFile, recoverableSecrets } from './federation-export-checks.ts';

/** Cells given as name → value, each value made of as many households. */
const counts = (values: Record<string, number>) => new Map<string, CellFigure>(Object.entries(values).map(([name, value]) => [name, { value, households: value }]));

describe('secrecy of a table', () => {
  it('hides 1 to threshold − 1 households, never zero nor the threshold itself', () => {
    const cells = new Map<string, CellFigure>([
      ['zero', { value: 0, households: 0 }],
      ['one', { value: 1, households: 1 }],
      ['four', { value: 4, households: 4 }],
      ['five', { value: 5, households: 5 }],
      ['busy household', { value: 12, households: 2 }],
    ]);
    expect([...secretCells(cells, [], 5, true)].sort()).toEqual(['busy household', 'four', 'one']);
    expect([...secretCells(cells, [], 3, true)].sort()).toEqual(['busy household', 'one']);
  });

  it('judges an amount by its households only', () => {
    const cells = new Map<string, CellFigure>([
      ['small amount, many households', { value: 2, households: 8 }],
      ['large amount, one household', { value: 900, households: 1 }],
    ]);
    expect([...secretCells(cells, [], 5, false)]).toEqual(['large amount, one household']);
  });

  it('hides the smallest non-zero sibling with a lone secret part, then the total above when a total goes secret', () => {
    const relations: Relation[] = [
      { parent: 'office', children: ['qpvA', 'qpvB'] },
      { parent: 'qpvA', children: ['r1', 'r2', 'r3', 'r4'] },
      { parent: 'qpvB', children: ['r5'] },
    ];
    const secret = secretCells(counts({ office: 62, qpvA: 32, qpvB: 30, r1: 2, r2: 0, r3: 20, r4: 10, r5: 30 }), relations, 5, true);
    // r1 is small; r2 is zero (hiding it would protect nothing), so r4 (10) goes with it.
    expect([...secret].sort()).toEqual(['r1', 'r4']);

    const lonely = secretCells(counts({ office: 33, qpvA: 30, qpvB: 3, r1: 10, r2: 20, r3: 0, r4: 0, r5: 3 }), relations, 5, true);
    // r5 and qpvB are small; the office relation then holds one secret: qpvA goes, then one of its residences.
    expect([...lonely].sort()).toEqual(['qpvA', 'qpvB', 'r1', 'r5']);
  });

  it('hides a part when the total alone is secret, and falls back on the total when every sibling is zero', () => {
    const relations: Relation[] = [{ parent: 'total', children: ['a', 'b', 'c'] }];
    const cells = new Map<string, CellFigure>([
      ['total', { value: 9, households: 3 }],
      ['a', { value: 0, households: 0 }],
      ['b', { value: 6, households: 2 }],
      ['c', { value: 3, households: 1 }],
    ]);
    expect([...secretCells(cells, relations, 5, true)].sort()).toEqual(['b', 'c', 'total']);
    const onlyTotal = new Map<string, CellFigure>([
      ['total', { value: 8, households: 2 }],
      ['a', { value: 0, households: 0 }],
      ['b', { value: 8, households: 6 }],
      ['c', { value: 0, households: 0 }],
    ]);
    expect([...secretCells(onlyTotal, relations, 5, true)].sort()).toEqual(['b', 'total']);
    const zeros = counts({ total: 10, a: 2, b: 0, c: 0 });
    expect([...secretCells(zeros, relations, 5, true)].sort()).toEqual(['a', 'total']);
  });
});

describe('the outsider’s check', () => {
  it('recomputes a secret cell left alone in a relation, and one given away across two levels', () => {
    const cell = (group: string, value: number | null) => ({ group, value, secret: value === null });
    const file = (office: number | null, qpv: [number | null, number | null], residences: [number | null, number | null, number | null]): IndicatorsFile =>
      ({
        groups: {
          qpv: [{ code: 'QN08001M' }, { code: 'HORS_QPV' }],
          residences: [
            { code: 'R1', name: 'Un', qpv: 'QN08001M' },
            { code: 'R2', name: 'Deux', qpv: 'QN08001M' },
            { code: 'HORS_PARC', name: 'Hors parc', qpv: 'HORS_QPV' },
          ],
          axes: [],
          membershipTypes: [],
        },
        indicators: [
          {
            id: 'foyers_touches',
            label: '',
            unit: 'foyers',
            sensitive: true,
            tables: [
              { level: 'bureau', additive: false, cells: [cell('BUREAU', office)] },
              { level: 'qpv', additive: true, cells: [cell('QN08001M', qpv[0]), cell('HORS_QPV', qpv[1])] },
              { level: 'residence', additive: true, cells: [cell('R1', residences[0]), cell('R2', residences[1]), cell('HORS_PARC', residences[2])] },
            ],
          },
        ],
      }) as unknown as IndicatorsFile;
    const check = (f: IndicatorsFile) => recoverableSecrets(f, f.indicators[0]!);
    expect(check(file(30, [20, 10], [null, 18, 10]))).toEqual(['residence:R1']);
    // Two secret residences, but the QPV is secret too and the office total gives it back (20), then R1 + R2 = 20 only.
    expect(check(file(30, [null, 10], [null, null, 10]))).toEqual(['qpv:QN08001M']);
    // HORS_QPV holds only the visible "hors parc" (10): it is given back, and QPV A with it (30 − 10).
    expect(check(file(30, [null, null], [null, null, 10]))).toEqual(['qpv:QN08001M', 'qpv:HORS_QPV']);
    expect(check(file(30, [null, null], [null, null, null]))).toEqual([]);
  });
});
