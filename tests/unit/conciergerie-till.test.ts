import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaymentMethod } from '../../src-main/conciergerie/till/kinds.ts';
import { call, expectError, withFile } from './helpers.ts';
import { nadia, office, plain, PRICES, TYPES } from './members-office.ts';
import { countRows } from './people-fixtures.ts';

const methodTotals = (totals: { byMethod: { method: string; amountCents: number }[] }) =>
  Object.fromEntries(totals.byMethod.map((m) => [m.method, m.amountCents]));

describe('till sessions', () => {
  it('opens with the float, refuses a second session, shows the expected cash and stores the difference at closing', async () => {
    const { admin, backend } = await office();
    expect((await call(admin, 'till.current', {})).session).toBeNull();
    const opened = await call(admin, 'till.open', { openingCashCents: 5000 });
    expect(opened).toMatchObject({ openingCashCents: 5000, openedBy: 'Camille Admin', expectedCashCents: 5000, closedAt: null });

    const second = expectError(await admin.invoke('till.open', { openingCashCents: 0 }), 'CONFLICT');
    expect(second.message).toMatch(/^La caisse est déjà ouverte depuis le \d{2}\/\d{2}\/2026 \d{2}:\d{2} \(par Camille Admin\) : fermez-la avant d’en ouvrir une autre\.$/);
    expect(countRows(backend.databaseFile, 'till_session')).toBe(1);

    const { id } = await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.monthly, periods: 3, method: 'cash' } });
    await call(admin, 'members.renew', { memberId: id, typeId: TYPES.monthly, method: 'card' });
    await call(admin, 'till.sale', { label: 'Photocopies', amountCents: 20, quantity: 5, method: 'cash' });

    const current = (await call(admin, 'till.current', {})).session!;
    expect(current.expectedCashCents).toBe(5000 + 300 + 100);
    expect(current.totals).toMatchObject({ count: 3, totalCents: 500, refundsCents: 0 });
    expect(methodTotals(current.totals)).toEqual({ cash: 400, card: 100, cheque: 0, transfer: 0 });
    expect(current.totals.byPurpose).toEqual([
      { purpose: 'membership', count: 2, amountCents: 400 },
      { purpose: 'other', count: 1, amountCents: 100 },
    ]);

    const closed = await call(admin, 'till.close', { countedCashCents: 5200, note: 'Billet de 2 € manquant' });
    expect(closed).toMatchObject({ expectedCashCents: 5400, countedCashCents: 5200, differenceCents: -200, closedBy: 'Camille Admin', note: 'Billet de 2 € manquant' });
    const stored = withFile(backend.databaseFile, (db) => db.prepare('SELECT expected_cash_cents, counted_cash_cents FROM till_session').get(), true);
    expect(stored).toEqual({ expected_cash_cents: 5400, counted_cash_cents: 5200 });

    expect((await call(admin, 'till.current', {})).session).toBeNull();
    expect(expectError(await admin.invoke('till.close', { countedCashCents: 0 }), 'CONFLICT').message).toBe('La caisse n’est pas ouverte : il n’y a rien à fermer.');
    const history = await call(admin, 'till.sessions', {});
    expect(history.total).toBe(1);
    expect(history.rows[0]).toMatchObject({ differenceCents: -200 });

    // A new session starts from its own float; the closed one keeps its figures.
    await call(admin, 'till.open', { openingCashCents: 5200 });
    expect((await call(admin, 'till.sessions', {})).rows.map((s) => s.differenceCents)).toEqual([null, -200]);
  });

  it('refuses a negative or fractional float and counted cash, in French', async () => {
    const { admin } = await office();
    expect(plain(expectError(await admin.invoke('till.open', { openingCashCents: -1 }), 'VALIDATION').message)).toBe(
      'Le fond de caisse doit être un montant entre 0,00 € et 10 000,00 €.',
    );
    expect(expectError(await admin.invoke('till.open', { openingCashCents: 10.5 }), 'VALIDATION').message).toBe('Le fond de caisse : un montant en centimes entiers est attendu.');
    expect((await call(admin, 'till.current', {})).session).toBeNull();
  });

  it('numbers receipts per year without gaps', async () => {
    const { admin, setNow, signIn } = await office('2026-12-31T10:00:00Z');
    await call(admin, 'till.open', { openingCashCents: 0 });
    const first = await call(admin, 'till.sale', { label: 'Café', amountCents: 100, method: 'cash' });
    const second = await call(admin, 'till.sale', { label: 'Café', amountCents: 100, method: 'cash' });
    setNow('2027-01-02T10:00:00Z');
    const next = await call(await signIn('admin'), 'till.sale', { label: 'Café', amountCents: 100, method: 'cash' });
    expect([first.receiptNumber, second.receiptNumber, next.receiptNumber]).toEqual(['2026-000001', '2026-000002', '2027-000001']);
  });
});

