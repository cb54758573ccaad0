import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { office, plain, PRICES, TYPES } from './members-office.ts';
import { countRows } from './people-fixtures.ts';

const orderTables = (file: string) => ['service_order', 'service_order_line', 'payment'].map((table) => countRows(file, table));

async function counterWithMember() {
  const place = await office();
  await call(place.admin, 'till.open', { openingCashCents: 2000 });
  const member = await call(place.admin, 'members.enrol', { personId: place.marcel.personId, membership: { typeId: TYPES.free } });
  return { ...place, memberId: member.id };
}

describe('price list', () => {
  it('lists the default prices, adds, edits and archives a service, and keeps old orders at their price', async () => {
    const { admin, memberId } = await counterWithMember();
    expect((await call(admin, 'services.prices', {})).map((s) => [s.kind, s.label, s.priceCents])).toEqual([
      ['basket', 'Panier de légumes', 1000],
      ['pressing', 'Chemise', 250],
      ['pressing', 'Couette', 1200],
      ['pressing', 'Pantalon', 400],
      ['pressing', 'Veste', 650],
    ]);
    const order = await call(admin, 'services.createOrder', { kind: 'pressing', memberId, dueOn: '2026-03-06', lines: [{ serviceId: PRICES.shirt, quantity: 3 }] });
    await call(admin, 'services.updatePrice', { id: PRICES.shirt, label: 'Chemise repassée', unit: 'pièce', priceCents: 300 });
    expect((await call(admin, 'services.order', { id: order.id })).lines).toEqual([
      { serviceId: PRICES.shirt, label: 'Chemise', quantity: 3, unitPriceCents: 250, totalCents: 750 },
    ]);

    const added = await call(admin, 'services.createPrice', { kind: 'pressing', label: 'Robe', unit: 'pièce', priceCents: 700 });
    await call(admin, 'services.archivePrice', { id: added.id, archived: true });
    expect((await call(admin, 'services.prices', {})).map((s) => s.label)).not.toContain('Robe');
    expect((await call(admin, 'services.prices', { includeArchived: true })).find((s) => s.id === added.id)?.archived).toBe(true);

    const bad = expectError(await admin.invoke('services.createPrice', { kind: 'laundry', label: '', priceCents: 0 }), 'VALIDATION');
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['kind', 'label', 'priceCents']);
    expect(plain(bad.issues.find((i) => i.path === 'priceCents')?.message)).toBe('Le prix doit être un montant entre 0,01 € et 1 000,00 €.');
  });
});

