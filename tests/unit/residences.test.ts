import { describe, expect, it } from 'vitest';
import { type TestBackend, call, createResidences, dwellingInput, expectError, newBackend, residenceInput, rowCounts } from './helpers.ts';

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

async function search(backend: TestBackend, text: string): Promise<string[]> {
  return names((await call(backend, 'residences.list', { search: text, limit: 500 })).rows);
}

describe('residences: create, read, update', () => {
  it('creates a residence with its dwellings, normalised, and reads it back', async () => {
    const backend = await newBackend();
    const created = await call(
      backend,
      'residences.create',
      residenceInput({
        name: '  Étouvie — Le Cèdre ',
        address: '8 avenue de la Paix',
        postcode: '80080',
        inseeCode: '80021',
        qpvCode: 'qn08001m',
        qpvCheckedOn: '2024-01-15',
        yearBuilt: 1975,
        dwellings: [
          dwellingInput('CED-102', { floor: 1, door: '102', rplsId: 'ab12', typology: 'T4', building: '1' }),
          dwellingInput('CED-001', { floor: 0, door: '001', typology: 'T2', surfaceM2: 45, building: '1' }),
        ],
      }),
    );
    expect(created).toMatchObject({
      name: 'Étouvie — Le Cèdre',
      qpvCode: 'QN08001M',
      inseeCode: '80021',
      yearBuilt: 1975,
      dwellingCount: 2,
      archivedAt: null,
    });
    // Dwellings come back floor by floor; the RPLS id is stored in capitals.
    expect(created.dwellings.map((d) => [d.internalId, d.floor, d.rplsId, d.typology])).toEqual([
      ['CED-001', 0, null, 'T2'],
      ['CED-102', 1, 'AB12', 'T4'],
    ]);
    expect(await call(backend, 'residences.get', { id: created.id })).toEqual(created);
    expect(rowCounts(backend)).toEqual({ residences: 1, dwellings: 2 });
  });

  it('answers NOT_FOUND for an unknown residence', async () => {
    const backend = await newBackend();
    expect(expectError(await backend.invoke('residences.get', { id: 4242 }), 'NOT_FOUND').message).toBe('Résidence introuvable.');
  });

  it('updates the fields of a residence and keeps its dwellings', async () => {
    const backend = await newBackend();
    const { id } = await call(backend, 'residences.create', residenceInput({ dwellings: [dwellingInput('TIL-1')] }));
    const updated = await call(backend, 'residences.update', {
      ...residenceInput({ name: 'Les Tilleuls (rénovée)', city: 'Amiens', qpvCode: 'QN08003M' }),
      id,
      notes: 'Ravalement 2025',
    });
    expect(updated).toMatchObject({ id, name: 'Les Tilleuls (rénovée)', qpvCode: 'QN08003M', notes: 'Ravalement 2025', dwellingCount: 1 });
    expect(await search(backend, 'renovee')).toEqual(['Les Tilleuls (rénovée)']);
    expect(await search(backend, 'tilleuls')).toEqual(['Les Tilleuls (rénovée)']);
  });

  it('adds, edits and archives dwellings; archived ones leave the count', async () => {
    const backend = await newBackend();
    const { id } = await call(backend, 'residences.create', residenceInput({ dwellings: [dwellingInput('TIL-1')] }));
    const added = await call(backend, 'dwellings.add', { ...dwellingInput('TIL-2', { typology: 'T5' }), residenceId: id });
    const edited = await call(backend, 'dwellings.update', { ...dwellingInput('TIL-2', { typology: 'T4', floor: 3 }), id: added.id });
    expect(edited).toMatchObject({ id: added.id, residenceId: id, typology: 'T4', floor: 3 });
    expect((await call(backend, 'residences.get', { id })).dwellingCount).toBe(2);
    await call(backend, 'dwellings.archive', { id: added.id });
    const residence = await call(backend, 'residences.get', { id });
    expect(residence.dwellingCount).toBe(1);
    expect(residence.dwellings.find((d) => d.id === added.id)?.archivedAt).not.toBeNull();
  });
});