describe('sales and refunds', () => {
  it('sells a service of the price list or a labelled item, and refuses pressing and baskets here', async () => {
    const { admin } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const service = await call(admin, 'services.createPrice', { kind: 'other', label: 'Atelier réparation vélo', unit: 'séance', priceCents: 300 });
    const sold = await call(admin, 'till.sale', { serviceId: service.id, quantity: 2, method: 'card' });
    expect(sold.amountCents).toBe(600);
    const payments = await call(admin, 'till.payments', {});
    expect(payments[0]).toMatchObject({ purpose: 'service', label: 'Atelier réparation vélo × 2', amountCents: 600, member: null });

    const pressing = expectError(await admin.invoke('till.sale', { serviceId: PRICES.shirt, method: 'cash' }), 'VALIDATION');
    expect(pressing.issues).toEqual([{ path: 'serviceId', message: '« Chemise » se vend sur un ticket de pressing (écran Services).' }]);
    const noLabel = expectError(await admin.invoke('till.sale', { amountCents: 100, method: 'cash' }), 'VALIDATION');
    expect(noLabel.issues).toEqual([{ path: 'label', message: 'Indiquez ce qui est vendu (il figure sur le reçu).' }]);
    const noAmount = expectError(await admin.invoke('till.sale', { label: 'Café', method: 'cash' }), 'VALIDATION');
    expect(noAmount.issues).toEqual([{ path: 'amountCents', message: 'Indiquez le montant de la vente.' }]);
    expect((await call(admin, 'till.payments', {})).length).toBe(1);
  });

  it('refunds part or all of a payment as new negative payments, never more than what is left, never the original changed', async () => {
    const { admin, backend } = await office();
    await call(admin, 'till.open', { openingCashCents: 1000 });
    const { payment } = await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.householdYear, method: 'card' } });
    const paymentId = payment!.id;

    const noReason = expectError(await admin.invoke('till.refund', { paymentId, amountCents: 100, method: 'card', reason: '' }), 'VALIDATION');
    expect(noReason.issues[0]).toEqual({ path: 'reason', message: 'Indiquez le motif du remboursement (3 caractères au moins).' });
    const part = await call(admin, 'till.refund', { paymentId, amountCents: 400, method: 'card', reason: 'Tarif réduit oublié' });
    expect(part).toMatchObject({ receiptNumber: '2026-000002', amountCents: -400 });
    const tooMuch = expectError(await admin.invoke('till.refund', { paymentId, amountCents: 700, method: 'card', reason: 'Erreur de saisie' }), 'VALIDATION');
    expect(plain(tooMuch.issues)).toEqual([{ path: 'amountCents', message: 'Il reste 6,00 € à rembourser sur le reçu 2026-000001 : indiquez 6,00 € au plus.' }]);
    // The drawer holds 10 € in cash: 6 € can be given back that way.
    await call(admin, 'till.refund', { paymentId, amountCents: 600, method: 'cash', reason: 'Adhésion annulée' });
    expect(expectError(await admin.invoke('till.refund', { paymentId, amountCents: 1, method: 'card', reason: 'Encore' }), 'CONFLICT').message).toBe(
      'Le reçu 2026-000001 a déjà été remboursé en totalité.',
    );
    expect(expectError(await admin.invoke('till.refund', { paymentId: part.id, amountCents: 1, method: 'card', reason: 'Encore' }), 'CONFLICT').message).toBe(
      'Le reçu 2026-000002 est lui-même un remboursement : il ne se rembourse pas.',
    );

    const rows = await call(admin, 'till.payments', {});
    expect(rows.map((p) => [p.receiptNumber, p.amountCents, p.refundOf?.receiptNumber ?? null, p.refundedCents, p.refundableCents])).toEqual([
      ['2026-000003', -600, '2026-000001', 0, 0],
      ['2026-000002', -400, '2026-000001', 0, 0],
      ['2026-000001', 1000, null, 1000, 0],
    ]);
    expect(rows[1]).toMatchObject({ purpose: 'membership', label: 'Remboursement du reçu 2026-000001 : Tarif réduit oublié', member: { number: 'A00001' } });
    expect((await call(admin, 'till.current', {})).session?.expectedCashCents).toBe(400);
    expect(withFile(backend.databaseFile, (db) => db.prepare('SELECT amount_cents FROM payment WHERE id = ?').pluck().get(paymentId), true)).toBe(1000);
    // The database itself refuses an edit.
    expect(() => withFile(backend.databaseFile, (db) => db.prepare('UPDATE payment SET amount_cents = 1 WHERE id = ?').run(paymentId))).toThrow(/ne se modifie pas/);
  });

  it('never gives back in cash more than the drawer holds', async () => {
    const { admin } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const sale = await call(admin, 'till.sale', { label: 'Vente de livres', amountCents: 1500, method: 'card' });
    const refused = expectError(await admin.invoke('till.refund', { paymentId: sale.id, amountCents: 1000, method: 'cash', reason: 'Livre abîmé' }), 'CONFLICT');
    expect(plain(refused.message)).toBe('La caisse ne contient que 0,00 € en espèces : remboursez par un autre moyen ou un montant plus petit.');
    expect((await call(admin, 'till.payments', {})).length).toBe(1);
  });
});

