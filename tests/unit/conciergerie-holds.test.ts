import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { runSql } from './people-fixtures.ts';
import { readRows, seedItem, seedMember } from './conciergerie-fixtures.ts';
import { loansOffice } from './conciergerie-office.ts';

const holdRows = (file: string) => readRows<{ id: number; status: string; copy_id: number | null }>(file, 'SELECT id, status, copy_id FROM hold ORDER BY id');
const copyStatus = (file: string, barcode: string) => readRows<{ status: string }>(file, 'SELECT status FROM copy WHERE barcode = ?', barcode)[0]!.status;

describe('waiting lists', () => {
  it('numbers the members waiting from 1, closes the gap when one leaves, and refuses a second place', async () => {
    const { counter, file, members, items } = await loansOffice();
    const nguyen = seedMember(file, { number: 'A00044', familyName: 'Nguyen', firstName: 'Lan', civility: 'madame' });
    const roux = seedMember(file, { number: 'A00045', familyName: 'Roux', firstName: 'Paul', civility: 'monsieur' });
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    const first = await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId });
    expect(first).toMatchObject({ status: 'waiting', position: 1, kind: 'queue' });
    expect(first.message).toBe('A00043 — M. Petit est en position 1 dans la file d’attente de « Les Misérables ».');
    const second = await call(counter, 'holds.place', { memberId: nguyen, itemId: items.novel.itemId });
    await call(counter, 'holds.place', { memberId: roux, itemId: items.novel.itemId });

    const positions = async () =>
      (await call(counter, 'holds.waitingLists', { itemId: null })).lists.map((list) => [list.title, list.copies, list.available, list.nextDueOn, list.entries.map((e) => `${e.memberNumber}:${e.position}`)]);
    expect(await positions()).toEqual([['Les Misérables', 1, 0, '2026-03-23', ['A00043:1', 'A00044:2', 'A00045:3']]]);

    const left = await call(counter, 'holds.cancel', { id: second.id });
    expect(left.message).toBe('A00044 — Mme Nguyen quitte la file d’attente de « Les Misérables ».');
    expect(await positions()).toEqual([['Les Misérables', 1, 0, '2026-03-23', ['A00043:1', 'A00045:2']]]);

    const twice = expectError(await counter.invoke('holds.place', { memberId: roux, itemId: items.novel.itemId }), 'CONFLICT');
    expect(twice.message).toBe('A00045 est déjà dans la file d’attente de « Les Misérables » (position 2).');
    const borrower = expectError(await counter.invoke('holds.place', { memberId: members.dupont, itemId: items.novel.itemId }), 'CONFLICT');
    expect(borrower.message).toBe('A00042 a déjà « Les Misérables » en prêt (retour prévu le 23/03/2026).');
    expect(expectError(await counter.invoke('holds.cancel', { id: second.id }), 'CONFLICT').message).toBe(
      'Cette réservation est close (retirée, annulée ou expirée) : elle ne change plus.',
    );
  });

  it('puts a copy on the shelf aside at once, lists the member to tell, and marks them told', async () => {
    const { counter, file, members, items } = await loansOffice('2026-03-02');
    const hold = await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.comic.itemId, note: 'Appeler après 18 h' });
    expect(hold).toMatchObject({ status: 'ready', copyBarcode: 'E000003', readyOn: '2026-03-02', collectBy: '2026-03-09', position: null });
    expect(hold.message).toBe('Un exemplaire de « Astérix le Gaulois » est disponible : À mettre de côté pour A00042 — Mme Dupont (E000003).');
    expect(copyStatus(file, 'E000003')).toBe('reserved');

    const toTell = await call(counter, 'holds.toNotify', {});
    expect(toTell.rows.map((row) => [row.memberNumber, row.title, row.phone, row.note])).toEqual([['A00042', 'Astérix le Gaulois', '+33322334455', 'Appeler après 18 h']]);
    const told = await call(counter, 'holds.markNotified', { id: hold.id });
    expect(told.notifiedOn).toBe('2026-03-02');
    expect((await call(counter, 'holds.toNotify', {})).rows).toEqual([]);
    expect(expectError(await counter.invoke('holds.markNotified', { id: hold.id }), 'CONFLICT').message).toBe('L’adhérent a déjà été prévenu le 02/03/2026.');
  });

  it('lets a hold not collected within 7 days expire: reads show it without writing, the next write hands the copy on', async () => {
    const { counter, file, members, items, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    const petitHold = await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId });
    const nguyen = seedMember(file, { number: 'A00044', familyName: 'Nguyen', civility: 'madame' });
    await call(counter, 'holds.place', { memberId: nguyen, itemId: items.novel.itemId });
    await call(counter, 'loans.checkIn', { barcode: 'E000002' }); // put aside for Petit on 02/03, to collect by 09/03

    await setDay('2026-03-09');
    expect((await call(counter, 'holds.ofMember', { memberId: members.petit })).rows[0]).toMatchObject({ status: 'ready', lapsed: false });
    await setDay('2026-03-10');
    const lists = await call(counter, 'holds.waitingLists', { itemId: items.novel.itemId });
    expect(lists.lapsed).toBe(1);
    expect(lists.lists[0]!.entries.map((e) => [e.memberNumber, e.status, e.lapsed])).toEqual([
      ['A00043', 'expired', true],
      ['A00044', 'waiting', false],
    ]);
    expect((await call(counter, 'holds.toNotify', {})).rows).toEqual([]);
    // The counter already treats the copy as Nguyen's.
    const scan = await call(counter, 'counter.scan', { code: 'E000002', memberId: members.dupont });
    expect(scan).toMatchObject({ kind: 'lend', refusals: ['E000002 (« Les Misérables ») est réservé pour A00044 — Mme Nguyen.'] });
    // Reads wrote nothing.
    expect(holdRows(file).map((hold) => hold.status)).toEqual(['ready', 'waiting']);

    const released = await call(counter, 'holds.releaseExpired', {});
    expect(released.expired).toBe(1);
    expect(released.message).toBe('1 réservation échue. À mettre de côté pour A00044 — Mme Nguyen.');
    expect(holdRows(file)).toEqual([
      { id: petitHold.id, status: 'expired', copy_id: items.novel.copies.E000002 },
      { id: expect.any(Number), status: 'ready', copy_id: items.novel.copies.E000002 },
    ]);
    expect(copyStatus(file, 'E000002')).toBe('reserved');
  });

  it('settles expired holds at the next copy event, and shelves the copy when nobody else waits', async () => {
    const { counter, file, members, items, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.comic.itemId }); // E000003 put aside
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] });
    await setDay('2026-03-12');
    await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    expect(holdRows(file).map((hold) => hold.status)).toEqual(['expired']);
    expect(copyStatus(file, 'E000003')).toBe('available');
  });

  it('hands a copy put aside on to the next member when its holder leaves the list', async () => {
    const { counter, file, members, items } = await loansOffice();
    const ready = await call(counter, 'holds.place', { memberId: members.petit, itemId: items.comic.itemId });
    await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.comic.itemId });
    const cancelled = await call(counter, 'holds.cancel', { id: ready.id });
    expect(cancelled.message).toBe(
      'A00043 — M. Petit quitte la file d’attente de « Astérix le Gaulois ». L’exemplaire E000003 passe au suivant : À mettre de côté pour A00042 — Mme Dupont.',
    );
    expect(holdRows(file).map((hold) => hold.status)).toEqual(['cancelled', 'ready']);
    expect(copyStatus(file, 'E000003')).toBe('reserved');
  });

  it('refuses records that cannot be lent, and unknown ones', async () => {
    const { counter, file, members } = await loansOffice();
    const gone = seedItem(file, { title: 'Tondeuse', barcodes: ['E000040'] });
    runSql(file, "UPDATE copy SET status = 'retired' WHERE barcode = 'E000040'");
    expect(expectError(await counter.invoke('holds.place', { memberId: members.dupont, itemId: gone.itemId }), 'CONFLICT').message).toBe(
      '« Tondeuse » n’a aucun exemplaire à prêter : il ne peut pas être réservé.',
    );
    expect(expectError(await counter.invoke('holds.place', { memberId: members.dupont, itemId: 9999 }), 'NOT_FOUND').message).toBe('Fiche du catalogue introuvable.');
  });
});