describe('pressing tickets', () => {
  it('takes a ticket unpaid, makes it ready, and takes the payment when the customer collects it', async () => {
    const { admin, backend, memberId } = await counterWithMember();
    const created = await call(admin, 'services.createOrder', {
      kind: 'pressing',
      memberId,
      dueOn: '2026-03-06',
      lines: [
        { serviceId: PRICES.shirt, quantity: 2 },
        { serviceId: PRICES.jacket, quantity: 1 },
      ],
      notes: 'Bouton à recoudre',
    });
    expect(created).toMatchObject({ number: 'P-000001', payment: null });
    const ticket = await call(admin, 'services.order', { id: created.id });
    expect(ticket).toMatchObject({ status: 'dropped', totalCents: 1150, summary: '2 Chemise, 1 Veste', paid: false, customer: { memberNumber: 'A00001', name: 'Marcel Petit' } });

    await call(admin, 'services.advance', { id: created.id, status: 'ready' });
    const before = orderTables(backend.databaseFile);
    const unpaid = expectError(await admin.invoke('services.advance', { id: created.id, status: 'collected' }), 'VALIDATION');
    expect(plain(unpaid.issues)).toEqual([{ path: 'method', message: 'Le ticket de pressing P-000001 n’est pas payé : choisissez le moyen de paiement (11,50 €).' }]);
    expect(orderTables(backend.databaseFile)).toEqual(before);

    const collected = await call(admin, 'services.advance', { id: created.id, status: 'collected', method: 'cash' });
    expect(collected.payment).toMatchObject({ amountCents: 1150 });
    const done = await call(admin, 'services.order', { id: created.id });
    expect(done).toMatchObject({ status: 'collected', paid: true, payment: { method: 'cash' } });
    expect(done.closedAt).not.toBeNull();
    const payment = (await call(admin, 'till.payments', {}))[0];
    expect(payment).toMatchObject({ purpose: 'service', label: 'Pressing, ticket P-000001 : 2 Chemise, 1 Veste', member: { number: 'A00001' } });

    const again = expectError(await admin.invoke('services.advance', { id: created.id, status: 'cancelled' }), 'CONFLICT');
    expect(again.message).toBe('Impossible de passer le ticket de pressing P-000001 de l’état « retiré » à l’état « annulé ».');
  });

  it('takes a ticket paid at drop-off for a non-member, and refunds it when it is cancelled', async () => {
    const { admin } = await counterWithMember();
    const created = await call(admin, 'services.createOrder', {
      kind: 'pressing',
      customerName: 'M. Durand (voisin)',
      dueOn: '2026-03-04',
      lines: [{ serviceId: PRICES.duvet, quantity: 1 }],
      payNow: 'card',
    });
    expect(created.payment).toMatchObject({ amountCents: 1200 });
    expect(expectError(await admin.invoke('services.pay', { id: created.id, method: 'cash' }), 'CONFLICT').message).toBe(
      `Le ticket de pressing P-000001 est déjà payé (reçu ${created.payment!.receiptNumber}).`,
    );
    const noMethod = expectError(await admin.invoke('services.advance', { id: created.id, status: 'cancelled' }), 'VALIDATION');
    expect(plain(noMethod.message)).toBe('Le ticket de pressing P-000001 a été payé : choisissez comment rendre 12,00 €.');

    const cancelled = await call(admin, 'services.advance', { id: created.id, status: 'cancelled', method: 'card' });
    expect(cancelled.payment).toMatchObject({ amountCents: -1200 });
    const order = await call(admin, 'services.order', { id: created.id });
    expect(order).toMatchObject({ status: 'cancelled', paid: false, customer: { memberId: null, name: 'M. Durand (voisin)' }, payment: { refundedCents: 1200 } });
    const refund = (await call(admin, 'till.payments', {}))[0];
    expect(refund).toMatchObject({ amountCents: -1200, refundOf: { id: created.payment!.id }, label: 'Remboursement du reçu 2026-000001 : ticket de pressing P-000001 annulé' });
  });

  it('refuses a ticket without customer, with a past date, or with a service of another kind or archived, writing nothing', async () => {
    const { admin, backend, memberId } = await counterWithMember();
    await call(admin, 'services.archivePrice', { id: PRICES.trousers, archived: true });
    const before = orderTables(backend.databaseFile);
    const base = { kind: 'pressing' as const, memberId, dueOn: '2026-03-06', lines: [{ serviceId: PRICES.shirt, quantity: 1 }] };
    const cases: [unknown, string, string][] = [
      [{ ...base, memberId: null }, 'customerName', 'Indiquez l’adhérent, ou le nom du client s’il n’est pas adhérent.'],
      [{ ...base, dueOn: '2026-03-01' }, 'dueOn', 'La date de retrait ne peut pas être passée.'],
      [{ ...base, lines: [{ serviceId: PRICES.basket, quantity: 1 }] }, 'lines.0.serviceId', '« Panier de légumes » n’est pas un service de pressing.'],
      [{ ...base, lines: [{ serviceId: PRICES.shirt, quantity: 1 }, { serviceId: PRICES.trousers, quantity: 1 }] }, 'lines.1.serviceId', 'Ce service n’est plus au tarif : choisissez-en un autre.'],
      [{ ...base, lines: [] }, 'lines', 'Ajoutez au moins une ligne.'],
      [{ ...base, lines: [{ serviceId: PRICES.shirt, quantity: 100 }] }, 'lines.0.quantity', 'La quantité doit être comprise entre 1 et 99.'],
    ];
    for (const [input, path, message] of cases) {
      const error = expectError(await admin.invoke('services.createOrder', input), 'VALIDATION');
      expect(error.issues, path).toEqual([{ path, message }]);
    }
    // Paying now while the till is closed refuses the whole ticket.
    await call(admin, 'till.close', { countedCashCents: 2000 });
    expect(expectError(await admin.invoke('services.createOrder', { ...base, payNow: 'cash' }), 'CONFLICT').message).toBe('La caisse est fermée : ouvrez la caisse avant d’encaisser.');
    expect(orderTables(backend.databaseFile)).toEqual(before);
  });

  it('prints the ticket with its number as PDF', async () => {
    const { admin, memberId } = await counterWithMember();
    const created = await call(admin, 'services.createOrder', { kind: 'pressing', memberId, dueOn: '2026-03-06', lines: [{ serviceId: PRICES.shirt, quantity: 1 }] });
    const pdf = await call(admin, 'services.ticketPdf', { id: created.id });
    expect(pdf.fileName).toBe('ticket-P-000001.pdf');
    expect(Buffer.from(pdf.base64, 'base64').toString('latin1')).toMatch(/^%PDF-[\s\S]*\/MediaBox \[0 0 297\.64 419\.53\]/);
  });
});

