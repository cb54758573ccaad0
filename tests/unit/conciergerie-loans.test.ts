import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SyncDb } from '../../db/query.ts';
import { fillDemoLoans } from '../../src-main/demo/loans.ts';
import { seededRandom } from '../../src-main/demo/random.ts';
import { euros } from '../../src-main/shared/money.ts';
import { call, expectError, newBackend } from './helpers.ts';
import { countRows, runSql } from './people-fixtures.ts';
import { clearFlag, readRows, seedBalancePayment, seedFlag, seedItem, seedKitParts, seedMember } from './conciergerie-fixtures.ts';
import { loansOffice } from './conciergerie-office.ts';

/** Everything a refused call could have touched, to check that it touched nothing. */
const snapshot = (file: string) =>
  readRows(
    file,
    `SELECT (SELECT count(*) FROM loan) AS loans, (SELECT count(*) FROM payment) AS payments,
            (SELECT group_concat(barcode || ':' || status, ',') FROM copy) AS copies,
            (SELECT count(*) FROM member_account_entry) AS entries, (SELECT group_concat(status, ',') FROM hold) AS holds`,
  )[0];

const isPdf = (base64: string) => Buffer.from(base64, 'base64').subarray(0, 5).toString('latin1') === '%PDF-';

describe('check-out', () => {
  it('lends a drill and two books in one go: due dates from each record, deposit through the till, loan form', async () => {
    const { counter, file, members } = await loansOffice('2026-03-02');
    const out = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['e000001 ', 'E000002', 'E000003'], depositMethod: 'card' });

    expect(out.loans.map((loan) => [loan.barcode, loan.lentOn, loan.dueOn, loan.backdated])).toEqual([
      ['E000001', '2026-03-02', '2026-03-09', false], // the drill's own 7 days
      ['E000002', '2026-03-02', '2026-03-23', false], // the counter's default 21 days
      ['E000003', '2026-03-02', '2026-03-23', false],
    ]);
    expect(out.message).toBe('3 prêts enregistrés pour A00042 — Mme Dupont, retours du 09/03/2026 au 23/03/2026.');
    expect(readRows(file, "SELECT status FROM copy WHERE barcode IN ('E000001', 'E000002', 'E000003')")).toEqual([
      { status: 'on_loan' },
      { status: 'on_loan' },
      { status: 'on_loan' },
    ]);
    expect(readRows(file, 'SELECT member_id, method, purpose, amount_cents, label FROM payment')).toEqual([
      { member_id: members.dupont, method: 'card', purpose: 'deposit', amount_cents: 3000, label: 'Caution — Perceuse à percussion (E000001)' },
    ]);
    expect(out.deposits).toEqual([expect.objectContaining({ loanId: out.loans[0]!.id, amountCents: 3000, receiptNumber: '2026-000001' })]);

    const form = await call(counter, 'loans.formPdf', { loanIds: out.loans.map((loan) => loan.id) });
    expect(isPdf(form.base64)).toBe(true);
    expect(form.fileName).toBe('fiche-de-pret-A00042-2026-03-02.pdf');
  });

  it('refuses a member blocked by the team, with the reason, and writes nothing', async () => {
    const { counter, file, members } = await loansOffice();
    const flag = seedFlag(file, members.dupont, 'Perceuse rendue cassée sans explication');
    const before = snapshot(file);
    const refused = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] }), 'CONFLICT');
    expect(refused.message).toBe('Prêt refusé. Bloqué par l’équipe : Perceuse rendue cassée sans explication');
    expect(snapshot(file)).toEqual(before);

    clearFlag(file, flag);
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
  });

  it('gives every reason at once: no membership in force, unpaid balance, and the copies’ own problems', async () => {
    const { counter, file } = await loansOffice();
    const lapsed = seedMember(file, { number: 'A00050', familyName: 'Martin', membership: { typeId: 1, startsOn: '2025-01-01', endsOn: '2025-12-31' } });
    runSql(file, "INSERT INTO member_account_entry (member_id, kind, amount_cents, label, created_at) VALUES (?, 'late_fee', 90, 'Retard', '2026-01-01')", lapsed);
    const refused = expectError(await counter.invoke('loans.checkOut', { memberId: lapsed, barcodes: ['E000002', 'E999999'] }), 'CONFLICT');
    expect(refused.issues).toEqual([
      { path: 'memberId', message: 'Adhésion expirée le 31/12/2025 : renouvelez-la pour emprunter.' },
      { path: 'memberId', message: `Solde impayé de ${euros(90)} : à régler avant d’emprunter.` },
      { path: 'barcodes.1', message: 'Aucun exemplaire n’a le code-barres E999999 : vérifiez le code.' },
    ]);
  });

  it('keeps to the membership’s limit, counting the loans already out', async () => {
    const { counter, file, members } = await loansOffice();
    seedItem(file, { title: 'Scie sauteuse', barcodes: ['E000010'] });
    const tooMany = expectError(
      await counter.invoke('loans.checkOut', { memberId: members.petit, barcodes: ['E000002', 'E000003', 'E000004', 'E000010'] }),
      'CONFLICT',
    );
    expect(tooMany.message).toBe('Prêt refusé. Limite dépassée : A00043 peut encore emprunter 3 objets (maximum 3) ; retirez-en 1.');

    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000002', 'E000003'] });
    const oneLeft = expectError(await counter.invoke('loans.checkOut', { memberId: members.petit, barcodes: ['E000004', 'E000010'] }), 'CONFLICT');
    expect(oneLeft.message).toContain('peut encore emprunter 1 objet (maximum 3) ; retirez-en 1.');
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000004'] });
    const none = expectError(await counter.invoke('loans.checkOut', { memberId: members.petit, barcodes: ['E000010'] }), 'CONFLICT');
    expect(none.message).toBe('Prêt refusé. Limite atteinte : A00043 a déjà 3 prêts en cours, le maximum autorisé (3).');
  });

  it('keeps within the office’s ceiling when it is lower than the membership’s limit', async () => {
    const { admin, counter, members } = await loansOffice();
    const rules = await call(admin, 'settings.get', {});
    await call(admin, 'settings.saveCounter', { ...rules.counter, maxLoansPerMember: 2 });
    const refused = expectError(await counter.invoke('loans.checkOut', { memberId: members.petit, barcodes: ['E000002', 'E000003', 'E000004'] }), 'CONFLICT');
    expect(refused.message).toBe('Prêt refusé. Limite dépassée : A00043 peut encore emprunter 2 objets (maximum 2) ; retirez-en 1.');
    expect((await call(counter, 'counter.member', { memberId: members.petit })).maxLoans).toBe(2);
  });

  it('says why each copy cannot go out: lent (until when, to whom), in repair, retired, set aside for someone else, twice, a kit part', async () => {
    const { counter, file, members } = await loansOffice();
    seedItem(file, { title: 'Ponceuse', barcodes: ['E000020', 'E000021', 'E000022'] });
    runSql(file, "UPDATE copy SET status = 'in_repair' WHERE barcode = 'E000020'");
    runSql(file, "UPDATE copy SET status = 'retired' WHERE barcode = 'E000021'");
    seedItem(file, { kind: 'kit', title: 'Kit peinture', barcodes: ['E000030'] });
    seedItem(file, { title: 'Rouleau', barcodes: ['E000031'] });
    seedKitParts(file, 'E000030', ['E000031']);
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000002'] });
    await call(counter, 'holds.place', { memberId: members.petit, itemId: readRows<{ item_id: number }>(file, "SELECT item_id FROM copy WHERE barcode = 'E000022'")[0]!.item_id });

    const refused = expectError(
      await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000002', 'E000020', 'E000021', 'E000022', 'E000003', 'E000003'] }),
      'CONFLICT',
    );
    expect(refused.issues.map((issue) => `${issue.path} ${issue.message}`)).toEqual([
      'memberId Limite dépassée : A00042 peut encore emprunter 3 objets (maximum 3) ; retirez-en 3.',
      'barcodes.0 E000002 (« Les Misérables ») est déjà en prêt jusqu’au 23/03/2026 (adhérent A00043) : il doit d’abord être rendu.',
      'barcodes.1 E000020 (« Ponceuse ») est en réparation : il ne peut pas être prêté.',
      'barcodes.2 E000021 (« Ponceuse ») est retiré du catalogue : il ne se prête plus.',
      'barcodes.3 E000022 (« Ponceuse ») est réservé pour A00043 — M. Petit.',
      'barcodes.5 E000003 est scanné deux fois.',
    ]);
    const part = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000031'] }), 'CONFLICT');
    expect(part.message).toBe('Prêt refusé. E000031 (« Rouleau ») fait partie du kit E000030 (« Kit peinture ») : scannez le kit, il se prête en entier.');
  });

  it('asks how the deposit is paid, and refuses while the till is closed', async () => {
    const { counter, file, members } = await loansOffice();
    const noMethod = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000001'] }), 'CONFLICT');
    expect(noMethod.message).toBe(`Prêt refusé. Caution de ${euros(3000)} à encaisser : choisissez le moyen de paiement.`);
    runSql(file, "UPDATE till_session SET closed_at = '2026-03-02T09:00:00.000Z'");
    const closed = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000001'], depositMethod: 'cash' }), 'CONFLICT');
    expect(closed.message).toBe(`Prêt refusé. Caution de ${euros(3000)} à encaisser, mais la caisse est fermée : ouvrez la caisse avant ce prêt.`);
    expect(countRows(file, 'loan')).toBe(0);
    // A record without a deposit still goes out with the till closed.
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
  });

  it('records a forgotten loan back-dated up to 60 days, flagged, its due date counted from the day lent', async () => {
    const { counter, members } = await loansOffice('2026-03-02');
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'], lentOn: '2026-02-20' });
    expect(loans[0]).toMatchObject({ lentOn: '2026-02-20', dueOn: '2026-03-13', backdated: true });

    const future = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000003'], lentOn: '2026-03-03' }), 'VALIDATION');
    expect(future.issues).toEqual([{ path: 'lentOn', message: 'Un prêt ne peut pas être daté dans le futur.' }]);
    const tooOld = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000003'], lentOn: '2025-12-31' }), 'VALIDATION');
    expect(tooOld.message).toBe('Un prêt oublié peut être antidaté de 60 jours au plus (pas avant le 01/01/2026).');
    // 1 January is 60 days back from 2 March: the limit itself is accepted.
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000003'], lentOn: '2026-01-01', dueOn: '2026-01-20' });
  });

  it('takes the operator’s due date instead of the record’s, within reason', async () => {
    const { counter, members } = await loansOffice('2026-03-02');
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'], dueOn: '2026-03-10' });
    expect(loans[0]!.dueOn).toBe('2026-03-10');
    const before = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000003'], dueOn: '2026-03-02' }), 'VALIDATION');
    expect(before.message).toBe('La date de retour doit suivre la date du prêt.');
    const tooLong = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000003'], dueOn: '2026-12-31' }), 'VALIDATION');
    expect(tooLong.message).toBe('Un prêt ne peut pas dépasser 180 jours.');
  });

  it('refuses a loan that would run into another member’s reservation, and accepts a due date before it', async () => {
    const { counter, members, items } = await loansOffice('2026-03-02');
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId, wantedFrom: '2026-03-12', wantedUntil: '2026-03-15' });
    const refused = expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] }), 'CONFLICT');
    expect(refused.message).toBe('Prêt refusé. E000002 (« Les Misérables ») est réservé à partir du 12/03/2026 : fixez un retour au plus tard le 11/03/2026.');
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'], dueOn: '2026-03-11' });
    expect(loans[0]!.dueOn).toBe('2026-03-11');
  });

  it('lends the copy set aside for this member and closes their hold', async () => {
    const { counter, file, members, items } = await loansOffice();
    const hold = await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId });
    expect(hold.status).toBe('ready');
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000002'] });
    expect(readRows(file, 'SELECT status, copy_id, closed_on FROM hold')).toEqual([{ status: 'collected', copy_id: items.novel.copies.E000002, closed_on: '2026-03-02' }]);
  });

  it('lends a kit as one loan with its parts, and takes it back whole', async () => {
    const { counter, file, members } = await loansOffice();
    seedItem(file, { kind: 'kit', title: 'Kit peinture', barcodes: ['E000030'] });
    seedItem(file, { title: 'Rouleau', barcodes: ['E000031'] });
    seedItem(file, { title: 'Bac à peinture', barcodes: ['E000032'] });
    seedKitParts(file, 'E000030', ['E000031', 'E000032']);
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000030'] });
    expect(loans).toHaveLength(1);
    expect(loans[0]!.parts.map((part) => part.barcode)).toEqual(['E000031', 'E000032']);
    expect(readRows(file, "SELECT barcode, status FROM copy WHERE barcode LIKE 'E00003%' ORDER BY barcode")).toEqual([
      { barcode: 'E000030', status: 'on_loan' },
      { barcode: 'E000031', status: 'on_loan' },
      { barcode: 'E000032', status: 'on_loan' },
    ]);
    const part = expectError(await counter.invoke('loans.checkIn', { barcode: 'E000031' }), 'CONFLICT');
    expect(part.message).toBe('E000031 (« Rouleau ») fait partie du kit E000030 : scannez le kit pour le rendre en entier.');
    await call(counter, 'loans.checkIn', { barcode: 'E000030' });
    expect(readRows(file, "SELECT status FROM copy WHERE barcode LIKE 'E00003%' GROUP BY status")).toEqual([{ status: 'available' }]);
  });

  it('refuses bad input in French and writes nothing', async () => {
    const { counter, file, members } = await loansOffice();
    const before = snapshot(file);
    expect(expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: [] }), 'VALIDATION').message).toBe('Scannez au moins un objet.');
    expect(expectError(await counter.invoke('loans.checkOut', { memberId: members.dupont, barcodes: ['  '] }), 'VALIDATION').message).toBe(
      'Scannez ou saisissez un code-barres.',
    );
    expect(expectError(await counter.invoke('loans.checkOut', { memberId: 999, barcodes: ['E000002'] }), 'NOT_FOUND').message).toBe('Adhérent introuvable.');
    expect(snapshot(file)).toEqual(before);
  });
});