describe('reservations with dates', () => {
  it('accepts as many overlapping reservations as there are copies, and says which day is full', async () => {
    const { counter, file, members, items } = await loansOffice('2026-03-02');
    const nguyen = seedMember(file, { number: 'A00044', familyName: 'Nguyen', civility: 'madame' });
    const first = await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.game.itemId, wantedFrom: '2026-04-04', wantedUntil: '2026-04-06' });
    expect(first).toMatchObject({ kind: 'reservation', status: 'waiting', position: null });
    expect(first.message).toBe('« Dixit » réservé pour A00042 — Mme Dupont du 04/04/2026 au 06/04/2026.');
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.game.itemId, wantedFrom: '2026-04-05', wantedUntil: '2026-04-12' });
    const full = expectError(
      await counter.invoke('holds.place', { memberId: nguyen, itemId: items.game.itemId, wantedFrom: '2026-04-01', wantedUntil: '2026-04-05' }),
      'CONFLICT',
    );
    expect(full.message).toBe('Aucun exemplaire de « Dixit » n’est libre le 05/04/2026 : tous sont déjà réservés ou prêtés ce jour-là. Choisissez d’autres dates.');
    // From the 7th one copy is free again.
    await call(counter, 'holds.place', { memberId: nguyen, itemId: items.game.itemId, wantedFrom: '2026-04-07', wantedUntil: '2026-04-09' });
    const again = expectError(
      await counter.invoke('holds.place', { memberId: members.dupont, itemId: items.game.itemId, wantedFrom: '2026-04-06', wantedUntil: '2026-04-08' }),
      'CONFLICT',
    );
    expect(again.message).toBe('A00042 a déjà réservé « Dixit » du 04/04/2026 au 06/04/2026.');
  });

  it('counts copies out on loan until their due date', async () => {
    const { counter, members, items } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'] }); // due 23/03
    const refused = expectError(
      await counter.invoke('holds.place', { memberId: members.petit, itemId: items.novel.itemId, wantedFrom: '2026-03-20', wantedUntil: '2026-03-25' }),
      'CONFLICT',
    );
    expect(refused.issues).toEqual([{ path: 'wantedFrom', message: 'Aucun exemplaire libre le 20/03/2026.' }]);
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId, wantedFrom: '2026-03-24', wantedUntil: '2026-03-25' });
  });

  it('checks the dates given', async () => {
    const { counter, members, items } = await loansOffice('2026-03-02');
    const place = (wantedFrom: string | null, wantedUntil: string | null) =>
      counter.invoke('holds.place', { memberId: members.dupont, itemId: items.game.itemId, wantedFrom, wantedUntil });
    expect(expectError(await place('2026-03-01', '2026-03-05'), 'VALIDATION').message).toBe('Une réservation commence aujourd’hui ou plus tard.');
    expect(expectError(await place('2026-03-10', '2026-03-05'), 'VALIDATION').message).toBe('La fin de la réservation doit suivre son début.');
    expect(expectError(await place('2026-03-10', null), 'VALIDATION').issues).toEqual([{ path: 'wantedUntil', message: 'Indiquez le dernier jour de la réservation.' }]);
    expect(expectError(await place('2026-03-10', '2026-12-31'), 'VALIDATION').message).toBe('Une réservation ne dépasse pas 180 jours.');
    expect(expectError(await place('10/03/2026', '2026-03-12'), 'VALIDATION').message).toBe('Date invalide : attendue au format AAAA-MM-JJ.');
  });

  it('shows reservations on the month’s calendar, is collected by a loan once begun, and expires when its last day has passed', async () => {
    const { counter, file, members, items, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.game.itemId, wantedFrom: '2026-03-30', wantedUntil: '2026-04-02' });
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId, wantedFrom: '2026-04-10', wantedUntil: '2026-04-12' });
    const march = await call(counter, 'holds.calendar', { month: '2026-03' });
    expect(march).toMatchObject({ first: '2026-03-01', last: '2026-03-31' });
    expect(march.rows.map((row) => [row.title, row.wantedFrom, row.wantedUntil])).toEqual([['Dixit', '2026-03-30', '2026-04-02']]);
    expect((await call(counter, 'holds.calendar', { month: '2026-04' })).rows.map((row) => row.title)).toEqual(['Dixit', 'Les Misérables']);
    expect(expectError(await counter.invoke('holds.calendar', { month: '2026-13' }), 'VALIDATION').message).toBe('Mois invalide : attendu au format AAAA-MM.');

    await setDay('2026-03-30');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000004'] });
    await setDay('2026-04-13');
    await call(counter, 'holds.releaseExpired', {});
    expect(readRows(file, 'SELECT status FROM hold ORDER BY id')).toEqual([{ status: 'collected' }, { status: 'expired' }]);
  });

  it('keeps a returned copy on the shelf for a reservation under way rather than for the waiting list', async () => {
    const { counter, file, members, items, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000002'], dueOn: '2026-03-09' });
    const nguyen = seedMember(file, { number: 'A00044', familyName: 'Nguyen', civility: 'madame' });
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.novel.itemId, wantedFrom: '2026-03-10', wantedUntil: '2026-03-14' });
    await call(counter, 'holds.place', { memberId: nguyen, itemId: items.novel.itemId });
    await setDay('2026-03-11');
    const back = await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    expect(back.setAside).toBeNull();
    expect(copyStatus(file, 'E000002')).toBe('available');
    const forOther = expectError(await counter.invoke('loans.checkOut', { memberId: nguyen, barcodes: ['E000002'] }), 'CONFLICT');
    expect(forOther.message).toBe('Prêt refusé. E000002 (« Les Misérables ») est réservé du 10/03/2026 au 14/03/2026 pour A00043 — M. Petit : il ne peut pas sortir maintenant.');
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000002'] });
    expect(readRows(file, 'SELECT member_id, status FROM hold ORDER BY id')).toEqual([
      { member_id: members.petit, status: 'collected' },
      { member_id: nguyen, status: 'waiting' },
    ]);
  });
});