describe('basket orders', () => {
  it('groups orders per delivery date with their totals, marks them delivered and paid', async () => {
    const { admin, memberId } = await counterWithMember();
    const friday = '2026-03-06';
    const nextFriday = '2026-03-13';
    const first = await call(admin, 'services.createOrder', { kind: 'basket', memberId, dueOn: friday, lines: [{ serviceId: PRICES.basket, quantity: 2 }], payNow: 'cheque' });
    const second = await call(admin, 'services.createOrder', { kind: 'basket', customerName: 'Mme Roussel', dueOn: friday, lines: [{ serviceId: PRICES.basket, quantity: 1 }] });
    const third = await call(admin, 'services.createOrder', { kind: 'basket', memberId, dueOn: nextFriday, lines: [{ serviceId: PRICES.basket, quantity: 1 }] });
    await call(admin, 'services.advance', { id: third.id, status: 'cancelled' });
    expect([first.number, second.number, third.number]).toEqual(['C-000001', 'C-000002', 'C-000003']);

    expect(await call(admin, 'services.deliveryDates', {})).toEqual([{ dueOn: friday, orders: 2, items: 3, totalCents: 3000 }]);
    const day = await call(admin, 'services.orders', { kind: 'basket', status: 'all', dueOn: friday });
    expect(day.sums).toEqual({ orders: 2, items: 3, totalCents: 3000, unpaidCents: 1000 });
    expect(day.rows.map((o) => [o.number, o.paid])).toEqual([
      ['C-000001', true],
      ['C-000002', false],
    ]);

    const ready = expectError(await admin.invoke('services.advance', { id: second.id, status: 'ready' }), 'CONFLICT');
    expect(ready.message).toBe('Impossible de passer la commande de paniers C-000002 de l’état « commandé » à l’état « prêt ».');
    await call(admin, 'services.advance', { id: second.id, status: 'delivered', method: 'cash' });
    await call(admin, 'services.advance', { id: first.id, status: 'delivered' });
    const after = await call(admin, 'services.orders', { kind: 'basket', status: 'open', dueOn: friday });
    expect(after.total).toBe(0);
    expect((await call(admin, 'services.orders', { kind: 'basket', status: 'closed', dueOn: friday })).sums).toMatchObject({ orders: 2, unpaidCents: 0 });
  });
});