describe('residences: archive and restore', () => {
  it('hides an archived residence unless asked, refuses to edit it, and restores it', async () => {
    const backend = await newBackend();
    const [, archivedId] = (await createResidences(backend, [
      residenceInput({ name: 'Les Tilleuls' }),
      residenceInput({ name: 'Cité Jules-Verne' }),
    ])) as [number, number];
    const archived = await call(backend, 'residences.archive', { id: archivedId });
    expect(archived.archivedAt).not.toBeNull();
    expect(names((await call(backend, 'residences.list', {})).rows)).toEqual(['Les Tilleuls']);
    expect(names((await call(backend, 'residences.list', { includeArchived: true })).rows)).toEqual([
      'Cité Jules-Verne',
      'Les Tilleuls',
    ]);

    const edit = await backend.invoke('residences.update', { ...residenceInput({ name: 'Cité Jules-Verne' }), id: archivedId, notes: 'x' });
    expect(expectError(edit, 'CONFLICT').message).toMatch(/archivée/);
    expectError(await backend.invoke('dwellings.add', { ...dwellingInput('JV-1'), residenceId: archivedId }), 'CONFLICT');
    expect((await call(backend, 'residences.get', { id: archivedId })).notes).toBe('');

    const restored = await call(backend, 'residences.restore', { id: archivedId });
    expect(restored.archivedAt).toBeNull();
    expect((await call(backend, 'residences.list', {})).total).toBe(2);
    const edited = await call(backend, 'residences.update', { ...residenceInput({ name: 'Cité Jules-Verne' }), id: archivedId, notes: 'x' });
    expect(edited.notes).toBe('x');
  });
});

describe('residences: uniqueness', () => {
  it('refuses a duplicate name whatever its case and accents, naming the existing residence', async () => {
    const backend = await newBackend();
    const [cedreId, tilleulsId] = (await createResidences(backend, [
      residenceInput({ name: 'Étouvie — Le Cèdre' }),
      residenceInput({ name: 'Les Tilleuls' }),
    ])) as [number, number];

    for (const name of ['ETOUVIE — LE CEDRE', 'étouvie — le cèdre', '  Etouvie —  Le  Cedre ']) {
      const error = expectError(await backend.invoke('residences.create', residenceInput({ name })), 'VALIDATION');
      expect(error.issues).toEqual([{ path: 'name', message: 'Une résidence porte déjà ce nom : « Étouvie — Le Cèdre ».' }]);
    }
    // Renaming another residence to it is refused too; keeping one's own name (in another case) is not.
    expectError(await backend.invoke('residences.update', { ...residenceInput({ name: 'etouvie — le cedre' }), id: tilleulsId }), 'VALIDATION');
    await call(backend, 'residences.update', { ...residenceInput({ name: 'ÉTOUVIE — LE CÈDRE' }), id: cedreId });
    expect(rowCounts(backend).residences).toBe(2);
  });

  it('refuses an internal or RPLS id already used, naming the residence that holds it', async () => {
    const backend = await newBackend();
    await call(
      backend,
      'residences.create',
      residenceInput({ name: 'Les Tilleuls', dwellings: [dwellingInput('TIL-001', { rplsId: '80001000011' }), dwellingInput('TIL-002')] }),
    );
    const { id: otherId, dwellings } = await call(
      backend,
      'residences.create',
      residenceInput({ name: 'Pierre-Rollin', dwellings: [dwellingInput('PR-001')] }),
    );

    const internal = expectError(
      await backend.invoke('residences.create', residenceInput({ name: 'Le Pré-Porus', dwellings: [dwellingInput('TIL-002')] })),
      'VALIDATION',
    );
    expect(internal.issues).toEqual([
      { path: 'dwellings.0.internalId', message: "L'identifiant interne « TIL-002 » est déjà utilisé (résidence « Les Tilleuls »)." },
    ]);

    const rpls = expectError(
      await backend.invoke('dwellings.add', { ...dwellingInput('PR-002', { rplsId: '80001000011' }), residenceId: otherId }),
      'VALIDATION',
    );
    expect(rpls.issues).toEqual([
      { path: 'rplsId', message: "L'identifiant RPLS « 80001000011 » est déjà utilisé (résidence « Les Tilleuls »)." },
    ]);

    const renamed = expectError(
      await backend.invoke('dwellings.update', { ...dwellingInput('TIL-001'), id: dwellings[0]!.id }),
      'VALIDATION',
    );
    expect(renamed.issues[0]?.path).toBe('internalId');
    // A dwelling keeps its own ids when edited.
    await call(backend, 'dwellings.update', { ...dwellingInput('PR-001', { floor: 2 }), id: dwellings[0]!.id });
    expect(rowCounts(backend)).toEqual({ residences: 2, dwellings: 3 });
  });
});