describe('check-in', () => {
  it('charges every week started late on the member’s account, which then blocks borrowing until paid', async () => {
    const { counter, file, members, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] }); // due 23/03
    await setDay('2026-04-01'); // 9 days late: 2 weeks started
    const back = await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    expect(back).toMatchObject({ weeksLate: 2, lateFeeCents: 60, balanceCents: 60 });
    expect(back.loan).toMatchObject({ returnedOn: '2026-04-01', lateFeeCents: 60, daysLate: 9 });
    expect(back.message).toBe(
      `E000002 (« Les Misérables ») rendu par A00042 — Mme Dupont. Retard de 2 semaines : ${euros(60)} ajoutés au compte (solde dû ${euros(60)}). À ranger en rayon.`,
    );
    expect(readRows(file, 'SELECT kind, amount_cents, label, loan_id FROM member_account_entry')).toEqual([
      { kind: 'late_fee', amount_cents: 60, label: 'Retard de 2 semaines — Les Misérables (E000002)', loan_id: back.id },
    ]);
    const member = await call(counter, 'counter.member', { memberId: members.dupont });
    expect(member.blocks.map((block) => block.kind)).toEqual(['balance']);
  });

  it('counts lateness beyond the grace days only, and nothing within them', async () => {
    const { admin, counter, members, setDay } = await loansOffice('2026-03-02');
    await call(admin, 'settings.saveCounter', { defaultLoanDays: 14, lateFeePerWeekCents: 50, defaultDepositCents: 0, maxLoansPerMember: 5, graceDays: 3 });
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002', 'E000003'] }); // due 16/03
    await setDay('2026-03-19'); // 3 days late: within grace
    expect((await call(counter, 'loans.checkIn', { barcode: 'E000002' })).lateFeeCents).toBe(0);
    await setDay('2026-03-27'); // 11 days late, 8 beyond grace: 2 weeks started
    expect(await call(counter, 'loans.checkIn', { barcode: 'E000003' })).toMatchObject({ weeksLate: 2, lateFeeCents: 100 });
  });

  it('takes a return dated back to the day it really came, and never before the loan or in the future', async () => {
    const { counter, members, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    await setDay('2026-04-10');
    expect(expectError(await counter.invoke('loans.checkIn', { barcode: 'E000002', returnedOn: '2026-04-11' }), 'VALIDATION').message).toBe(
      'La date de retour ne peut pas être dans le futur.',
    );
    expect(expectError(await counter.invoke('loans.checkIn', { barcode: 'E000002', returnedOn: '2026-03-01' }), 'VALIDATION').message).toBe(
      'La date de retour précède celle du prêt (02/03/2026).',
    );
    const back = await call(counter, 'loans.checkIn', { barcode: 'E000002', returnedOn: '2026-03-23' });
    expect(back).toMatchObject({ lateFeeCents: 0, loan: { returnedOn: '2026-03-23' } });
  });

  it('notes the condition: unchanged by default, a worse one written on the copy', async () => {
    const { counter, file, members } = await loansOffice();
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002', 'E000003'] });
    const same = await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    expect(same.loan.conditionIn).toBe('good');
    const worse = await call(counter, 'loans.checkIn', { barcode: 'E000003', condition: 'damaged', note: 'Couverture déchirée' });
    expect(worse.message).toContain('État noté : abîmé (ouvrez une réparation si besoin).');
    expect(readRows(file, 'SELECT barcode, condition FROM copy WHERE barcode IN (?, ?) ORDER BY barcode', 'E000002', 'E000003')).toEqual([
      { barcode: 'E000002', condition: 'good' },
      { barcode: 'E000003', condition: 'damaged' },
    ]);
    expect(worse.loan).toMatchObject({ conditionOut: 'good', conditionIn: 'damaged', returnNote: 'Couverture déchirée' });
  });

  it('gives the deposit back the way it was paid, or keeps it with a reason', async () => {
    const { counter, file, members } = await loansOffice();
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000001'], depositMethod: 'cheque' });
    const back = await call(counter, 'loans.checkIn', { barcode: 'E000001' });
    expect(back.deposit).toEqual({ action: 'returned', amountCents: 3000, receiptNumber: '2026-000002' });
    expect(readRows(file, 'SELECT method, purpose, amount_cents, refund_of FROM payment ORDER BY id')).toEqual([
      { method: 'cheque', purpose: 'deposit', amount_cents: 3000, refund_of: null },
      { method: 'cheque', purpose: 'deposit_return', amount_cents: -3000, refund_of: 1 },
    ]);

    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000001'], depositMethod: 'cash' });
    const missing = expectError(await counter.invoke('loans.checkIn', { barcode: 'E000001', deposit: { action: 'keep', reason: '' } }), 'VALIDATION');
    expect(missing.message).toBe('Indiquez pourquoi la caution est conservée (3 caractères au moins).');
    const kept = await call(counter, 'loans.checkIn', { barcode: 'E000001', condition: 'damaged', deposit: { action: 'keep', reason: 'Mandrin cassé' } });
    expect(kept.deposit).toEqual({ action: 'kept', amountCents: 3000, receiptNumber: null });
    expect(kept.loan).toMatchObject({ depositReturned: false, returnNote: 'Caution conservée : Mandrin cassé' });
    expect(countRows(file, 'payment')).toBe(3);
  });

  it('puts a returned copy aside for the first member waiting, and says so', async () => {
    const { counter, file, members, items } = await loansOffice();
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    const third = seedMember(file, { number: 'A00044', familyName: 'Nguyen', firstName: 'Lan', civility: 'madame' });
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId });
    await call(counter, 'holds.place', { memberId: third, itemId: items.novel.itemId });
    const back = await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    expect(back.setAside).toMatchObject({ memberId: members.petit, memberNumber: 'A00043', message: 'À mettre de côté pour A00043 — M. Petit' });
    expect(back.message).toContain('À mettre de côté pour A00043 — M. Petit.');
    expect(readRows(file, "SELECT status FROM copy WHERE barcode = 'E000002'")).toEqual([{ status: 'reserved' }]);
    const lists = await call(counter, 'holds.waitingLists', { itemId: items.novel.itemId });
    expect(lists.lists[0]!.entries.map((entry) => [entry.memberNumber, entry.status, entry.position])).toEqual([
      ['A00043', 'ready', null],
      ['A00044', 'waiting', 1],
    ]);
  });

  it('refuses to take back what is not out', async () => {
    const { counter } = await loansOffice();
    expect(expectError(await counter.invoke('loans.checkIn', { barcode: 'E000002' }), 'CONFLICT').message).toBe(
      'E000002 (« Les Misérables ») n’est pas en prêt : il n’y a rien à rendre.',
    );
    expect(expectError(await counter.invoke('loans.checkIn', { barcode: 'X-42' }), 'NOT_FOUND').message).toBe(
      'Aucun exemplaire n’a le code-barres X-42 : vérifiez le code.',
    );
  });
});

