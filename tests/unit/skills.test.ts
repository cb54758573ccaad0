import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src-main/core/backend.ts';
import { call, expectError, newBackend, type TestBackend } from './helpers.ts';
import { countRows, runSql, seedHousehold, seedResidence } from './people-fixtures.ts';

const PASSWORD = 'mot-de-passe-du-role';

async function directory(backend: TestBackend) {
  const tilleuls = await seedResidence(backend, { name: 'Les Tilleuls' }, [
    { internalId: 'TIL-1', typology: 'T3', floor: 1 },
    { internalId: 'TIL-2', typology: 'T2', floor: 2 },
  ]);
  const ladre = await seedResidence(backend, { name: 'Résidence Saint-Ladre', address: '12 rue Saint-Ladre' }, [{ internalId: 'SL-1', typology: 'T4', floor: 0 }]);
  const seed = (name: string, dwelling: number | null, firstName: string) =>
    seedHousehold(backend.databaseFile, {
      name,
      dwellingId: dwelling,
      people: [{ familyName: name, firstName }],
      address: dwelling === null ? { line: '1 rue Haute', postcode: '80000', city: 'Amiens' } : undefined,
    }).personIds[0]!;
  return {
    tilleuls: tilleuls.residenceId,
    ladre: ladre.residenceId,
    helene: seed('Lefèvre', tilleuls.dwellingIds['TIL-1']!, 'Hélène'),
    amadou: seed('Diallo', tilleuls.dwellingIds['TIL-2']!, 'Amadou'),
    josiane: seed('Caron', ladre.dwellingIds['SL-1']!, 'Josiane'),
    nonTenant: seed('Martin', null, 'Luc'),
  };
}

async function as(backend: TestBackend, role: 'counter' | 'readonly'): Promise<Connection> {
  await call(backend, 'staff.create', { login: role, displayName: role, role, password: PASSWORD });
  const connection = backend.connect();
  await call(connection, 'auth.login', { login: role, password: PASSWORD });
  return connection;
}

const who = (rows: { personName: string; label: string }[]) => rows.map((row) => `${row.personName}: ${row.label}`);

