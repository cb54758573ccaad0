import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { occupancyOf, roomsNeeded } from '../../src-main/exchange/rules.ts';
import { call, expectError, newBackend, type TestBackend } from './helpers.ts';
import { countRows, type DwellingSeed, seedHousehold, seedResidence } from './people-fixtures.ts';

const PASSWORD = 'mot-de-passe-du-role';
type Wish = Omit<InputOf<AppContract, 'exchange.set'>, 'householdId'>;

/** A household of `size` people living in `dwellingId`. */
function household(backend: TestBackend, name: string, dwellingId: number | null, size: number): number {
  const people = Array.from({ length: size }, (_, n) => ({ familyName: name, firstName: `Personne ${n + 1}` }));
  return seedHousehold(backend.databaseFile, {
    name,
    dwellingId,
    people,
    address: dwellingId === null ? { line: '1 rue Haute', postcode: '80000', city: 'Amiens' } : undefined,
  }).householdId;
}

async function stock(backend: TestBackend, dwellings: DwellingSeed[], residence = { name: 'Les Tilleuls', city: 'Amiens' }) {
  return (await seedResidence(backend, residence, dwellings)).dwellingIds;
}

const wish = (backend: TestBackend, householdId: number, value: Wish) => call(backend, 'exchange.set', { householdId, ...value });
const matches = async (backend: TestBackend) => (await call(backend, 'exchange.matches', {})).rows;
const summaries = async (backend: TestBackend) => (await matches(backend)).map((match) => match.summary);

describe('housing-exchange rules', () => {
  it('sizes a household by a simplified occupancy norm', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(roomsNeeded)).toEqual([1, 2, 3, 3, 4, 4, 5]);
    expect(occupancyOf(4, 1)).toBe('under'); // T4 for one person: more rooms than people + 1
    expect(occupancyOf(3, 2)).toBe('fits');
    expect(occupancyOf(2, 5)).toBe('over');
    expect(occupancyOf(3, 4)).toBe('fits');
  });
});

