import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../src-main/core/backend.ts';
import { contract, METHOD_NAMES } from '../../src-main/contract.ts';
import { ADMIN, call, dwellingInput, expectError, newBackend, residenceInput, rowCounts } from './helpers.ts';

describe('dispatch', () => {
  it.each(['residences.nope', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers UNKNOWN_METHOD for %j without running anything',
    async (method) => {
      const backend = await newBackend();
      const error = expectError(await backend.invoke(method, {}), 'UNKNOWN_METHOD');
      expect(error.message).toContain(`« ${method} »`);
      expect(rowCounts(backend)).toEqual({ residences: 0, dwellings: 0 });
    },
  );

  it('refuses invalid input with one French issue per field, by dotted path, and writes nothing', async () => {
    const backend = await newBackend();
    await call(backend, 'residences.create', residenceInput({ name: 'Existante', dwellings: [dwellingInput('E-1')] }));
    const before = rowCounts(backend);

    const result = await backend.invoke('residences.create', {
      ...residenceInput(),
      name: 'X',
      postcode: '2100',
      qpvCode: 'QN123',
      dwellings: [{ ...dwellingInput('A-1'), typology: 'T9' }, dwellingInput('A-2'), dwellingInput('A-3', { floor: 1.5 })],
    });

    const error = expectError(result, 'VALIDATION');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'name',
      'postcode',
      'qpvCode',
      'dwellings.0.typology',
      'dwellings.2.floor',
    ]);
    expect(error.message).toBe('5 informations sont invalides : corrigez les champs signalés.');
    const messages = Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
    expect(messages['postcode']).toBe('Le code postal doit comporter 5 chiffres (ex. 02100).');
    expect(messages['dwellings.0.typology']).toBe('Typologie invalide : choisissez de T1 à T7.');
    expect(messages['dwellings.2.floor']).toBe("L'étage doit être un nombre entier.");
    expect(rowCounts(backend)).toEqual(before);
  });

  it('words the messages of uncustomised checks in French too, and names the whole input with an empty path', async () => {
    const backend = await newBackend();
    const missing = expectError(await backend.invoke('residences.create', {}), 'VALIDATION');
    expect(missing.issues.map((issue) => issue.path)).toEqual(['name', 'address', 'postcode', 'city']);
    for (const issue of missing.issues) expect(issue.message).toMatch(/attendu/);

    const notAnObject = expectError(await backend.invoke('residences.create', null), 'VALIDATION');
    expect(notAnObject.issues).toEqual([{ path: '', message: notAnObject.message }]);
    expect(notAnObject.message).toMatch(/objet attendu/);
  });

  it('refuses an internal id typed twice in one input, pointing at the second one', async () => {
    const backend = await newBackend();
    const result = await backend.invoke(
      'residences.create',
      residenceInput({ dwellings: [dwellingInput('A-1'), dwellingInput('A-2'), dwellingInput('A-1')] }),
    );
    const error = expectError(result, 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'dwellings.2.internalId', message: expect.stringContaining('« A-1 » est saisi deux fois') }]);
    expect(rowCounts(backend)).toEqual({ residences: 0, dwellings: 0 });
  });

  it('rolls back a write that fails midway: neither the residence nor its first dwellings remain', async () => {
    const backend = await newBackend();
    await call(backend, 'residences.create', residenceInput({ name: 'Les Tilleuls', dwellings: [dwellingInput('TIL-001')] }));
    const before = rowCounts(backend);

    // The residence and dwellings 0 and 1 are inserted before dwelling 2's id is found taken.
    const result = await backend.invoke(
      'residences.create',
      residenceInput({
        name: 'Clos des Marronniers',
        dwellings: [dwellingInput('MAR-001'), dwellingInput('MAR-002'), dwellingInput('TIL-001')],
      }),
    );

    const error = expectError(result, 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'dwellings.2.internalId', message: error.message }]);
    expect(error.message).toContain('résidence « Les Tilleuls »');
    expect(rowCounts(backend)).toEqual(before);
    expect((await call(backend, 'residences.list', { search: 'marronniers' })).total).toBe(0);
    // Nothing half-written blocks a corrected attempt.
    const created = await call(
      backend,
      'residences.create',
      residenceInput({ name: 'Clos des Marronniers', dwellings: [dwellingInput('MAR-001'), dwellingInput('MAR-002')] }),
    );
    expect(created.dwellingCount).toBe(2);
  });

  it("emits a 'changed' event after a successful write only (not after a read or a refused write)", async () => {
    const backend = await newBackend();
    const events: BackendEvent[] = [];
    const unsubscribe = backend.on((event) => events.push(event));

    await call(backend, 'residences.list', {});
    await backend.invoke('residences.create', { name: '' });
    expect(events).toEqual([]);

    await call(backend, 'residences.create', residenceInput());
    expect(events).toEqual([{ type: 'changed', method: 'residences.create' }]);

    unsubscribe();
    await call(backend, 'residences.create', residenceInput({ name: 'Autre' }));
    expect(events).toHaveLength(1);
  });

  it('answers every method with an envelope, never an internal error, and writes nothing when it refuses (fuzz)', async () => {
    const backend = await newBackend();
    await call(backend, 'residences.create', residenceInput({ dwellings: [dwellingInput('T-1')] }));
    // Anything at all, and objects made of the contract's own field names with odd values.
    const fieldNames = ['id', 'residenceId', 'name', 'address', 'postcode', 'city', 'qpvCode', 'dwellings', 'internalId', 'rplsId', 'typology', 'floor', 'search', 'sort', 'offset', 'limit', 'login', 'password', 'displayName', 'role', 'module', 'level', 'current', 'next', 'disabled', 'from', 'to', 'userId'];
    const oddValue = fc.oneof(fc.anything(), fc.integer(), fc.string(), fc.constantFrom(1, 'T3', 'QN08001M', '80000', [], null, true, 'admin', 'counter', 'followup', '2026-01-01'));
    const input = fc.oneof(fc.anything({ withNullPrototype: true }), fc.dictionary(fc.constantFrom(...fieldNames), oddValue));
    let password = ADMIN.password;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES), input, async (method, input) => {
        const before = rowCounts(backend);
        const result = await backend.invoke(method, input);
        if (result.ok) {
          // A valid random input may change the administrator's own password, lock or sign out: follow it.
          const given = input as Record<string, unknown>;
          if (method === 'staff.resetPassword' && given.id === 1) password = given.password as string;
          if (method === 'auth.changePassword') password = given.next as string;
          const status = (await call(backend, 'auth.status', {})) as { user: unknown; locked: boolean };
          if (status.locked) await call(backend, 'auth.unlock', { password });
          else if (!status.user) await call(backend, 'auth.login', { login: ADMIN.login, password });
          return;
        }
        expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED']).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(0);
        if (contract[method].kind === 'write') expect(rowCounts(backend)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
