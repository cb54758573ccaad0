import { describe, expect, it, onTestFinished } from 'vitest';
import { type Connection, createBackend } from '../../src-main/core/backend.ts';
import { ADMIN, call, expectError, tempDir } from './helpers.ts';
import { countRows, runSql } from './people-fixtures.ts';
import { readRow, seedLoan, seedMember, seedReadyHold } from './conciergerie-fixtures.ts';

/** An office whose clock the test moves, with a drill (3 copies, E000001–E000003) and a kit holding the first one. */
async function workshop() {
  let now = new Date('2026-03-02T10:00:00Z');
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true, automaticBackups: false });
  onTestFinished(() => backend.close());
  let connection = backend.connect();
  await call(connection, 'auth.setup', ADMIN);
  // The test's calls go to the connection of the day: moving the clock by days locks the session, so sign in again.
  const admin: Pick<Connection, 'invoke'> = { invoke: (method, input) => connection.invoke(method, input) };
  const drill = await call(admin, 'catalogue.create', { kind: 'object', title: 'Perceuse à percussion', author: 'Bosch', copies: 3 });
  const kit = await call(admin, 'catalogue.create', { kind: 'kit', title: 'Kit bricolage', copies: 1 });
  await call(admin, 'catalogue.addKitPart', { kitCopyId: kit.copies[0]!.id, barcode: 'E000001' });
  const copyRow = (id: number) => readRow<{ status: string; condition: string; notes: string }>(backend.databaseFile, 'SELECT status, condition, notes FROM copy WHERE id = ?', id)!;
  return {
    backend,
    admin,
    copies: drill.copies.map((copy) => copy.id),
    kitCopy: kit.copies[0]!.id,
    copyRow,
    setDay: async (day: string) => {
      now = new Date(`${day}T10:00:00Z`);
      connection = backend.connect();
      await call(connection, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
    },
  };
}