describe('possible swaps', () => {
  it('pairs an under-occupied household with an over-occupied one, both with active wishes, and explains it in French', async () => {
    const backend = await newBackend();
    const d = await stock(backend, [
      { internalId: 'A', typology: 'T4', floor: 2 },
      { internalId: 'B', typology: 'T2', floor: 0 },
    ]);
    const martin = household(backend, 'Martin', d.A!, 1);
    const diallo = household(backend, 'Diallo', d.B!, 5);
    await wish(backend, martin, { reason: 'too_big' });
    expect(await matches(backend)).toEqual([]); // one wish only
    await wish(backend, diallo, { reason: 'too_small' });

    const [match, ...others] = await matches(backend);
    expect(others).toEqual([]);
    expect(match).toEqual({
      under: { householdId: martin, householdName: 'Martin', wishId: expect.any(Number), reason: 'too_big', people: 1, typology: 'T4', floor: 2, residenceName: 'Les Tilleuls' },
      over: { householdId: diallo, householdName: 'Diallo', wishId: expect.any(Number), reason: 'too_small', people: 5, typology: 'T2', floor: 0, residenceName: 'Les Tilleuls' },
      summary: 'Foyer Martin (T4, 1 personne) ↔ Foyer Diallo (T2, 5 personnes)',
      reasons: ['Foyer Diallo (5 personnes) : un T4 lui convient.', 'Foyer Martin (1 personne) : un T2 lui convient.'],
    });

    // An inactive wish takes the household out; a typology wished for must be the other's.
    await wish(backend, diallo, { reason: 'too_small', active: false });
    expect(await matches(backend)).toEqual([]);
    await wish(backend, diallo, { reason: 'too_small', wantedTypology: 'T5' });
    expect(await matches(backend)).toEqual([]);
    await wish(backend, diallo, { reason: 'too_small', wantedTypology: 'T4' });
    expect((await matches(backend))[0]?.reasons[0]).toBe('Foyer Diallo : T4 souhaité, le logement proposé est un T4.');
  });

  it('recognises under- and over-occupation from the household size even when the reason says otherwise', async () => {
    const backend = await newBackend();
    const d = await stock(backend, [
      { internalId: 'A', typology: 'T5', floor: 0 },
      { internalId: 'B', typology: 'T3', floor: 0 },
      { internalId: 'C', typology: 'T3', floor: 0 },
    ]);
    const big = household(backend, 'Grand', d.A!, 2); // T5 for 2: under-occupied
    const crowded = household(backend, 'Serré', d.B!, 6); // T3 for 6 (needs 4): over-occupied
    const fine = household(backend, 'Juste', d.C!, 3); // T3 for 3: fits, whatever it says
    await wish(backend, big, { reason: 'unsuitable' });
    await wish(backend, crowded, { reason: 'unsuitable' });
    await wish(backend, fine, { reason: 'unsuitable' });
    // 6 people need 4 rooms and a T5 is not more than people + 1: it suits them; the T3 suits the couple.
    expect(await summaries(backend)).toEqual(['Foyer Grand (T5, 2 personnes) ↔ Foyer Serré (T3, 6 personnes)']);
  });

  it('never pairs two households on the same side, nor a swap that would leave one badly housed', async () => {
    const backend = await newBackend();
    const d = await stock(backend, [
      { internalId: 'A', typology: 'T5', floor: 0 },
      { internalId: 'B', typology: 'T4', floor: 0 },
      { internalId: 'C', typology: 'T2', floor: 0 },
    ]);
    const alone = household(backend, 'Seul', d.A!, 1);
    const couple = household(backend, 'Couple', d.B!, 2);
    await wish(backend, alone, { reason: 'too_big' });
    await wish(backend, couple, { reason: 'too_big' });
    expect(await matches(backend)).toEqual([]);
    // 7 people in a T2 need 5 rooms: the T4 is still too small for them, the T5 fits.
    const many = household(backend, 'Nombreux', d.C!, 7);
    await wish(backend, many, { reason: 'too_small' });
    expect(await summaries(backend)).toEqual(['Foyer Seul (T5, 1 personne) ↔ Foyer Nombreux (T2, 7 personnes)']);
  });

  it('offers an unsuitable dwelling (stairs) only a ground floor or a floor with a known lift', async () => {
    const backend = await newBackend();
    const d = await stock(backend, [
      { internalId: 'A', typology: 'T4', floor: 4 },
      { internalId: 'B', typology: 'T2', floor: 3 },
    ]);
    const martin = household(backend, 'Martin', d.A!, 1);
    const diallo = household(backend, 'Diallo', d.B!, 4);
    await wish(backend, martin, { reason: 'unsuitable' });
    await wish(backend, diallo, { reason: 'too_small' });
    expect(await matches(backend)).toEqual([]); // lift not known: a 3rd floor is not offered

    const dwelling = { internalId: 'B', typology: 'T2', floor: 3 } as const;
    expect((await call(backend, 'dwellings.update', { id: d.B!, ...dwelling, hasLift: true })).hasLift).toBe(true);
    expect((await call(backend, 'dwellings.update', { id: d.B!, ...dwelling })).hasLift).toBe(true); // absent: kept
    const [match] = await matches(backend);
    expect(match?.reasons).toContain('Foyer Martin : sans escaliers, le logement est au 3e étage avec ascenseur.');

    // "Ground floor" is stricter than "lift".
    await wish(backend, martin, { reason: 'unsuitable', needs: ['ground_floor'] });
    expect(await matches(backend)).toEqual([]);
    await call(backend, 'dwellings.update', { id: d.B!, ...dwelling, floor: 0 });
    expect((await matches(backend))[0]?.reasons).toContain('Foyer Martin : rez-de-chaussée demandé, le logement est au rez-de-chaussée.');
  });

  it('keeps a household in its residence or its town when it asks to', async () => {
    const backend = await newBackend();
    const tilleuls = await stock(backend, [{ internalId: 'A', typology: 'T4', floor: 0 }]);
    const ladre = await stock(backend, [{ internalId: 'B', typology: 'T2', floor: 0 }], { name: 'Saint-Ladre', city: 'Amiens' });
    const corbie = await stock(backend, [{ internalId: 'C', typology: 'T2', floor: 0 }], { name: 'Les Peupliers', city: 'Corbie' });
    const martin = household(backend, 'Martin', tilleuls.A!, 1);
    const diallo = household(backend, 'Diallo', ladre.B!, 4);
    const caron = household(backend, 'Caron', corbie.C!, 4);
    await wish(backend, martin, { reason: 'too_big', needs: ['same_residence'] });
    await wish(backend, diallo, { reason: 'too_small' });
    await wish(backend, caron, { reason: 'too_small' });
    expect(await matches(backend)).toEqual([]);
    await wish(backend, martin, { reason: 'too_big', needs: ['same_city'] });
    const rows = await matches(backend);
    expect(rows.map((row) => row.summary)).toEqual(['Foyer Martin (T4, 1 personne) ↔ Foyer Diallo (T2, 4 personnes)']);
    expect(rows[0]?.reasons).toContain('Foyer Martin : reste à Amiens, comme souhaité.');
    await wish(backend, martin, { reason: 'too_big' });
    expect(await summaries(backend)).toEqual([
      'Foyer Martin (T4, 1 personne) ↔ Foyer Caron (T2, 4 personnes)',
      'Foyer Martin (T4, 1 personne) ↔ Foyer Diallo (T2, 4 personnes)',
    ]);
  });
});

