import { describe, expect, it } from 'vitest';
import { euros } from '../../src-main/shared/money.ts';
import { call, expectError } from './helpers.ts';
import { readRows, seedFlag, seedItem, seedKitParts } from './conciergerie-fixtures.ts';
import { loansOffice } from './conciergerie-office.ts';

describe('counter mode: one input for cards and barcodes', () => {
  it('shows the member behind a card: membership, balance, blocks, loans with the overdue ones, copies put aside', async () => {
    const { counter, members, items, setDay } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000001', 'E000002'], depositMethod: 'cash' });
    await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.comic.itemId });
    await setDay('2026-03-12');

    const scan = await call(counter, 'counter.scan', { code: '  a00042 ' });
    if (scan.kind !== 'member') expect.fail(`expected a member, got ${scan.kind}`);
    expect(scan.member).toMatchObject({
      number: 'A00042',
      name: 'Hélène Dupont',
      membership: { typeName: 'Mensuelle', endsOn: '2026-12-31' },
      balanceCents: 0,
      loansLeft: 0,
      maxLoans: 3,
    });
    expect(scan.member.blocks).toEqual([{ kind: 'overdue', message: '1 objet en retard à rapporter avant d’emprunter.' }]);
    expect(scan.member.openLoans.map((loan) => [loan.barcode, loan.dueOn, loan.overdue])).toEqual([
      ['E000001', '2026-03-09', true],
      ['E000002', '2026-03-23', false],
    ]);
    // The copy put aside on 02/03 is past its 7 days: it reads as expired, no longer waiting for her.
    expect(scan.member.readyHolds).toEqual([]);
  });

  it('lists the copies put aside for the member, still within their days', async () => {
    const { counter, members, items } = await loansOffice();
    await call(counter, 'holds.place', { memberId: members.dupont, itemId: items.comic.itemId });
    const member = await call(counter, 'counter.member', { memberId: members.dupont });
    expect(member.readyHolds.map((hold) => [hold.title, hold.copyBarcode, hold.collectBy])).toEqual([['Astérix le Gaulois', 'E000003', '2026-03-09']]);
  });

  it('checks each copy scanned for the member at once, counting the copies already scanned', async () => {
    const { counter, members } = await loansOffice('2026-03-02');
    const ok = await call(counter, 'counter.scan', { code: 'e000002', memberId: members.dupont });
    expect(ok).toMatchObject({ kind: 'lend', copy: { barcode: 'E000002', title: 'Les Misérables', status: 'available' }, dueOn: '2026-03-23', refusals: [] });

    const drill = await call(counter, 'counter.scan', { code: 'E000001', memberId: members.dupont, pending: ['E000002'] });
    expect(drill).toMatchObject({ kind: 'lend', dueOn: '2026-03-09', refusals: [], copy: { depositCents: 3000, replacementValueCents: 8900 } });

    const twice = await call(counter, 'counter.scan', { code: 'E000002', memberId: members.dupont, pending: ['E000002'] });
    expect(twice).toMatchObject({ kind: 'lend', refusals: ['E000002 est scanné deux fois.'] });

    const fourth = await call(counter, 'counter.scan', { code: 'E000004', memberId: members.dupont, pending: ['E000001', 'E000002', 'E000003'] });
    expect(fourth).toMatchObject({ kind: 'lend', refusals: ['Limite dépassée : A00042 peut encore emprunter 3 objets (maximum 3) ; retirez-en 1.'] });
  });

  it('shows a blocked member’s reasons on every copy scanned for them', async () => {
    const { counter, file, members } = await loansOffice();
    seedFlag(file, members.petit, 'Comportement agressif au comptoir');
    const scan = await call(counter, 'counter.scan', { code: 'E000002', memberId: members.petit });
    expect(scan).toMatchObject({ kind: 'lend', refusals: ['Bloqué par l’équipe : Comportement agressif au comptoir'] });
  });

  it('takes back a copy scanned with no member selected, or lent to the member selected', async () => {
    const { counter, members } = await loansOffice('2026-03-02');
    await call(counter, 'loans.checkOut', { memberId: members.dupont, barcodes: ['E000001'], depositMethod: 'cheque' });
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: ['E000002'] });

    const anyone = await call(counter, 'counter.scan', { code: 'E000001' });
    expect(anyone).toMatchObject({ kind: 'return', depositMethod: 'cheque', loan: { memberNumber: 'A00042', dueOn: '2026-03-09' }, copy: { depositCents: 3000 } });
    const own = await call(counter, 'counter.scan', { code: 'E000002', memberId: members.petit });
    expect(own).toMatchObject({ kind: 'return', depositMethod: null, loan: { memberNumber: 'A00043' } });
    // Lent to someone else than the member at the counter: not taken back from here.
    const other = await call(counter, 'counter.scan', { code: 'E000002', memberId: members.dupont });
    expect(other).toMatchObject({
      kind: 'lend',
      refusals: ['E000002 (« Les Misérables ») est déjà en prêt jusqu’au 23/03/2026 (adhérent A00043) : il doit d’abord être rendu.'],
    });
  });

  it('says where a copy stands when no member is selected, and what an unknown code is not', async () => {
    const { counter, file, members, items } = await loansOffice();
    seedItem(file, { kind: 'kit', title: 'Kit peinture', barcodes: ['E000030'] });
    seedItem(file, { title: 'Rouleau', barcodes: ['E000031'] });
    seedKitParts(file, 'E000030', ['E000031']);
    await call(counter, 'holds.place', { memberId: members.petit, itemId: items.comic.itemId });

    expect(await call(counter, 'counter.scan', { code: 'E000002' })).toMatchObject({
      kind: 'copy',
      message: 'E000002 (« Les Misérables ») est disponible : scannez d’abord la carte de l’adhérent pour le prêter.',
    });
    expect(await call(counter, 'counter.scan', { code: 'E000003' })).toMatchObject({
      kind: 'copy',
      message: 'E000003 (« Astérix le Gaulois ») : à mettre de côté pour A00043 — M. Petit. Scannez sa carte pour le lui prêter.',
    });
    expect(await call(counter, 'counter.scan', { code: 'E000031' })).toMatchObject({
      kind: 'copy',
      message: 'E000031 (« Rouleau ») fait partie du kit E000030 (« Kit peinture ») : scannez le kit.',
    });
    expect(await call(counter, 'counter.scan', { code: 'E000030' })).toMatchObject({ kind: 'copy', copy: { itemKind: 'kit', parts: [{ barcode: 'E000031', title: 'Rouleau' }] } });
    expect(await call(counter, 'counter.scan', { code: 'A09999' })).toEqual({ kind: 'unknown', code: 'A09999', message: 'Aucun adhérent n’a le numéro A09999 : vérifiez la carte.' });
    expect(await call(counter, 'counter.scan', { code: 'zz-12' })).toEqual({
      kind: 'unknown',
      code: 'ZZ-12',
      message: 'Code ZZ-12 inconnu : ce n’est ni une carte d’adhérent ni un exemplaire du catalogue.',
    });
    expect(expectError(await counter.invoke('counter.scan', { code: '' }), 'VALIDATION').message).toBe('Scannez ou saisissez un code-barres.');
    expect(expectError(await counter.invoke('counter.scan', { code: 'E000002', memberId: 999 }), 'NOT_FOUND').message).toBe('Adhérent introuvable.');
  });

  it('runs the whole loop: card, copies, loan, then a late return whose fee shows on the card', async () => {
    const { counter, file, members, setDay } = await loansOffice('2026-03-02');
    const card = await call(counter, 'counter.scan', { code: 'A00043' });
    expect(card.kind).toBe('member');
    const pending: string[] = [];
    for (const code of ['E000002', 'E000003']) {
      const scan = await call(counter, 'counter.scan', { code, memberId: members.petit, pending });
      expect(scan).toMatchObject({ kind: 'lend', refusals: [] });
      pending.push(code);
    }
    await call(counter, 'loans.checkOut', { memberId: members.petit, barcodes: pending });
    await setDay('2026-03-31'); // 8 days late: 2 weeks started
    const scan = await call(counter, 'counter.scan', { code: 'E000002' });
    expect(scan.kind).toBe('return');
    const back = await call(counter, 'loans.checkIn', { barcode: 'E000002' });
    expect(back.lateFeeCents).toBe(60);
    const member = await call(counter, 'counter.member', { memberId: members.petit });
    expect(member.balanceCents).toBe(60);
    expect(member.blocks.map((block) => block.message)).toEqual([
      `Solde impayé de ${euros(60)} : à régler avant d’emprunter.`,
      '1 objet en retard à rapporter avant d’emprunter.',
    ]);
    expect(readRows(file, 'SELECT count(*) AS n FROM loan WHERE returned_on IS NULL')).toEqual([{ n: 1 }]);
  });
});