describe('payments, receipts and daily summary', () => {
  it('lists payments by session and by day, and sums a day by method and purpose with its sessions', async () => {
    const { admin, setNow, signIn } = await office('2026-03-02T08:00:00Z');
    await call(admin, 'till.open', { openingCashCents: 1000 });
    await call(admin, 'till.sale', { label: 'Café', amountCents: 150, method: 'cash' });
    await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.monthly, method: 'cheque' } });
    const morning = (await call(admin, 'till.close', { countedCashCents: 1150 })).id;
    await call(admin, 'till.open', { openingCashCents: 1150 });
    await call(admin, 'till.sale', { label: 'Café', amountCents: 150, method: 'card' });

    setNow('2026-03-03T10:00:00Z');
    const nextDay = await signIn('admin');
    await call(nextDay, 'till.sale', { label: 'Thé', amountCents: 120, method: 'cash' });

    expect((await call(nextDay, 'till.payments', { sessionId: morning })).map((p) => p.label)).toEqual([expect.stringContaining('Adhésion Mensuelle'), 'Café']);
    expect((await call(nextDay, 'till.payments', { day: '2026-03-02' })).length).toBe(3);
    expect((await call(nextDay, 'till.payments', {})).map((p) => p.label)).toEqual(['Thé']);

    const summary = await call(nextDay, 'till.daySummary', { day: '2026-03-02' });
    expect(summary.totals).toMatchObject({ count: 3, totalCents: 400 });
    expect(methodTotals(summary.totals)).toEqual({ cash: 150, card: 150, cheque: 100, transfer: 0 });
    expect(summary.totals.byPurpose.map((p) => [p.purpose, p.amountCents])).toEqual([
      ['membership', 100],
      ['other', 300],
    ]);
    expect(summary.sessions.map((s) => [s.openingCashCents, s.differenceCents])).toEqual([
      [1000, 0],
      [1150, null],
    ]);
    // The session still open spans the next day too.
    expect((await call(nextDay, 'till.daySummary', {})).sessions.map((s) => s.openingCashCents)).toEqual([1150]);
  });

  it('prints an A6 receipt, a refund receipt and the day’s sheet as PDF', async () => {
    const { admin } = await office();
    await call(admin, 'settings.saveOffice', {
      name: 'Conciergerie de Saint-Ladre',
      legalForm: 'association',
      rna: 'W802001234',
      address: { line: '2 rue Saint-Ladre', postcode: '80000', city: 'Amiens' },
    });
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { payment } = await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.monthly, method: 'cash' } });
    const refund = await call(admin, 'till.refund', { paymentId: payment!.id, amountCents: 100, method: 'cash', reason: 'Doublon' });
    for (const id of [payment!.id, refund.id]) {
      const receipt = await call(admin, 'till.receiptPdf', { id });
      const bytes = Buffer.from(receipt.base64, 'base64').toString('latin1');
      expect(bytes.startsWith('%PDF-')).toBe(true);
      expect(bytes).toMatch(/\/MediaBox \[0 0 297\.64 419\.53\]/);
    }
    expect((await call(admin, 'till.receiptPdf', { id: refund.id })).fileName).toBe('recu-2026-000002.pdf');
    const sheet = await call(admin, 'till.daySummaryPdf', {});
    expect(sheet.fileName).toBe('journee-caisse-2026-03-02.pdf');
    expect(Buffer.from(sheet.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expectError(await admin.invoke('till.receiptPdf', { id: 999 }), 'NOT_FOUND');
  });

  it('lets a read-only user see the till but neither open it nor take money', async () => {
    const { admin, signIn } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const readonly = await signIn('readonly');
    expect((await call(readonly, 'till.current', {})).session).not.toBeNull();
    expectError(await readonly.invoke('till.sale', { label: 'Café', amountCents: 100, method: 'cash' }), 'FORBIDDEN');
    expectError(await readonly.invoke('till.close', { countedCashCents: 0 }), 'FORBIDDEN');
  });
});