describe('exchange wishes', () => {
  it('keeps one wish per household, with its home and occupancy, and refuses a household without a dwelling', async () => {
    const backend = await newBackend();
    const d = await stock(backend, [{ internalId: 'A', typology: 'T4', floor: 1 }]);
    const martin = household(backend, 'Martin', d.A!, 1);
    const member = household(backend, 'Adhérent', null, 2);
    expect((await call(backend, 'exchange.ofHousehold', { id: martin })).wish).toBeNull();
    await wish(backend, martin, { reason: 'too_big', needs: ['lift', 'lift'], notes: 'Souhaite rester près de sa fille.' });
    const second = await wish(backend, martin, { reason: 'unsuitable', wantedTypology: 'T2', needs: ['lift'] });
    expect(second).toMatchObject({
      householdId: martin,
      reason: 'unsuitable',
      wantedTypology: 'T2',
      needs: ['lift'],
      notes: '',
      active: true,
      people: 1,
      occupancy: 'under',
      home: { internalId: 'A', typology: 'T4', floor: 1, hasLift: null, residenceName: 'Les Tilleuls', city: 'Amiens' },
    });
    expect(countRows(backend.databaseFile, 'exchange_wish')).toBe(1);
    expect((await call(backend, 'exchange.ofHousehold', { id: martin })).wish?.id).toBe(second.id);
    expect((await call(backend, 'exchange.list', {})).rows.map((row) => row.householdName)).toEqual(['Martin']);
    await wish(backend, martin, { reason: 'unsuitable', active: false });
    expect((await call(backend, 'exchange.list', {})).rows).toEqual([]);
    expect((await call(backend, 'exchange.list', { includeInactive: true })).rows).toHaveLength(1);

    expectError(await backend.invoke('exchange.set', { householdId: member, reason: 'too_small' }), 'CONFLICT');
    expect(expectError(await backend.invoke('exchange.set', { householdId: 999, reason: 'too_small' }), 'VALIDATION').issues[0]?.path).toBe('householdId');
    const bad = expectError(await backend.invoke('exchange.set', { householdId: martin, reason: 'noisy', wantedTypology: 'T9', needs: ['garden'] }), 'VALIDATION');
    expect(bad.issues.map((issue) => issue.path)).toEqual(['reason', 'wantedTypology', 'needs.0']);
  });

  it('belongs to the households module: the counter may record a wish, the read-only role may only look', async () => {
    const backend = await newBackend();
    const d = await stock(backend, [{ internalId: 'A', typology: 'T4', floor: 1 }]);
    const martin = household(backend, 'Martin', d.A!, 1);
    for (const role of ['counter', 'readonly'] as const) {
      await call(backend, 'staff.create', { login: role, displayName: role, role, password: PASSWORD });
    }
    const signIn = async (login: string) => {
      const connection = backend.connect();
      await call(connection, 'auth.login', { login, password: PASSWORD });
      return connection;
    };
    const counter = await signIn('counter');
    const reader = await signIn('readonly');
    await call(counter, 'exchange.set', { householdId: martin, reason: 'too_big' });
    expectError(await reader.invoke('exchange.set', { householdId: martin, reason: 'too_small' }), 'FORBIDDEN');
    expect((await call(reader, 'exchange.list', {})).rows[0]?.reason).toBe('too_big');
    expect(await call(reader, 'exchange.matches', {})).toEqual({ rows: [] });
  });
});