describe('residences: field validation', () => {
  it.each([
    ['QN08001M', 'QN08001M'],
    ['qn08001m', 'QN08001M'],
    [' QN02A01M ', 'QN02A01M'], // Corsica: the department on 3 characters is 02A / 02B
    ['QP801234', 'QP801234'], // the 2015 list
  ])('accepts the QPV code %j as %j', async (given, stored) => {
    const backend = await newBackend();
    expect((await call(backend, 'residences.create', residenceInput({ qpvCode: given }))).qpvCode).toBe(stored);
  });

  it.each(['QN123', 'QN2A001M', 'QN080011', 'QX08001M', 'QP80123', 'QN08001MM', ''])(
    'refuses the QPV code %j in French on the qpvCode field',
    async (qpvCode) => {
      const backend = await newBackend();
      const error = expectError(await backend.invoke('residences.create', residenceInput({ qpvCode })), 'VALIDATION');
      expect(error.issues).toEqual([{ path: 'qpvCode', message: expect.stringMatching(/^Code QPV invalide/) }]);
      expect(rowCounts(backend).residences).toBe(0);
    },
  );

  it('refuses a 4-digit postcode and accepts the 5-digit one', async () => {
    const backend = await newBackend();
    const error = expectError(await backend.invoke('residences.create', residenceInput({ postcode: '2100' })), 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'postcode', message: 'Le code postal doit comporter 5 chiffres (ex. 02100).' }]);
    expect((await call(backend, 'residences.create', residenceInput({ postcode: '02100' }))).postcode).toBe('02100');
  });
});

