import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../src-main/contract.ts';
import { call } from './helpers.ts';
import { countRows } from './people-fixtures.ts';
import { clubOffice, offerInput, partnerInput } from './club-fixtures.ts';

const CLUB_METHODS = METHOD_NAMES.filter((method) => contract[method].module === 'club');
const TABLES = ['club_partner', 'club_partner_status', 'club_fee_call', 'club_fee_payment', 'club_fee_reminder', 'club_offer', 'club_contract', 'club_budget_entry'];

describe('club methods under malformed input (fuzz)', () => {
  it('answers with a clear refusal, never an internal error, and a refused write changes none of the club’s tables', async () => {
    const { admin, backend, households } = await clubOffice('2026-03-02');
    const plumber = await call(admin, 'club.partners.create', partnerInput());
    const offer = await call(admin, 'club.offers.create', offerInput(plumber.id, { benefit: 'use' }));
    await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-03-01' });
    await call(admin, 'club.contracts.record', { householdId: households.durand.householdId, offerId: offer.id, signedOn: '2026-03-01' });

    const fields = ['id', 'partnerId', 'offerId', 'householdId', 'residenceId', 'feeCallId', 'feeCallIds', 'year', 'status', 'category', 'trade', 'siret', 'nafCode', 'name', 'kind', 'value', 'target', 'residenceIds', 'signedOn', 'endsOn', 'amountCents', 'method', 'direction', 'entryOn', 'label', 'scope', 'graceDays', 'feeTiers', 'on', 'reason'];
    const odd = fc.oneof(fc.anything(), fc.integer({ min: -5, max: 5 }), fc.string(), fc.constantFrom(1, 2, 2026, 'plumbing', 'building', 'active', 'ended', '2026-03-01', '2099-01-01', '73282932000074', [1], [], null, true));
    const counts = () => TABLES.map((table) => countRows(backend.databaseFile, table));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CLUB_METHODS), fc.dictionary(fc.constantFrom(...fields), odd), async (method, input) => {
        const before = counts();
        const result = await admin.invoke(method, input);
        if (result.ok) return;
        expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT'], `${method} ${JSON.stringify(input)}`).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(10);
        if (contract[method].kind === 'write') expect(counts()).toEqual(before);
      }),
      { numRuns: 250 },
    );
  });
});