describe('renewals', () => {
  it('renews from today for the record’s loan length, twice at most', async () => {
    const { counter, members, setDay } = await loansOffice('2026-03-02');
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    const id = loans[0]!.id;
    await setDay('2026-03-20');
    const first = await call(counter, 'loans.renew', { id });
    expect(first.loan).toMatchObject({ dueOn: '2026-04-10', renewals: 1 });
    expect(first.message).toBe('Prêt de « Les Misérables » renouvelé : retour le 10/04/2026 (renouvellement 1 sur 2).');
    await setDay('2026-04-08');
    expect((await call(counter, 'loans.renew', { id })).loan.dueOn).toBe('2026-04-29');
    await setDay('2026-04-27');
    const third = expectError(await counter.invoke('loans.renew', { id }), 'CONFLICT');
    expect(third.message).toBe('Renouvellement refusé. Déjà renouvelé 2 fois : l’objet doit revenir au comptoir.');
  });

  it('refuses when another member waits and no other copy is on the shelf, not when one is', async () => {
    const { counter, members, items, setDay } = await loansOffice('2026-03-02');
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002', 'E000004'] });
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId });
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.game.itemId });
    await setDay('2026-03-10');
    expect(expectError(await counter.invoke('loans.renew', { id: loans[0]!.id }), 'CONFLICT').message).toContain(
      'Un autre adhérent attend « Les Misérables » et aucun autre exemplaire n’est disponible.',
    );
    // Dixit has a second copy: it was put aside for Petit at once, so Petit no longer waits.
    const game = await call(counter, 'loans.renew', { id: loans[1]!.id });
    expect(game.loan.renewals).toBe(1);
  });

  it('refuses a blocked member, and a loan already back', async () => {
    const { counter, file, members, setDay } = await loansOffice('2026-03-02');
    const { loans } = await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002', 'E000003'] });
    seedFlag(file, members.dupont, 'Adresse à vérifier');
    await setDay('2026-03-10');
    expect(expectError(await counter.invoke('loans.renew', { id: loans[0]!.id }), 'CONFLICT').message).toBe(
      'Renouvellement refusé. Bloqué par l’équipe : Adresse à vérifier',
    );
    await call(counter, 'loans.checkIn', { barcode: 'E000003' });
    expect(expectError(await counter.invoke('loans.renew', { id: loans[1]!.id }), 'CONFLICT').message).toBe(
      'Ce prêt est clos : l’objet a été rendu le 10/03/2026.',
    );
  });
});

