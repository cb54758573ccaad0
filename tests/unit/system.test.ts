import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.ts';
import { DEMO_RESIDENCES } from '../../src-main/demo/residences.ts';
import { call, expectError, newBackend, residenceInput, rowCounts } from './helpers.ts';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('system.info and demo.fill', () => {
  it('reports the version and schema, and flips "empty" once the office has a residence', async () => {
    const backend = await newBackend();
    expect(await call(backend, 'system.info', {})).toEqual({
      version: packageVersion,
      schemaVersion: migrations.at(-1)?.version,
      empty: true,
    });
    await call(backend, 'residences.create', residenceInput());
    expect((await call(backend, 'system.info', {})).empty).toBe(false);
  });

  it('fills the community side too: skills, follow-ups with consent (some overdue), exchange wishes that match', async () => {
    const backend = await newBackend();
    await call(backend, 'demo.fill', {});
    expect((await call(backend, 'skills.search', { query: 'couture' })).rows.length).toBeGreaterThan(0);
    const followups = (await call(backend, 'followup.list', {})).rows;
    expect(followups.length).toBeGreaterThanOrEqual(3);
    expect((await call(backend, 'followup.overdue', {})).rows.length).toBeGreaterThan(0);
    const first = await call(backend, 'followup.get', { id: followups[0]!.id });
    expect(first.consent.proof).not.toBe('');
    expect((await call(backend, 'exchange.matches', {})).rows.length).toBeGreaterThan(0);
  });

  it('fills an empty office with 12 residences in and out of QPV, with their dwellings', async () => {
    const backend = await newBackend();
    const expectedDwellings = DEMO_RESIDENCES.reduce((sum, r) => sum + r.buildings.length * (r.floors + 1) * r.perLanding, 0);

    const filled = await call(backend, 'demo.fill', {});

    expect(filled).toEqual({ residences: 12, dwellings: expectedDwellings });
    expect(rowCounts(backend)).toEqual({ residences: 12, dwellings: expectedDwellings });
    expect((await call(backend, 'system.info', {})).empty).toBe(false);
    const inside = await call(backend, 'residences.list', { qpv: 'in' });
    const outside = await call(backend, 'residences.list', { qpv: 'out' });
    expect(inside.total).toBeGreaterThan(0);
    expect(outside.total).toBeGreaterThan(0);
    expect(inside.total + outside.total).toBe(12);
    const { rows } = await call(backend, 'residences.list', {});
    expect(rows.reduce((sum, row) => sum + row.dwellingCount, 0)).toBe(expectedDwellings);
    expect(rows.every((row) => row.dwellingCount > 0)).toBe(true);
    // What a person types without accents finds the demo residence.
    expect((await call(backend, 'residences.list', { search: 'etouvie cedre' })).rows.map((r) => r.name)).toEqual(['Étouvie — Le Cèdre']);
  });

  it('refuses to fill twice, or to fill an office that already has data, with CONFLICT and no write', async () => {
    const backend = await newBackend();
    await call(backend, 'demo.fill', {});
    const before = rowCounts(backend);
    expect(expectError(await backend.invoke('demo.fill', {}), 'CONFLICT').message).toMatch(/base vide/);
    expect(rowCounts(backend)).toEqual(before);

    const other = await newBackend();
    await call(other, 'residences.create', residenceInput());
    expectError(await other.invoke('demo.fill', {}), 'CONFLICT');
    expect(rowCounts(other)).toEqual({ residences: 1, dwellings: 0 });
  });
});