describe('skills directory', () => {
  it('adds and removes skills per person, and shows them on the household', async () => {
    const backend = await newBackend();
    const { helene } = await directory(backend);
    const added = await call(backend, 'skills.add', { personId: helene, direction: 'offer', category: 'couture', label: '  Ourlets et retouches ', availability: 'Le mercredi après-midi' });
    expect(added).toMatchObject({ personId: helene, direction: 'offer', category: 'couture', label: 'Ourlets et retouches', personName: 'Hélène Lefèvre', residenceName: 'Les Tilleuls' });
    const householdId = added.householdId;
    await call(backend, 'skills.add', { personId: helene, direction: 'want', category: 'informatique', label: 'Apprendre les visios' });
    expect((await call(backend, 'skills.ofHousehold', { id: householdId })).rows.map((row) => [row.direction, row.category])).toEqual([
      ['offer', 'couture'],
      ['want', 'informatique'],
    ]);
    expect(await call(backend, 'skills.remove', { id: added.id })).toEqual({ id: added.id });
    expectError(await backend.invoke('skills.remove', { id: added.id }), 'NOT_FOUND');
    expect(countRows(backend.databaseFile, 'skill')).toBe(1);
  });

  it('refuses an unknown category or direction, an empty label, and a person that does not exist', async () => {
    const backend = await newBackend();
    const { helene } = await directory(backend);
    const bad = expectError(await backend.invoke('skills.add', { personId: helene, direction: 'give', category: 'plomberie', label: ' ' }), 'VALIDATION');
    expect(bad.issues.map((issue) => issue.path)).toEqual(['direction', 'category', 'label']);
    expect(bad.issues[1]?.message).toBe('Choisissez une catégorie dans la liste.');
    expect(expectError(await backend.invoke('skills.add', { personId: 9999, direction: 'offer', category: 'autre', label: 'Tricot' }), 'VALIDATION').issues[0]?.path).toBe('personId');
    expect(countRows(backend.databaseFile, 'skill')).toBe(0);
  });

  it('answers "who can help with sewing in Les Tilleuls?", ignoring accents and case in the label', async () => {
    const backend = await newBackend();
    const { tilleuls, ladre, helene, amadou, josiane, nonTenant } = await directory(backend);
    const add = (personId: number, direction: 'offer' | 'want', category: 'couture' | 'bricolage' | 'informatique' | 'soutien-scolaire', label: string) =>
      call(backend, 'skills.add', { personId, direction, category, label });
    await add(helene, 'offer', 'couture', 'Retouches et ourlets');
    await add(amadou, 'want', 'couture', 'Réparer un manteau');
    await add(josiane, 'offer', 'couture', 'Couture à la machine');
    await add(amadou, 'offer', 'bricolage', 'Réparation de vélos');
    await add(nonTenant, 'offer', 'soutien-scolaire', 'Mathématiques au collège');
    await add(helene, 'want', 'informatique', 'Démarches en ligne (écran)');

    const sewingHelpInTilleuls = await call(backend, 'skills.search', { category: 'couture', direction: 'offer', residenceId: tilleuls });
    expect(sewingHelpInTilleuls).toMatchObject({ total: 1, rows: [{ personName: 'Hélène Lefèvre', residenceName: 'Les Tilleuls', residenceId: tilleuls }] });

    const search = async (query: string, extra: { residenceId?: number | null; direction?: 'offer' | 'want' | null } = {}) =>
      who((await call(backend, 'skills.search', { query, ...extra })).rows);
    // Words are matched in the label and the category's name, without accents or case, all of them.
    // Sorted by residence, then by name.
    expect(await search('COUTURE')).toEqual(['Amadou Diallo: Réparer un manteau', 'Hélène Lefèvre: Retouches et ourlets', 'Josiane Caron: Couture à la machine']);
    expect(await search('velo')).toEqual(['Amadou Diallo: Réparation de vélos']);
    expect(await search('reparation velos')).toEqual(['Amadou Diallo: Réparation de vélos']);
    expect(await search('repar')).toEqual(['Amadou Diallo: Réparer un manteau', 'Amadou Diallo: Réparation de vélos']);
    expect(await search('ecran demarches')).toEqual(['Hélène Lefèvre: Démarches en ligne (écran)']);
    expect(await search('mathematiques')).toEqual(['Luc Martin: Mathématiques au collège']);
    expect(await search('mathematiques', { residenceId: tilleuls })).toEqual([]);
    expect(await search('couture', { residenceId: ladre })).toEqual(['Josiane Caron: Couture à la machine']);
    expect(await search('couture', { direction: 'want' })).toEqual(['Amadou Diallo: Réparer un manteau']);
    expect(await search('plomberie')).toEqual([]);
    expect((await call(backend, 'skills.search', { limit: 2 })).total).toBe(6);
    expect((await call(backend, 'skills.search', { limit: 2 })).rows).toHaveLength(2);
  });

  it('follows the household when it moves out, and never shows an erased person', async () => {
    const backend = await newBackend();
    const { tilleuls, helene, amadou } = await directory(backend);
    await call(backend, 'skills.add', { personId: helene, direction: 'offer', category: 'couture', label: 'Ourlets' });
    await call(backend, 'skills.add', { personId: amadou, direction: 'offer', category: 'couture', label: 'Boutons' });
    runSql(backend.databaseFile, "UPDATE occupancy SET left_on = '2026-01-31' WHERE household_id = (SELECT household_id FROM person WHERE id = ?)", amadou);
    expect(who((await call(backend, 'skills.search', { residenceId: tilleuls })).rows)).toEqual(['Hélène Lefèvre: Ourlets']);
    expect((await call(backend, 'skills.search', { query: 'boutons' })).rows).toMatchObject([{ residenceName: null }]);
    runSql(backend.databaseFile, "UPDATE person SET erased_at = '2026-02-01T00:00:00Z' WHERE id = ?", helene);
    expect(who((await call(backend, 'skills.search', {})).rows)).toEqual(['Amadou Diallo: Boutons']);
  });

  it('belongs to the households module: the counter may add skills, the read-only role may only search', async () => {
    const backend = await newBackend();
    const { helene } = await directory(backend);
    const counter = await as(backend, 'counter');
    const reader = await as(backend, 'readonly');
    const { id } = await call(counter, 'skills.add', { personId: helene, direction: 'offer', category: 'cuisine', label: 'Pâtisserie' });
    expect((await call(reader, 'skills.search', { query: 'patisserie' })).total).toBe(1);
    expectError(await reader.invoke('skills.add', { personId: helene, direction: 'offer', category: 'cuisine', label: 'Tartes' }), 'FORBIDDEN');
    expectError(await reader.invoke('skills.remove', { id }), 'FORBIDDEN');
    expect(countRows(backend.databaseFile, 'skill')).toBe(1);
  });
});