describe('lists, overdue and reminders', () => {
  it('lists open loans (overdue ones alone on request, searched by name or title) and the history', async () => {
    const { counter, members, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000001'], depositMethod: 'cash' }); // due 09/03
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000002'] }); // due 23/03
    await setDay('2026-03-12');
    const open = await call(counter, 'loans.open', {});
    expect(open.rows.map((row) => [row.barcode, row.overdue, row.daysLate, row.lateFeeCents])).toEqual([
      ['E000001', true, 3, 30],
      ['E000002', false, 0, 0],
    ]);
    expect((await call(counter, 'loans.open', { overdueOnly: true })).rows.map((row) => row.barcode)).toEqual(['E000001']);
    expect((await call(counter, 'loans.open', { search: 'miserables' })).rows.map((row) => row.memberNumber)).toEqual(['A00043']);
    expect((await call(counter, 'loans.open', { search: 'helene' })).rows.map((row) => row.barcode)).toEqual(['E000001']);
    await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    const history = await call(counter, 'loans.history', { memberId: members.petit });
    expect(history).toMatchObject({ total: 1, rows: [{ barcode: 'E000002', returnedOn: '2026-03-12' }] });
    expect((await call(counter, 'loans.ofMember', { memberId: members.petit })).recent.map((row) => row.barcode)).toEqual(['E000002']);
  });

  it('groups overdue loans per member and raises the reminder level, once a day at most', async () => {
    const { counter, file, members, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002', 'E000003'] });
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000004'] });
    await setDay('2026-03-30');
    const overdue = await call(counter, 'loans.overdue', {});
    expect(overdue.members.map((m) => [m.memberNumber, m.loans.length, m.feeSoFarCents, m.nextLevel, m.lastReminder])).toEqual([
      ['A00042', 2, 60, 1, null],
      ['A00043', 1, 30, 1, null],
    ]);

    const first = await call(counter, 'loans.recordReminders', { memberIds: [members.dupont, members.petit] });
    expect(first.reminders.map((r) => [r.memberId, r.level, r.alreadyToday])).toEqual([
      [members.dupont, 1, false],
      [members.petit, 1, false],
    ]);
    const letters = await call(counter, 'loans.reminderLettersPdf', { reminderIds: first.reminders.map((r) => r.id) });
    expect(letters).toMatchObject({ count: 2, fileName: 'relances-2026-03-30.pdf' });
    expect(isPdf(letters.base64)).toBe(true);

    const again = await call(counter, 'loans.recordReminders', { memberIds: [members.dupont] });
    expect(again.reminders).toEqual([{ id: first.reminders[0]!.id, memberId: members.dupont, level: 1, alreadyToday: true }]);
    expect(countRows(file, 'loan_reminder')).toBe(2);

    await setDay('2026-04-10');
    await call(counter, 'loans.checkIn', { barcode: 'E000004' });
    const second = await call(counter, 'loans.recordReminders', { memberIds: [members.dupont, members.petit] });
    expect(second.reminders.map((r) => [r.memberId, r.level])).toEqual([[members.dupont, 2]]);
    expect(second.skipped).toEqual([{ memberId: members.petit, message: 'A00043 n’a plus de prêt en retard : pas de relance.' }]);
    expect((await call(counter, 'loans.overdue', {})).members[0]!.lastReminder).toEqual({ level: 2, sentOn: '2026-04-10' });

    // Petit borrows again and is late again: a new episode starts at level 1.
    // (3 weeks late: 0,90 € paid first, or the balance would block the loan.)
    seedBalancePayment(file, members.petit, 90);
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000005'], lentOn: '2026-03-10' });
    const episode = await call(counter, 'loans.recordReminders', { memberIds: [members.petit] });
    expect(episode.reminders.map((r) => r.level)).toEqual([1]);
    expect(expectError(await counter.invoke('loans.recordReminders', { memberIds: [] }), 'VALIDATION').message).toBe('Choisissez au moins un adhérent à relancer.');
  });
});

describe('personal data', () => {
  it('exports a member’s loans and holds, and an erasure empties their notes but keeps the loans counted', async () => {
    const { admin, counter, file, members, items } = await loansOffice();
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    await call(counter, 'loans.checkIn', { barcode: 'E000002', note: 'Rendu par sa fille Zoé' });
    await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.comic.itemId, note: 'Appeler après 18 h' });
    const personId = readRows<{ person_id: number }>(file, 'SELECT person_id FROM member WHERE id = ?', members.dupont)[0]!.person_id;
    const exported = JSON.stringify(await call(admin, 'privacy.exportPerson', { personId }));
    expect(exported).toContain('Rendu par sa fille Zoé');
    expect(exported).toContain('Appeler après 18 h');

    await call(admin, 'privacy.erasePerson', { personId, reason: 'request' });
    expect(readRows(file, 'SELECT count(*) AS loans, max(return_note) AS note FROM loan')).toEqual([{ loans: 1, note: '' }]);
    expect(readRows(file, 'SELECT note FROM hold')).toEqual([{ note: '' }]);
  });
});