describe('residences: list, search, sort, page', () => {
  const office = [
    residenceInput({ name: 'Étouvie — Le Cèdre', postcode: '80080', qpvCode: 'QN08001M', dwellings: [dwellingInput('C1'), dwellingInput('C2'), dwellingInput('C3')] }),
    residenceInput({ name: 'Zola', city: 'Doullens', postcode: '80600' }),
    residenceInput({ name: 'Eden', qpvCode: 'QN08003M', dwellings: [dwellingInput('E1')] }),
    residenceInput({ name: 'Abbaye', city: 'Abbeville', postcode: '80100', dwellings: [dwellingInput('A1'), dwellingInput('A2')] }),
    residenceInput({ name: 'Fauvettes' }),
    residenceInput({ name: 'Résidence 100% Somme', city: 'Albert', postcode: '80300' }),
    residenceInput({ name: 'Îlot A_B', city: 'Corbie', postcode: '80800' }),
    residenceInput({ name: 'La Bastide', city: 'Corbie', postcode: '80800' }),
  ];
  const byFrenchName = ['Abbaye', 'Eden', 'Étouvie — Le Cèdre', 'Fauvettes', 'Îlot A_B', 'La Bastide', 'Résidence 100% Somme', 'Zola'];

  async function officeBackend(): Promise<TestBackend> {
    const backend = await newBackend();
    await createResidences(backend, office);
    return backend;
  }

  it('finds residences whatever the accents and case, by every word in any order', async () => {
    const backend = await officeBackend();
    expect(await search(backend, 'etouvie')).toEqual(['Étouvie — Le Cèdre']);
    expect(await search(backend, 'CEDRE')).toEqual(['Étouvie — Le Cèdre']);
    expect(await search(backend, 'cèdre ÉTOU')).toEqual(['Étouvie — Le Cèdre']);
    expect(await search(backend, 'le cedre amiens')).toEqual(['Étouvie — Le Cèdre']); // name and city words
    expect(await search(backend, 'cedre doullens')).toEqual([]);
    expect(await search(backend, 'ilot')).toEqual(['Îlot A_B']);
    expect(await search(backend, '80080')).toEqual(['Étouvie — Le Cèdre']); // postcode
    expect(await search(backend, 'qn08001m')).toEqual(['Étouvie — Le Cèdre']); // QPV code
    expect(await search(backend, '   ')).toEqual(byFrenchName);
  });

  it('searches LIKE wildcards literally', async () => {
    const backend = await officeBackend();
    expect(await search(backend, '%')).toEqual(['Résidence 100% Somme']);
    expect(await search(backend, '_')).toEqual(['Îlot A_B']);
    // Unescaped, "a_b" would also match the "a B" of "La Bastide".
    expect(await search(backend, 'a_b')).toEqual(['Îlot A_B']);
    expect(await search(backend, '\\')).toEqual([]);
  });

  it('sorts by name the French way (É among the E, Î among the I), both directions', async () => {
    const backend = await officeBackend();
    expect(names((await call(backend, 'residences.list', {})).rows)).toEqual(byFrenchName);
    expect(names((await call(backend, 'residences.list', { direction: 'desc' })).rows)).toEqual([...byFrenchName].reverse());
  });

  it('sorts by town the French way, ties by name', async () => {
    const backend = await newBackend();
    await createResidences(backend, [
      residenceInput({ name: 'Un', city: 'Évreux', postcode: '27000' }),
      residenceInput({ name: 'Deux', city: 'amiens', postcode: '80000' }),
      residenceInput({ name: 'Trois', city: 'Vernon', postcode: '27200' }),
      residenceInput({ name: 'Quatre', city: 'Elbeuf', postcode: '76500' }),
    ]);
    const { rows } = await call(backend, 'residences.list', { sort: 'city' });
    expect(rows.map((row) => row.city)).toEqual(['amiens', 'Elbeuf', 'Évreux', 'Vernon']);
  });

  it('sorts by dwelling count, ties by name', async () => {
    const backend = await officeBackend();
    const { rows } = await call(backend, 'residences.list', { sort: 'dwellingCount', direction: 'desc' });
    expect(rows.map((row) => [row.name, row.dwellingCount])).toEqual([
      ['Étouvie — Le Cèdre', 3],
      ['Abbaye', 2],
      ['Eden', 1],
      ['Fauvettes', 0],
      ['Îlot A_B', 0],
      ['La Bastide', 0],
      ['Résidence 100% Somme', 0],
      ['Zola', 0],
    ]);
  });

  it('pages in SQL: offset and limit give consecutive slices, total counts them all', async () => {
    const backend = await officeBackend();
    const pages = [];
    for (const offset of [0, 3, 6]) pages.push(await call(backend, 'residences.list', { offset, limit: 3 }));
    expect(pages.map((page) => page.rows.length)).toEqual([3, 3, 2]);
    expect(pages.map((page) => page.total)).toEqual([8, 8, 8]);
    expect(pages.flatMap((page) => names(page.rows))).toEqual(byFrenchName);
    const filtered = await call(backend, 'residences.list', { search: 'corbie', limit: 1 });
    expect([filtered.rows.length, filtered.total]).toEqual([1, 2]);
  });

  it('filters residences in and out of QPV', async () => {
    const backend = await officeBackend();
    const inside = await call(backend, 'residences.list', { qpv: 'in' });
    const outside = await call(backend, 'residences.list', { qpv: 'out' });
    expect(names(inside.rows)).toEqual(['Eden', 'Étouvie — Le Cèdre']);
    expect(inside.total).toBe(2);
    expect(outside.total).toBe(6);
    expect(outside.rows.every((row) => row.qpvCode === null)).toBe(true);
    expect(names((await call(backend, 'residences.list', { qpv: 'in', search: 'eden' })).rows)).toEqual(['Eden']);
  });
});
