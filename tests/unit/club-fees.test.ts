import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { countRows } from './people-fixtures.ts';
import { clubOffice, partnerInput } from './club-fixtures.ts';

/** Four partners of each kind of fee: a building firm, a merchant, an insurer, a public body (no fee). */
async function partners(admin: Awaited<ReturnType<typeof clubOffice>>['admin']) {
  const plumber = await call(admin, 'club.partners.create', partnerInput({ name: 'Plomberie Martin' }));
  const baker = await call(admin, 'club.partners.create', partnerInput({ name: 'Boulangerie du Beffroi', category: 'merchant', trade: null }));
  const insurer = await call(admin, 'club.partners.create', partnerInput({ name: 'Mutuelle Picarde', category: 'insurer', trade: null }));
  const caf = await call(admin, 'club.partners.create', partnerInput({ name: 'CAF de la Somme', category: 'public_body', trade: null }));
  const candidate = await call(admin, 'club.partners.create', partnerInput({ name: 'Vitrerie Lenoir', trade: 'glazing', status: 'candidate' }));
  return { plumber, baker, insurer, caf, candidate };
}

describe('partner fees: calls and payments', () => {
  it('calls the year’s fee of every active partner at its category’s tier, once, and none for a free category', async () => {
    const { admin } = await clubOffice('2026-02-02');
    const { plumber, caf, candidate } = await partners(admin);
    const before = await call(admin, 'club.fees.list', { year: 2026 });
    expect(before.uncalled.map((p) => [p.name, p.amountCents])).toEqual([
      ['Boulangerie du Beffroi', 10_000],
      ['Mutuelle Picarde', 10_000],
      ['Plomberie Martin', 100_000],
    ]);

    const issued = await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02' });
    expect(issued.created).toBe(3);
    const list = await call(admin, 'club.fees.list', { year: 2026 });
    expect(list.uncalled).toEqual([]);
    expect(list.totals).toEqual({ calledCents: 120_000, paidCents: 0, outstandingCents: 120_000, overdueCount: 0 });
    expect(list.calls.find((c) => c.partnerId === plumber.id)).toMatchObject({ amountCents: 100_000, state: 'due', dueOn: '2026-03-04' });

    expect((await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02' })).created).toBe(0);
    expect(expectError(await admin.invoke('club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02', partnerIds: [plumber.id] }), 'CONFLICT').message).toBe(
      'La cotisation 2026 de Plomberie Martin est déjà appelée.',
    );
    expect(expectError(await admin.invoke('club.fees.issueCalls', { year: 2027, calledOn: '2026-02-02', partnerIds: [candidate.id] }), 'CONFLICT').message).toContain(
      'n’est pas un partenaire actif',
    );
    expect(expectError(await admin.invoke('club.fees.issueCalls', { year: 2027, calledOn: '2026-02-02', partnerIds: [caf.id] }), 'CONFLICT').message).toContain('0 €');
    expect(expectError(await admin.invoke('club.fees.issueCalls', { year: 2026, calledOn: '2026-03-01' }), 'VALIDATION').issues[0]?.path).toBe('calledOn');
  });

  it('records payments up to what is due, shows them in the club’s budget book as receipts, and undoes one typed by mistake', async () => {
    const { admin, backend } = await clubOffice('2026-02-02');
    const { plumber } = await partners(admin);
    const [call2026] = (await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02', partnerIds: [plumber.id] })).calls;
    const id = call2026!.id;

    const over = expectError(await admin.invoke('club.fees.recordPayment', { feeCallId: id, paidOn: '2026-02-02', amountCents: 100_001, method: 'transfer' }), 'CONFLICT');
    expect(over.message).toBe('Le paiement dépasse le reste à payer (1\u202f000,00\u00a0€) : corrigez le montant.');
    const half = await call(admin, 'club.fees.recordPayment', { feeCallId: id, paidOn: '2026-02-02', amountCents: 40_000, method: 'cheque', reference: 'Chèque 1234567' });
    expect(half).toMatchObject({ paidCents: 40_000, balanceCents: 60_000, state: 'due' });
    const paid = await call(admin, 'club.fees.recordPayment', { feeCallId: id, paidOn: '2026-02-02', amountCents: 60_000, method: 'transfer' });
    expect(paid).toMatchObject({ paidCents: 100_000, balanceCents: 0, state: 'paid' });
    expect(expectError(await admin.invoke('club.fees.recordPayment', { feeCallId: id, paidOn: '2026-02-02', amountCents: 1, method: 'cash' }), 'CONFLICT').message).toContain(
      'déjà entièrement réglée',
    );

    // The book reads the payments: nothing is copied into it.
    const book = await call(admin, 'club.budget.list', { year: 2026 });
    expect(book.rows.filter((row) => row.category === 'partner_fees').map((row) => [row.source, row.amountCents, row.label])).toEqual([
      ['partner_fee', 40_000, 'Cotisation 2026 — Plomberie Martin (chèque)'],
      ['partner_fee', 60_000, 'Cotisation 2026 — Plomberie Martin (virement)'],
    ]);
    expect(book.totals.receiptsCents).toBe(100_000);
    expect(countRows(backend.databaseFile, 'club_budget_entry')).toBe(0);
    const typed = expectError(
      await admin.invoke('club.budget.create', { entryOn: '2026-02-02', direction: 'receipt', category: 'partner_fees', label: 'Cotisation', amountCents: 100 }),
      'VALIDATION',
    );
    expect(typed.message).toContain('les cotisations des partenaires s’enregistrent depuis leur appel de cotisation');

    await call(admin, 'club.fees.removePayment', { id: paid.payments[1]!.id });
    expect((await call(admin, 'club.budget.list', { year: 2026 })).totals.receiptsCents).toBe(40_000);
    expect((await call(admin, 'club.fees.list', { year: 2026 })).totals).toMatchObject({ paidCents: 40_000, outstandingCents: 60_000 });
  });
});

describe('automatic lapse of an unpaid partner', () => {
  it('suspends a partner unpaid past the grace period when the lapses are applied (a write, never a read), shows why, and restores it once paid', async () => {
    const { admin, at, backend } = await clubOffice('2026-02-02');
    const { plumber, baker } = await partners(admin);
    await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02' });
    const statusRows = () => countRows(backend.databaseFile, 'club_partner_status');
    const auditRows = () => countRows(backend.databaseFile, 'audit_log');

    // Within the grace period (30 days by default, until 04/03): nothing happens.
    let office = await at('2026-03-04');
    expect(await call(office, 'club.partners.applyLapses', {})).toEqual({ suspended: [], ended: [] });

    office = await at('2026-03-20');
    // Reading never changes anything: the partner is still active until the lapses are applied.
    expect((await call(office, 'club.partners.get', { id: plumber.id })).status).toBe('active');
    const fees = await call(office, 'club.fees.list', { year: 2026 });
    expect(fees.totals.overdueCount).toBe(3);
    expect((await call(office, 'club.partners.get', { id: plumber.id })).currentFee?.state).toBe('overdue');

    await call(office, 'club.fees.recordPayment', { feeCallId: fees.calls.find((c) => c.partnerId === baker.id)!.id, paidOn: '2026-03-19', amountCents: 10_000, method: 'cash' });
    // The screens read what is due first, and write only then: the read names the same partners and changes nothing.
    const [statusesBefore, auditBefore] = [statusRows(), auditRows()];
    const pending = await call(office, 'club.partners.pendingLapses', {});
    expect([statusRows(), auditRows()]).toEqual([statusesBefore, auditBefore]);
    expect(pending.suspended.map((lapse) => lapse.name)).toEqual(['Mutuelle Picarde', 'Plomberie Martin']);
    expect((await call(office, 'club.partners.get', { id: plumber.id })).status).toBe('active');
    const lapses = await call(office, 'club.partners.applyLapses', {});
    expect(lapses).toEqual(pending);
    const suspended = await call(office, 'club.partners.get', { id: plumber.id });
    expect(suspended).toMatchObject({ status: 'suspended', statusSince: '2026-03-05', statusAutomatic: true });
    expect(suspended.statusReason).toBe(
      'Cotisation 2026 impayée (reste 1\u202f000,00\u00a0€) : appelée le 02/02/2026, délai de grâce de 30 jours dépassé le 05/03/2026.',
    );
    expect((await call(office, 'club.partners.get', { id: baker.id })).status).toBe('active');
    expect(await call(office, 'club.partners.pendingLapses', {})).toEqual({ suspended: [], ended: [] });

    // It cannot be reactivated by hand while unpaid; paying restores it at once.
    const refused = expectError(await office.invoke('club.partners.setStatus', { id: plumber.id, status: 'active' }), 'CONFLICT');
    expect(refused.message).toContain('La cotisation 2026 de Plomberie Martin n’est pas réglée');
    const callId = suspended.currentFee!.id;
    await call(office, 'club.fees.recordPayment', { feeCallId: callId, paidOn: '2026-03-20', amountCents: 50_000, method: 'transfer' });
    expect((await call(office, 'club.partners.get', { id: plumber.id })).status).toBe('suspended');
    await call(office, 'club.fees.recordPayment', { feeCallId: callId, paidOn: '2026-03-20', amountCents: 50_000, method: 'transfer' });
    const restored = await call(office, 'club.partners.get', { id: plumber.id });
    expect(restored).toMatchObject({ status: 'active', statusAutomatic: true, statusReason: 'Cotisation 2026 réglée le 20/03/2026 : partenariat rétabli.' });
    expect(restored.history.map((change) => change.status)).toEqual(['active', 'suspended', 'active']);
  });

  it('takes the grace period from the club’s settings, and a waived call lifts the suspension it caused', async () => {
    const { admin, at } = await clubOffice('2026-02-02');
    const { insurer } = await partners(admin);
    await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02', partnerIds: [insurer.id] });
    const office = await at('2026-02-12');
    expect((await call(office, 'club.partners.applyLapses', {})).suspended).toEqual([]);
    const settings = await call(office, 'club.settings.get', {});
    await call(office, 'club.settings.save', { ...settings, graceDays: 7 });
    expect((await call(office, 'club.partners.applyLapses', {})).suspended.map((lapse) => lapse.name)).toEqual(['Mutuelle Picarde']);

    const detail = await call(office, 'club.partners.get', { id: insurer.id });
    const cancelled = await call(office, 'club.fees.cancelCall', { id: detail.currentFee!.id, reason: 'Partenariat offert la première année' });
    expect(cancelled.state).toBe('cancelled');
    expect((await call(office, 'club.partners.get', { id: insurer.id })).status).toBe('active');
    expect((await call(office, 'club.fees.list', { year: 2026 })).totals).toMatchObject({ calledCents: 0, outstandingCents: 0 });
  });

  it('leaves a suspension decided by the club alone when the fee is paid', async () => {
    const { admin } = await clubOffice('2026-02-02');
    const { baker } = await partners(admin);
    const [fee] = (await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02', partnerIds: [baker.id] })).calls;
    await call(admin, 'club.partners.setStatus', { id: baker.id, status: 'suspended', reason: 'Plainte d’un locataire à instruire' });
    await call(admin, 'club.fees.recordPayment', { feeCallId: fee!.id, paidOn: '2026-02-02', amountCents: 10_000, method: 'cash' });
    expect((await call(admin, 'club.partners.get', { id: baker.id })).statusReason).toBe('Plainte d’un locataire à instruire');
  });

  it('ends a partner whose agreement has come to its end date', async () => {
    const { admin, at } = await clubOffice('2026-02-02');
    const partner = await call(admin, 'club.partners.create', partnerInput({ name: 'Couvreur Lambert', trade: 'roofing', agreementStartOn: '2025-03-01', agreementEndOn: '2026-02-28' }));
    const office = await at('2026-03-02');
    expect((await call(office, 'club.partners.applyLapses', {})).ended).toEqual([{ id: partner.id, name: 'Couvreur Lambert', reason: 'Convention arrivée à échéance le 28/02/2026.' }]);
    expect(await call(office, 'club.partners.get', { id: partner.id })).toMatchObject({ status: 'ended', statusSince: '2026-03-01', statusAutomatic: true });
    // The trade is free again.
    expect((await call(office, 'club.partners.create', partnerInput({ name: 'Toitures Moreau', trade: 'roofing' }))).status).toBe('active');
  });
});

describe('reminders', () => {
  it('records repeated reminders for unpaid calls and prints one letter per call, never for a paid one', async () => {
    const { admin, at } = await clubOffice('2026-02-02');
    const { plumber, baker, insurer } = await partners(admin);
    const { calls } = await call(admin, 'club.fees.issueCalls', { year: 2026, calledOn: '2026-02-02' });
    const plumberCall = calls.find((c) => c.partnerId === plumber.id)!;
    const bakerCall = calls.find((c) => c.partnerId === baker.id)!;
    const insurerCall = calls.find((c) => c.partnerId === insurer.id)!;
    await call(admin, 'club.fees.recordPayment', { feeCallId: bakerCall.id, paidOn: '2026-02-02', amountCents: 10_000, method: 'card' });

    const office = await at('2026-03-10');
    const first = await call(office, 'club.fees.recordReminders', { feeCallIds: [plumberCall.id], sentOn: '2026-03-10' });
    expect(first.calls[0]).toMatchObject({ reminderCount: 1, lastReminderOn: '2026-03-10' });
    // Several calls at once: each gets its next level, and they come back in the order given.
    const second = await call(office, 'club.fees.recordReminders', { feeCallIds: [insurerCall.id, plumberCall.id], sentOn: '2026-03-10' });
    expect(second.calls.map((c) => [c.partnerName, c.reminderCount])).toEqual([
      ['Mutuelle Picarde', 1],
      ['Plomberie Martin', 2],
    ]);

    expect((await call(office, 'club.fees.reminderLetters', { feeCallIds: [plumberCall.id, insurerCall.id] })).count).toBe(2);
    const letters = await call(office, 'club.fees.reminderLetters', { feeCallIds: [plumberCall.id] });
    expect(letters.count).toBe(1);
    expect(letters.fileName).toBe('relances-cotisations-2026-03-10.pdf');
    expect(Buffer.from(letters.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const paid = expectError(await office.invoke('club.fees.recordReminders', { feeCallIds: [plumberCall.id, bakerCall.id], sentOn: '2026-03-10' }), 'CONFLICT');
    expect(paid.message).toBe('La cotisation 2026 de Boulangerie du Beffroi est réglée : pas de relance.');
    expect((await call(office, 'club.fees.list', { year: 2026 })).calls.find((c) => c.id === plumberCall.id)?.reminderCount).toBe(2);
    expectError(await office.invoke('club.fees.reminderLetters', { feeCallIds: [plumberCall.id, 9999] }), 'NOT_FOUND');
  });
});