describe('till invariants under any sequence of sales and refunds', () => {
  type Step = { kind: 'sale'; cents: number; method: PaymentMethod } | { kind: 'refund'; pick: number; cents: number; method: PaymentMethod };
  const method = fc.constantFrom<PaymentMethod>('cash', 'card', 'cheque', 'transfer');
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('sale' as const), cents: fc.integer({ min: 1, max: 5000 }), method }),
    fc.record({ kind: fc.constant('refund' as const), pick: fc.nat(), cents: fc.integer({ min: 1, max: 6000 }), method }),
  );

  it('never refunds more than was paid, keeps the expected cash right, and a refused call writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3000 }), fc.array(step, { minLength: 1, maxLength: 10 }), async (float, steps) => {
        const { admin, backend } = await office();
        await call(admin, 'till.open', { openingCashCents: float });
        for (const s of steps) {
          const before = countRows(backend.databaseFile, 'payment');
          const payments = await call(admin, 'till.payments', {});
          const original = payments.filter((p) => p.amountCents > 0)[s.kind === 'refund' ? s.pick % Math.max(1, payments.length) : 0];
          const result =
            s.kind === 'sale'
              ? await admin.invoke('till.sale', { label: 'Vente', amountCents: s.cents, method: s.method })
              : original
                ? await admin.invoke('till.refund', { paymentId: original.id, amountCents: s.cents, method: s.method, reason: 'Erreur de caisse' })
                : null;
          if (result && !result.ok) expect(countRows(backend.databaseFile, 'payment')).toBe(before);
        }
        const payments = await call(admin, 'till.payments', {});
        for (const p of payments.filter((row) => row.amountCents > 0)) {
          const givenBack = payments.filter((r) => r.refundOf?.id === p.id).reduce((sum, r) => sum - r.amountCents, 0);
          expect(givenBack).toBeLessThanOrEqual(p.amountCents);
          expect(p.refundedCents).toBe(givenBack);
        }
        const cash = payments.filter((p) => p.method === 'cash').reduce((sum, p) => sum + p.amountCents, 0);
        const session = (await call(admin, 'till.current', {})).session!;
        expect(session.expectedCashCents).toBe(float + cash);
        expect(session.expectedCashCents).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