describe('opening a repair ticket', () => {
  it('puts the scanned copy in repair, blocked from lending', async () => {
    const { admin, copies, copyRow } = await workshop();
    const ticket = await call(admin, 'repairs.open', { barcode: '  e000002 ', problem: 'Mandrin bloqué', repairer: 'Repair café' });
    expect(ticket).toMatchObject({ copyId: copies[1], barcode: 'E000002', title: 'Perceuse à percussion', status: 'open', openedOn: '2026-03-02', closedOn: null });
    expect(copyRow(copies[1]!).status).toBe('in_repair');
    const page = await call(admin, 'catalogue.search', { status: 'available' });
    expect(page.rows.find((row) => row.title === 'Perceuse à percussion')?.copiesAvailable).toBe(2);
  });

  it('refuses a copy a member has or that is kept for one, saying who, and changes nothing', async () => {
    const { backend, admin, copies, kitCopy } = await workshop();
    const helene = seedMember(backend.databaseFile, { number: 'A00042', familyName: 'Dubois', firstName: 'Hélène' });
    const marcel = seedMember(backend.databaseFile, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel' });
    seedLoan(backend.databaseFile, copies[1]!, helene, '2026-03-20');
    seedReadyHold(backend.databaseFile, copies[2]!, marcel);

    const lent = expectError(await admin.invoke('repairs.open', { barcode: 'E000002', problem: 'Mandrin bloqué' }), 'CONFLICT');
    expect(lent.message).toBe('L’exemplaire E000002 est en prêt chez l’adhérent A00042 (Hélène Dubois), à rendre le 20/03/2026 : ouvrez le ticket à son retour.');
    const kept = expectError(await admin.invoke('repairs.open', { barcode: 'E000003', problem: 'Mandrin bloqué' }), 'CONFLICT');
    expect(kept.message).toContain('réservé pour l’adhérent A00043 (Marcel Petit)');
    // A part of a kit kept for a member, or out, goes with its kit.
    seedReadyHold(backend.databaseFile, kitCopy, marcel);
    const keptKit = expectError(await admin.invoke('repairs.open', { barcode: 'E000001', problem: 'Mandrin bloqué' }), 'CONFLICT');
    expect(keptKit.message).toContain('une pièce du kit E000004, réservé pour l’adhérent A00043 (Marcel Petit)');
    runSql(backend.databaseFile, "UPDATE hold SET status = 'collected' WHERE copy_id = ?", kitCopy);
    seedLoan(backend.databaseFile, kitCopy, helene, '2026-03-20');
    const part = expectError(await admin.invoke('repairs.open', { barcode: 'E000001', problem: 'Mandrin bloqué' }), 'CONFLICT');
    expect(part.message).toBe('L’exemplaire E000001 est une pièce du kit E000004, en prêt chez l’adhérent A00042 (Hélène Dubois), à rendre le 20/03/2026 : ouvrez le ticket au retour du kit.');
    // The loans module marks the parts of a lent kit as on loan too: the kit's loan says who has them.
    runSql(backend.databaseFile, "UPDATE copy SET status = 'on_loan' WHERE id = ?", copies[0]);
    const lentPart = expectError(await admin.invoke('repairs.open', { barcode: 'E000001', problem: 'Mandrin bloqué' }), 'CONFLICT');
    expect(lentPart.message).toBe('L’exemplaire E000001 est en prêt avec le kit E000004 chez l’adhérent A00042 (Hélène Dubois), à rendre le 20/03/2026 : ouvrez le ticket à son retour.');
    const unknown = expectError(await admin.invoke('repairs.open', { barcode: 'e000404', problem: 'Mandrin bloqué' }), 'NOT_FOUND');
    expect(unknown.message).toBe('Aucun exemplaire n’a le code-barres E000404 : vérifiez le code scanné.');
    expectError(await admin.invoke('repairs.open', { barcode: 'E000001', problem: '' }), 'VALIDATION');
    expect(countRows(backend.databaseFile, 'repair')).toBe(0);
  });

  it('refuses a second ticket for a copy already in repair, and a retired copy', async () => {
    const { admin, copies } = await workshop();
    const first = await call(admin, 'repairs.open', { barcode: 'E000002', problem: 'Mandrin bloqué' });
    const again = expectError(await admin.invoke('repairs.open', { barcode: 'E000002', problem: 'Bruit' }), 'CONFLICT');
    expect(again.message).toBe(`L’exemplaire E000002 est déjà en réparation (ticket n° ${first.id} ouvert le 02/03/2026).`);
    await call(admin, 'catalogue.retireCopy', { id: copies[2]! });
    expect(expectError(await admin.invoke('repairs.open', { barcode: 'E000003', problem: 'Bruit' }), 'CONFLICT').message).toContain('retiré');
  });
});

describe('moving a ticket on', () => {
  it('open → in progress → done: the copy is back on the shelf in the condition noted', async () => {
    const { admin, copies, copyRow, setDay } = await workshop();
    const ticket = await call(admin, 'repairs.open', { barcode: 'E000002', problem: 'Mandrin bloqué' });
    const base = { id: ticket.id, problem: ticket.problem, repairer: 'Atelier Dupont' };
    const started = await call(admin, 'repairs.update', { ...base, status: 'in_progress', notes: 'Pièce commandée' });
    expect(started).toMatchObject({ status: 'in_progress', repairer: 'Atelier Dupont', notes: 'Pièce commandée', closedOn: null });
    expect(copyRow(copies[1]!).status).toBe('in_repair');

    await setDay('2026-03-09');
    const done = await call(admin, 'repairs.update', { ...base, status: 'done', costCents: 1850, condition: 'worn' });
    expect(done).toMatchObject({ status: 'done', costCents: 1850, closedOn: '2026-03-09', condition: 'worn' });
    expect(copyRow(copies[1]!)).toMatchObject({ status: 'available', condition: 'worn' });
  });

  it('keeps the copy’s condition when none is given', async () => {
    const { admin, copies, copyRow } = await workshop();
    await call(admin, 'catalogue.updateCopy', { id: copies[1]!, condition: 'damaged', notes: '' });
    const ticket = await call(admin, 'repairs.open', { barcode: 'E000002', problem: 'Mandrin bloqué' });
    await call(admin, 'repairs.update', { id: ticket.id, problem: ticket.problem, status: 'done' });
    expect(copyRow(copies[1]!)).toMatchObject({ status: 'available', condition: 'damaged' });
  });

  it('scrapped: the copy is retired, leaves its kit, and the reason is in its notes', async () => {
    const { backend, admin, copies, copyRow } = await workshop();
    const ticket = await call(admin, 'repairs.open', { barcode: 'E000001', problem: 'Moteur grillé' });
    await call(admin, 'repairs.update', { id: ticket.id, problem: ticket.problem, status: 'scrapped' });
    const row = copyRow(copies[0]!);
    expect(row.status).toBe('retired');
    expect(row.notes).toBe(`Retiré le 02/03/2026 : mis au rebut (réparation n° ${ticket.id}).`);
    expect(countRows(backend.databaseFile, 'kit_part')).toBe(0);
  });

  it('refuses going back, and a closed ticket’s status never changes, though its cost may be completed', async () => {
    const { admin, copies, copyRow } = await workshop();
    const ticket = await call(admin, 'repairs.open', { barcode: 'E000002', problem: 'Mandrin bloqué' });
    const base = { id: ticket.id, problem: ticket.problem };
    await call(admin, 'repairs.update', { ...base, status: 'in_progress' });
    const back = expectError(await admin.invoke('repairs.update', { ...base, status: 'open' }), 'CONFLICT');
    expect(back.message).toBe('Un ticket « En cours » ne peut pas revenir à « Ouvert ».');

    await call(admin, 'repairs.update', { ...base, status: 'done' });
    const reopened = expectError(await admin.invoke('repairs.update', { ...base, status: 'scrapped' }), 'CONFLICT');
    expect(reopened.message).toBe('Ce ticket est clôturé (réparé le 02/03/2026) : son statut ne change plus ; ouvrez un nouveau ticket si besoin.');
    expect(copyRow(copies[1]!).status).toBe('available');

    const completed = await call(admin, 'repairs.update', { ...base, status: 'done', costCents: 1200, notes: 'Facture n° 48' });
    expect(completed).toMatchObject({ status: 'done', costCents: 1200, notes: 'Facture n° 48', closedOn: '2026-03-02' });
    expectError(await admin.invoke('repairs.update', { ...base, status: 'done', costCents: -1 }), 'VALIDATION');
  });
});

describe('the list of tickets', () => {
  it('shows open tickets first (oldest first), then the history (latest closed first), filtered by status', async () => {
    const { admin, setDay } = await workshop();
    const more = await call(admin, 'catalogue.create', { kind: 'object', title: 'Scie sauteuse', copies: 3 });
    const open = async (barcode: string, day: string) => {
      await setDay(day);
      return call(admin, 'repairs.open', { barcode, problem: 'À vérifier' });
    };
    const a = await open('E000002', '2026-03-01');
    const b = await open('E000003', '2026-03-02');
    const c = await open(more.copies[0]!.barcode, '2026-03-03');
    const d = await open(more.copies[1]!.barcode, '2026-03-04');
    await setDay('2026-03-05');
    await call(admin, 'repairs.update', { id: a.id, problem: a.problem, status: 'done' });
    await setDay('2026-03-06');
    await call(admin, 'repairs.update', { id: c.id, problem: c.problem, status: 'scrapped' });
    await call(admin, 'repairs.update', { id: d.id, problem: d.problem, status: 'in_progress' });

    const ids = async (filter: 'all' | 'active' | 'closed' | 'in_progress' | 'done') => (await call(admin, 'repairs.list', { filter })).rows.map((row) => row.id);
    expect(await ids('all')).toEqual([b.id, d.id, c.id, a.id]);
    expect(await ids('active')).toEqual([b.id, d.id]);
    expect(await ids('closed')).toEqual([c.id, a.id]);
    expect(await ids('in_progress')).toEqual([d.id]);
    expect(await ids('done')).toEqual([a.id]);
    const page = await call(admin, 'repairs.list', { filter: 'all', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 4, rows: [{ id: d.id }] });
  });
});