describe('demo loans', () => {
  /** Runs the demo loans on the office's file, through a connection of its own, in one transaction. */
  function fillDemo(file: string, now: string) {
    const sqlite = new Database(file);
    sqlite.pragma('busy_timeout = 5000');
    try {
      sqlite.transaction(() => fillDemoLoans(new SyncDb(sqlite), now, seededRandom(7)))();
    } finally {
      sqlite.close();
    }
  }

  it('does nothing in an office without members or copies', async () => {
    const backend = await newBackend();
    fillDemo(backend.databaseFile, new Date().toISOString());
    expect(readRows(backend.databaseFile, 'SELECT (SELECT count(*) FROM loan) AS loans, (SELECT count(*) FROM hold) AS holds')).toEqual([{ loans: 0, holds: 0 }]);
  });

  it('lends, late and on time, only records without a deposit, and keeps copy statuses in step', async () => {
    const { counter, file } = await loansOffice('2026-03-02');
    fillDemo(file, '2026-03-02T10:00:00.000Z');
    const loans = readRows<{ barcode: string }>(file, 'SELECT DISTINCT copy.barcode FROM loan JOIN copy ON copy.id = loan.copy_id');
    expect(loans.length).toBeGreaterThan(0);
    expect(loans.map((loan) => loan.barcode)).not.toContain('E000001'); // the drill asks for a deposit
    expect(readRows(file, "SELECT barcode FROM copy WHERE (status = 'on_loan') != EXISTS (SELECT 1 FROM loan WHERE loan.copy_id = copy.id AND returned_on IS NULL)")).toEqual([]);
    expect(readRows(file, "SELECT barcode FROM copy WHERE (status = 'reserved') != EXISTS (SELECT 1 FROM hold WHERE hold.copy_id = copy.id AND hold.status = 'ready')")).toEqual([]);
    // One member has overdue loans and a first reminder: the counter blocks them.
    const overdue = await call(counter, 'loans.overdue', {});
    expect(overdue.members).toHaveLength(1);
    expect(overdue.members[0]!.lastReminder).toEqual({ level: 1, sentOn: '2026-02-23' });
    const blocked = await call(counter, 'counter.member', { memberId: overdue.members[0]!.memberId });
    expect(blocked.blocks.map((block) => block.kind)).toContain('overdue');
  });
});
