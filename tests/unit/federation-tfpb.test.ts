import Database from 'better-sqlite3';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { call, expectError, newBackend, residenceInput, type TestBackend } from './helpers.ts';
import { seedHousehold } from './people-fixtures.ts';

/*
 * The TFPB yearly report: actions typed by hand, actions derived from the agenda's events and the conciergerie's
 * services tagged with an axis (derived again without twins, hand-typed amounts kept), and the report files.
 */

const QPV = 'QN08001M';
const OTHER_QPV = 'QN08002A';
const YEAR = 2025;

const manual = {
  axis: 3,
  subAction: 'Nettoyage renforcé',
  label: 'Passage supplémentaire dans les halls',
  status: 'done' as const,
  dwellings: 40,
  costCents: 1_200_000,
  claimedCents: 900_000,
  cofunders: 'Ville d’Amiens',
  sessions: 52,
  partners: 'Régie de quartier',
  resultIndicator: 'Halls propres au contrôle mensuel',
  documents: 'Factures 2025',
};

/** A QPV residence (2 dwellings, 2 households), an out-of-QPV one, a second QPV; direct SQL for agenda and orders. */
async function office() {
  const api = await newBackend();
  const inQpv = await call(api, 'residences.create', residenceInput({ name: 'Les Tilleuls', qpvCode: QPV, dwellings: [{ internalId: 'T1', typology: 'T3', floor: 1 }, { internalId: 'T2', typology: 'T2', floor: 2 }] }));
  await call(api, 'residences.create', residenceInput({ name: 'Le Bourg', qpvCode: null, dwellings: [{ internalId: 'B1', typology: 'T3', floor: 0 }] }));
  const second = await call(api, 'residences.create', residenceInput({ name: 'Les Hauts', qpvCode: OTHER_QPV, dwellings: [{ internalId: 'H1', typology: 'T4', floor: 3 }] }));
  const dupont = seedHousehold(api.databaseFile, { name: 'Dupont', dwellingId: inQpv.dwellings[0]!.id, people: [{ familyName: 'Dupont', firstName: 'Aline' }] });
  const martin = seedHousehold(api.databaseFile, { name: 'Martin', dwellingId: inQpv.dwellings[1]!.id, people: [{ familyName: 'Martin', firstName: 'Jules' }] });
  const sqlite = new Database(api.databaseFile);
  onTestFinished(() => {
    sqlite.close();
  });
  let events = 0;
  const event = (fields: { category: string; axis: number | null; startsAt: string; status?: string; qpvCode?: string | null; residenceIds?: number[] }) => {
    events++;
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO agenda_event (uid, title, category, tfpb_axis, qpv_code, starts_at, ends_at, audience, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'all', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
        )
        .run(`ev-${events}`, `Événement ${events}`, fields.category, fields.axis, fields.qpvCode ?? null, fields.startsAt, fields.startsAt.replace(/T\d\d/, 'T23'), fields.status ?? 'planned').lastInsertRowid,
    );
    for (const residenceId of fields.residenceIds ?? [inQpv.id]) sqlite.prepare('INSERT INTO agenda_event_residence (event_id, residence_id) VALUES (?, ?)').run(id, residenceId);
    return id;
  };
  const registration = (eventId: number, fields: { householdId: number | null; seats: number; attended: boolean; status?: string }) =>
    sqlite
      .prepare(
        `INSERT INTO agenda_registration (event_id, household_id, guest_name, seats, status, registered_at, attended_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
      )
      .run(eventId, fields.householdId, fields.householdId ? null : 'Invité', fields.seats, fields.status ?? 'confirmed', fields.attended ? '2025-03-01T10:00:00Z' : null);
  return { api, sqlite, inQpv, second, dupont, martin, event, registration };
}

const actionsOf = (api: TestBackend, qpvCode = QPV) => call(api, 'federation.tfpb.actions', { year: YEAR, qpvCode });

describe('TFPB actions typed by hand', () => {
  it('creates, lists, edits and deletes a manual action of a year in a QPV', async () => {
    const { api } = await office();
    const created = await call(api, 'federation.tfpb.create', { ...manual, year: YEAR, qpvCode: 'qn08001m' });
    expect(created).toMatchObject({ ...manual, year: YEAR, qpvCode: QPV, source: 'manual', participants: 0, households: 0 });
    expect(await actionsOf(api)).toEqual([created]);
    expect(await actionsOf(api, OTHER_QPV)).toEqual([]);

    const edited = await call(api, 'federation.tfpb.update', { ...manual, id: created.id, status: 'planned', sessions: 40 });
    expect(edited).toMatchObject({ status: 'planned', sessions: 40 });
    await call(api, 'federation.tfpb.delete', { id: created.id });
    expect(await actionsOf(api)).toEqual([]);
  });

  it('refuses an amount claimed above the cost, an axis outside 1–8 and a malformed QPV, creating nothing', async () => {
    const { api } = await office();
    const tooMuch = expectError(await api.invoke('federation.tfpb.create', { ...manual, claimedCents: 1_300_000, year: YEAR, qpvCode: QPV }), 'VALIDATION');
    expect(tooMuch.issues).toEqual([{ path: 'claimedCents', message: 'Le montant valorisé ne peut pas dépasser le coût total de l’action.' }]);
    const axis = expectError(await api.invoke('federation.tfpb.create', { ...manual, axis: 9, year: YEAR, qpvCode: QPV }), 'VALIDATION');
    expect(axis.message).toBe('Choisissez l’axe TFPB (1 à 8).');
    expectError(await api.invoke('federation.tfpb.create', { ...manual, year: YEAR, qpvCode: 'QPV-1' }), 'VALIDATION');
    expectError(await api.invoke('federation.tfpb.update', { ...manual, id: 999 }), 'NOT_FOUND');
    expect(await actionsOf(api)).toEqual([]);
  });

  it('lists the QPVs of the residences with their dwellings', async () => {
    const { api } = await office();
    expect(await call(api, 'federation.tfpb.qpvs', { year: YEAR })).toEqual([
      { code: QPV, residences: ['Les Tilleuls'], dwellings: 2, actions: 0 },
      { code: OTHER_QPV, residences: ['Les Hauts'], dwellings: 1, actions: 0 },
    ]);
  });
});

describe('TFPB actions derived from the agenda and the services', () => {
  it('makes one action per QPV × axis × category with sessions held, seats attended and distinct households', async () => {
    const { api, event, registration, dupont, martin } = await office();
    const first = event({ category: 'workshop', axis: 7, startsAt: '2025-03-05T14:00' });
    const again = event({ category: 'workshop', axis: 7, startsAt: '2025-03-12T14:00' });
    event({ category: 'workshop', axis: 7, startsAt: '2025-03-19T14:00', status: 'cancelled' });
    event({ category: 'workshop', axis: 7, startsAt: '2024-12-18T14:00' }); // previous year
    event({ category: 'workshop', axis: null, startsAt: '2025-04-02T14:00' }); // no axis
    const energy = event({ category: 'energy', axis: 6, startsAt: '2025-05-10T10:00', qpvCode: OTHER_QPV, residenceIds: [] });
    registration(first, { householdId: dupont.householdId, seats: 2, attended: true });
    registration(first, { householdId: martin.householdId, seats: 1, attended: true });
    registration(again, { householdId: dupont.householdId, seats: 3, attended: true });
    registration(again, { householdId: martin.householdId, seats: 1, attended: false }); // did not come
    registration(again, { householdId: null, seats: 1, attended: true }); // a guest
    registration(energy, { householdId: null, seats: 4, attended: true });

    expect(await call(api, 'federation.tfpb.derive', { year: YEAR })).toEqual({ created: 2, updated: 0, removed: 0 });

    expect(await actionsOf(api)).toMatchObject([{ axis: 7, source: 'event', status: 'done', sessions: 2, participants: 7, households: 2, costCents: 0 }]);
    expect(await actionsOf(api, OTHER_QPV)).toMatchObject([{ axis: 6, source: 'event', sessions: 1, participants: 4, households: 0 }]);
  });

  it('derives again without twins, refreshing the counts and keeping what was typed by hand', async () => {
    const { api, event, registration, martin, sqlite } = await office();
    const workshop = event({ category: 'workshop', axis: 7, startsAt: '2025-03-05T14:00' });
    const garden = event({ category: 'garden', axis: 7, startsAt: '2025-06-05T14:00' });
    registration(workshop, { householdId: martin.householdId, seats: 1, attended: true });
    await call(api, 'federation.tfpb.derive', { year: YEAR });
    const [derived] = (await actionsOf(api)).filter((action) => action.label.startsWith('Atelier'));
    const typed = { ...manual, axis: 1, label: 'Ateliers du mercredi', costCents: 300_000, claimedCents: 250_000, cofunders: 'CAF', sessions: 99 };
    const edited = await call(api, 'federation.tfpb.update', { ...typed, id: derived!.id });
    // A derived action keeps its axis and counts: they come from the agenda.
    expect(edited).toMatchObject({ axis: 7, sessions: 1, label: 'Ateliers du mercredi', costCents: 300_000, cofunders: 'CAF' });

    event({ category: 'workshop', axis: 7, startsAt: '2025-03-12T14:00' });
    sqlite.prepare("UPDATE agenda_event SET tfpb_axis = NULL WHERE id = ?").run(garden);
    expect(await call(api, 'federation.tfpb.derive', { year: YEAR })).toEqual({ created: 0, updated: 1, removed: 1 });

    expect(await actionsOf(api)).toMatchObject([{ id: derived!.id, sessions: 2, participants: 1, households: 1, costCents: 300_000, claimedCents: 250_000, cofunders: 'CAF', label: 'Ateliers du mercredi' }]);
    expectError(await api.invoke('federation.tfpb.delete', { id: derived!.id }), 'CONFLICT');

    // Its events untagged, the action stays (amounts were typed on it) with its counts at zero.
    sqlite.prepare('UPDATE agenda_event SET tfpb_axis = NULL').run();
    expect(await call(api, 'federation.tfpb.derive', { year: YEAR })).toEqual({ created: 0, updated: 1, removed: 0 });
    expect(await actionsOf(api)).toMatchObject([{ id: derived!.id, sessions: 0, participants: 0, costCents: 300_000 }]);
  });

  it('counts orders of services tagged with an axis where the household lived, leaving cancelled orders out', async () => {
    const { api, sqlite, dupont, martin } = await office();
    const basket = await call(api, 'services.createPrice', { kind: 'basket', label: 'Panier de légumes', unit: 'panier', priceCents: 800, tfpbAxis: 7 });
    expect(basket.tfpbAxis).toBe(7);
    await call(api, 'services.createPrice', { kind: 'pressing', label: 'Chemise', unit: 'pièce', priceCents: 300 });
    let orders = 0;
    const order = (personId: number, dueOn: string, status = 'delivered') => {
      orders++;
      const memberId =
        (sqlite.prepare('SELECT id FROM member WHERE person_id = ?').get(personId) as { id: number } | undefined)?.id ??
        Number(sqlite.prepare("INSERT INTO member (person_id, number, joined_on, created_at, updated_at) VALUES (?, ?, '2025-01-01', 'x', 'x')").run(personId, `A0000${personId}`).lastInsertRowid);
      const orderId = sqlite
        .prepare(
          "INSERT INTO service_order (number, kind, member_id, customer_name, status, due_on, total_cents, notes, created_at, updated_at) VALUES (?, 'basket', ?, '', ?, ?, 800, '', 'x', 'x')",
        )
        .run(`P-${orders}`, memberId, status, dueOn).lastInsertRowid;
      sqlite.prepare('INSERT INTO service_order_line (order_id, service_id, label, quantity, unit_price_cents) VALUES (?, ?, ?, 1, 800)').run(orderId, basket.id, 'Panier');
    };
    order(dupont.personIds[0]!, '2025-02-07');
    order(dupont.personIds[0]!, '2025-02-14');
    order(martin.personIds[0]!, '2025-02-14');
    order(martin.personIds[0]!, '2025-02-21', 'cancelled');
    order(martin.personIds[0]!, '2026-01-09');

    await call(api, 'federation.tfpb.derive', { year: YEAR });

    expect(await actionsOf(api)).toMatchObject([{ axis: 7, source: 'service', label: 'Panier de légumes (conciergerie)', sessions: 3, participants: 2, households: 2 }]);
  });
});

describe('TFPB report files', () => {
  it('writes the report per QPV grouped by axis with totals and the amount per dwelling, without any name', async () => {
    const { api } = await office();
    await call(api, 'federation.tfpb.create', { ...manual, year: YEAR, qpvCode: QPV });
    await call(api, 'federation.tfpb.create', { ...manual, axis: 5, label: 'Médiation de nuit', costCents: 500_000, claimedCents: 300_000, year: YEAR, qpvCode: QPV });

    const xlsx = await call(api, 'federation.tfpb.report', { year: YEAR, qpvCode: QPV, format: 'xlsx' });
    expect(xlsx.fileName).toBe(`rapport-tfpb-${YEAR}-${QPV}.xlsx`);
    const rows = (await readSheet(Buffer.from(xlsx.base64, 'base64'))) as unknown[][];
    const rowStarting = (text: string) => rows.find((row) => row.some((cell) => typeof cell === 'string' && cell.startsWith(text)))!;
    expect(rowStarting('Axe 3 – Sur-entretien')).toBeTruthy();
    expect(rowStarting('Axe 5 – Tranquillité résidentielle')).toBeTruthy();
    const total = rowStarting(`Total QPV ${QPV}`);
    expect(total).toContain(17_000); // cost in euros
    expect(total).toContain(12_000); // claimed in euros
    expect(rowStarting('Montant valorisé par logement')).toContain(6_000); // 12 000 € over 2 dwellings
    const text = JSON.stringify(rows);
    for (const name of ['Dupont', 'Martin', 'Aline', 'Jules']) expect(text).not.toContain(name);

    const pdf = await call(api, 'federation.tfpb.report', { year: YEAR, qpvCode: null, format: 'pdf' });
    expect(pdf.fileName).toBe(`rapport-tfpb-${YEAR}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives the counter role no access to the TFPB report', async () => {
    const { api } = await office();
    await call(api, 'staff.create', { login: 'guichet', displayName: 'Agent guichet', role: 'counter', password: 'mot-de-passe-guichet' });
    const counter = api.connect();
    await call(counter, 'auth.login', { login: 'guichet', password: 'mot-de-passe-guichet' });
    expectError(await counter.invoke('federation.tfpb.actions', { year: YEAR, qpvCode: QPV }), 'FORBIDDEN');
    expectError(await counter.invoke('federation.tfpb.derive', { year: YEAR }), 'FORBIDDEN');
  });
});

describe('TFPB in the demo office', () => {
  it('holds last year’s hand-typed actions in every demo QPV and derives the agenda’s and baskets’ on top', async () => {
    const api = await newBackend();
    await call(api, 'demo.fill', {});
    const year = new Date().getFullYear() - 1;
    const qpvs = await call(api, 'federation.tfpb.qpvs', { year });
    expect(qpvs.length).toBeGreaterThan(1);
    for (const qpv of qpvs) {
      const axes = new Set((await call(api, 'federation.tfpb.actions', { year, qpvCode: qpv.code })).map((action) => action.axis));
      expect([...axes].filter((axis) => [1, 3, 4].includes(axis))).toHaveLength(3);
    }

    const derived = await call(api, 'federation.tfpb.derive', { year: new Date().getFullYear() });
    expect(derived.created).toBeGreaterThan(0);
    const again = await call(api, 'federation.tfpb.derive', { year: new Date().getFullYear() });
    expect(again).toEqual({ created: 0, updated: derived.created + derived.updated, removed: 0 });
    const report = await call(api, 'federation.tfpb.report', { year, qpvCode: null, format: 'pdf' });
    expect(report.base64.length).toBeGreaterThan(1000);
  });
});
