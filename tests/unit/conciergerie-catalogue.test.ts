import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { kitOf, partsOf } from '../../src-main/conciergerie/catalogue/kits.ts';
import { findCopyByBarcode } from '../../src-main/conciergerie/catalogue/lookup.ts';
import { SyncDb } from '../../db/query.ts';
import Database from 'better-sqlite3';
import { call, expectError, newBackend, type TestBackend } from './helpers.ts';
import { countRows, runSql } from './people-fixtures.ts';
import { readRow, seedLoan, seedMember, seedReadyHold } from './conciergerie-fixtures.ts';

type NewRecord = InputOf<AppContract, 'catalogue.create'>;

const drill = (overrides: Partial<NewRecord> = {}): NewRecord => ({
  kind: 'object',
  title: 'Perceuse à percussion',
  author: 'Bosch',
  replacementValueCents: 8900,
  depositCents: 3000,
  loanDays: 7,
  copies: 2,
  ...overrides,
});

/** Reads the backend's file with a connection of its own, through the exported helpers the loans module uses. */
function withSyncDb<T>(backend: TestBackend, work: (db: SyncDb) => T): T {
  const sqlite = new Database(backend.databaseFile, { readonly: true, fileMustExist: true });
  try {
    return work(new SyncDb(sqlite));
  } finally {
    sqlite.close();
  }
}

async function signedIn(backend: TestBackend, role: 'readonly' | 'counter') {
  const password = 'mot-de-passe-du-role';
  await call(backend, 'staff.create', { login: role, displayName: `Agent ${role}`, role, password });
  const connection = backend.connect();
  await call(connection, 'auth.login', { login: role, password });
  return connection;
}

describe('catalogue records', () => {
  it('creates a record with its copies, barcodes numbered on from the highest generated one', async () => {
    const backend = await newBackend();
    const first = await call(backend, 'catalogue.create', drill());
    expect(first.copies.map((copy) => copy.barcode)).toEqual(['E000001', 'E000002']);
    expect(first.copies.every((copy) => copy.status === 'available' && copy.condition === 'good')).toBe(true);
    // A label typed by hand (even in the generated range) never breaks the numbering.
    await call(backend, 'catalogue.addCopies', { itemId: first.id, barcode: 'e000040' });
    await call(backend, 'catalogue.addCopies', { itemId: first.id, barcode: 'BIB-1234' });
    const second = await call(backend, 'catalogue.create', drill({ title: 'Scie sauteuse', copies: 3 }));
    expect(second.copies.map((copy) => copy.barcode)).toEqual(['E000041', 'E000042', 'E000043']);
    const added = await call(backend, 'catalogue.addCopies', { itemId: second.id, count: 2, condition: 'new' });
    expect(added.added.map((copy) => copy.barcode)).toEqual(['E000044', 'E000045']);
  });

  it('takes the counter’s default deposit when none is given, and keeps an explicit 0', async () => {
    const backend = await newBackend();
    await call(backend, 'settings.saveCounter', { defaultLoanDays: 21, lateFeePerWeekCents: 30, defaultDepositCents: 2500, maxLoansPerMember: 5, graceDays: 0 });
    expect(await call(backend, 'catalogue.formDefaults', {})).toEqual({ depositCents: 2500, loanDays: 21 });
    const defaulted = await call(backend, 'catalogue.create', drill({ depositCents: null }));
    const free = await call(backend, 'catalogue.create', drill({ title: 'Escabeau', depositCents: 0 }));
    expect(defaulted.depositCents).toBe(2500);
    expect(free.depositCents).toBe(0);
  });

  it('stores an ISBN-10 or ISBN-13, hyphens or not, as the 13 digits, and refuses a wrong check digit', async () => {
    const backend = await newBackend();
    const input = (isbn: string, title = 'L’Étranger') => ({ kind: 'book' as const, title, author: 'Albert Camus', isbn, copies: 1 });
    const book = (isbn: string, title?: string) => backend.invoke('catalogue.create', input(isbn, title));
    expect((await call(backend, 'catalogue.create', input('2-07-036002-4'))).isbn).toBe('9782070360024');
    expect((await call(backend, 'catalogue.create', input('978 2 07 036822 8', 'La Peste'))).isbn).toBe('9782070368228');

    const wrong = expectError(await book('978-2-07-036822-9', 'Noces'), 'VALIDATION');
    expect(wrong.issues[0]).toEqual({ path: 'isbn', message: expect.stringContaining('clé de contrôle') });
    expectError(await book('12345', 'Noces'), 'VALIDATION');
    // The same book twice is a second copy, not a second record.
    const twin = expectError(await book('9782070360024', 'L’Étranger (poche)'), 'VALIDATION');
    expect(twin.message).toContain('« L’Étranger »');
    expect(countRows(backend.databaseFile, 'item')).toBe(2);
    expect(countRows(backend.databaseFile, 'copy')).toBe(2);
  });

  it('keeps no ISBN on a record that is not a book', async () => {
    const backend = await newBackend();
    const game = await call(backend, 'catalogue.create', { kind: 'game', title: 'Dobble', isbn: '9782070360024', copies: 0 });
    expect(game.isbn).toBeNull();
    expect(game.copies).toEqual([]);
  });

  it('refuses bad fields in French and writes nothing', async () => {
    const backend = await newBackend();
    const refused = expectError(
      await backend.invoke('catalogue.create', { kind: 'tool', title: ' ', replacementValueCents: -5, loanDays: 0, copies: 51 }),
      'VALIDATION',
    );
    const paths = refused.issues.map((issue) => issue.path).sort();
    expect(paths).toEqual(['copies', 'kind', 'loanDays', 'replacementValueCents', 'title']);
    expect(refused.issues.find((issue) => issue.path === 'title')?.message).toBe('Le titre est obligatoire.');
    expect(countRows(backend.databaseFile, 'item')).toBe(0);
  });

  it('updates a record and its search text; a kit with parts keeps its kind', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill());
    const updated = await call(backend, 'catalogue.update', { ...drill(), id: record.id, title: 'Perforateur', author: 'Makita', conditions: 'Rendre propre.' });
    expect(updated).toMatchObject({ title: 'Perforateur', author: 'Makita', conditions: 'Rendre propre.' });
    expect((await call(backend, 'catalogue.search', { query: 'makita' })).total).toBe(1);
    expect((await call(backend, 'catalogue.search', { query: 'bosch' })).total).toBe(0);

    const kit = await call(backend, 'catalogue.create', { kind: 'kit', title: 'Kit bricolage', copies: 1 });
    await call(backend, 'catalogue.addKitPart', { kitCopyId: kit.copies[0]!.id, barcode: 'E000001' });
    const refused = expectError(await backend.invoke('catalogue.update', { kind: 'object', title: 'Kit bricolage', id: kit.id }), 'VALIDATION');
    expect(refused.issues[0]?.path).toBe('kind');
    // Nor may the drill, now a part, become a kit.
    expectError(await backend.invoke('catalogue.update', { ...drill(), kind: 'kit', id: record.id }), 'VALIDATION');
    expect((await call(backend, 'catalogue.get', { id: kit.id })).kind).toBe('kit');
  });

  it('lets a read-only account search and read, never write', async () => {
    const backend = await newBackend();
    await call(backend, 'catalogue.create', drill());
    const readonly = await signedIn(backend, 'readonly');
    expect((await call(readonly, 'catalogue.search', {})).total).toBe(1);
    expectError(await readonly.invoke('catalogue.create', drill()), 'FORBIDDEN');
    expect(countRows(backend.databaseFile, 'item')).toBe(1);
  });
});

describe('categories', () => {
  it('creates, renames (the search follows), archives and restores, one list per kind', async () => {
    const backend = await newBackend();
    const tools = await call(backend, 'catalogue.createCategory', { kind: 'object', name: 'Bricolage' });
    await call(backend, 'catalogue.createCategory', { kind: 'book', name: 'Bricolage' });
    const clash = expectError(await backend.invoke('catalogue.createCategory', { kind: 'object', name: ' bricolâge ' }), 'VALIDATION');
    expect(clash.message).toBe('La catégorie « Bricolage » existe déjà pour le type « Objet ».');

    await call(backend, 'catalogue.create', drill({ categoryId: tools.id }));
    const renamed = await call(backend, 'catalogue.renameCategory', { id: tools.id, name: 'Outillage électroportatif' });
    expect(renamed).toMatchObject({ name: 'Outillage électroportatif', itemCount: 1, archived: false });
    expect((await call(backend, 'catalogue.search', { query: 'electroportatif' })).total).toBe(1);
    expect((await call(backend, 'catalogue.search', { query: 'bricolage' })).total).toBe(0);

    await call(backend, 'catalogue.setCategoryArchived', { id: tools.id, archived: true });
    expect((await call(backend, 'catalogue.categories', { kind: 'object' })).rows).toEqual([]);
    expect((await call(backend, 'catalogue.categories', { kind: 'object', includeArchived: true })).rows[0]?.archived).toBe(true);
    const archived = expectError(await backend.invoke('catalogue.create', drill({ title: 'Scie', categoryId: tools.id })), 'VALIDATION');
    expect(archived.issues[0]?.path).toBe('categoryId');
    // A record already filed under it keeps it when edited.
    const [row] = (await call(backend, 'catalogue.search', {})).rows;
    await call(backend, 'catalogue.update', { ...drill(), id: row!.id, categoryId: tools.id, title: 'Perceuse' });

    await call(backend, 'catalogue.setCategoryArchived', { id: tools.id, archived: false });
    expect((await call(backend, 'catalogue.categories', { kind: 'object' })).rows.map((c) => c.name)).toEqual(['Outillage électroportatif']);
  });

  it('refuses a category of another kind for a record', async () => {
    const backend = await newBackend();
    const novels = await call(backend, 'catalogue.createCategory', { kind: 'book', name: 'Romans' });
    const refused = expectError(await backend.invoke('catalogue.create', drill({ categoryId: novels.id })), 'VALIDATION');
    expect(refused.message).toBe('La catégorie « Romans » est du type « Livre », pas « Objet » : choisissez-en une autre.');
    expect(countRows(backend.databaseFile, 'item')).toBe(0);
  });
});

describe('search', () => {
  async function library() {
    const backend = await newBackend();
    const novels = await call(backend, 'catalogue.createCategory', { kind: 'book', name: 'Romans policiers' });
    const tools = await call(backend, 'catalogue.createCategory', { kind: 'object', name: 'Bricolage' });
    const books = [
      { title: 'Les Misérables', author: 'Victor Hugo', isbn: '9782253096337' },
      { title: 'Notre-Dame de Paris', author: 'Victor Hugo', isbn: '' },
      { title: 'Pars vite et reviens tard', author: 'Fred Vargas', isbn: '', categoryId: novels.id },
    ];
    const ids: Record<string, number> = {};
    for (const book of books) ids[book.title] = (await call(backend, 'catalogue.create', { kind: 'book', copies: 1, ...book })).id;
    ids.drill = (await call(backend, 'catalogue.create', drill({ categoryId: tools.id }))).id;
    ids.game = (await call(backend, 'catalogue.create', { kind: 'game', title: 'Échecs et dames', copies: 1 })).id;
    return { backend, ids, novels, tools };
  }
  const titles = (result: { rows: { title: string }[] }) => result.rows.map((row) => row.title);

  it('finds words in title, author, ISBN, category and copy barcodes, accents and case ignored', async () => {
    const { backend } = await library();
    const search = async (query: string) => titles(await call(backend, 'catalogue.search', { query }));
    expect(await search('MISERABLES')).toEqual(['Les Misérables']);
    expect(await search('hugo')).toEqual(['Les Misérables', 'Notre-Dame de Paris']);
    expect(await search('hugo notre')).toEqual(['Notre-Dame de Paris']);
    expect(await search('echecs')).toEqual(['Échecs et dames']);
    expect(await search('policiers')).toEqual(['Pars vite et reviens tard']);
    expect(await search('978-2-253-09633-7')).toEqual(['Les Misérables']);
    expect(await search('2-253-09633-4')).toEqual(['Les Misérables']);
    expect(await search('e000004')).toEqual(['Perceuse à percussion']);
    expect(await search('hugo zola')).toEqual([]);
    // "%" is a character, not a wildcard.
    expect(await search('%')).toEqual([]);
  });

  it('filters by kind, category and copy status, and counts copies per row', async () => {
    const { backend, ids, tools } = await library();
    expect(titles(await call(backend, 'catalogue.search', { kind: 'book' }))).toEqual(['Les Misérables', 'Notre-Dame de Paris', 'Pars vite et reviens tard']);
    expect(titles(await call(backend, 'catalogue.search', { categoryId: tools.id }))).toEqual(['Perceuse à percussion']);

    const member = seedMember(backend.databaseFile, { number: 'A00042', familyName: 'Dubois', firstName: 'Hélène' });
    const misérables = await call(backend, 'catalogue.get', { id: ids['Les Misérables']! });
    seedLoan(backend.databaseFile, misérables.copies[0]!.id, member, '2026-02-01');
    const drillRecord = await call(backend, 'catalogue.get', { id: ids.drill! });
    seedLoan(backend.databaseFile, drillRecord.copies[0]!.id, member, '2026-02-01');

    const available = await call(backend, 'catalogue.search', { status: 'available' });
    expect(titles(available)).toEqual(['Échecs et dames', 'Notre-Dame de Paris', 'Pars vite et reviens tard', 'Perceuse à percussion']);
    expect(available.rows.find((row) => row.title === 'Perceuse à percussion')).toMatchObject({ copiesAvailable: 1, copiesTotal: 2, hasPhoto: false });
    expect(titles(await call(backend, 'catalogue.search', { status: 'on_loan', kind: 'book' }))).toEqual(['Les Misérables']);
  });

  it('pages in order, with the total of every match', async () => {
    const backend = await newBackend();
    for (const title of ['Zadig', 'émile', 'Candide', 'Bérénice', 'Atala']) await call(backend, 'catalogue.create', { kind: 'book', title, copies: 0 });
    const first = await call(backend, 'catalogue.search', { limit: 2 });
    const second = await call(backend, 'catalogue.search', { limit: 2, offset: 2 });
    const last = await call(backend, 'catalogue.search', { limit: 2, offset: 4 });
    expect(first.total).toBe(5);
    expect([...titles(first), ...titles(second), ...titles(last)]).toEqual(['Atala', 'Bérénice', 'Candide', 'émile', 'Zadig']);
  });
});

describe('copies', () => {
  it('refuses a barcode already used or shaped like a member number, and a barcode for several copies', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill());
    const used = expectError(await backend.invoke('catalogue.addCopies', { itemId: record.id, barcode: ' e000002 ' }), 'VALIDATION');
    expect(used.message).toBe('Le code-barres E000002 est déjà celui d’un exemplaire de « Perceuse à percussion ».');
    const member = expectError(await backend.invoke('catalogue.addCopies', { itemId: record.id, barcode: 'a00042' }), 'VALIDATION');
    expect(member.issues[0]).toEqual({ path: 'barcode', message: expect.stringContaining('numéro d’adhérent') });
    expectError(await backend.invoke('catalogue.addCopies', { itemId: record.id, barcode: 'BIB 12' }), 'VALIDATION');
    expectError(await backend.invoke('catalogue.addCopies', { itemId: record.id, barcode: 'BIB-12', count: 3 }), 'VALIDATION');
    expect(countRows(backend.databaseFile, 'copy')).toBe(2);
  });

  it('is found by a scanned barcode, trimmed and in any case', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill());
    await call(backend, 'catalogue.addCopies', { itemId: record.id, barcode: 'Bib-0042' });
    withSyncDb(backend, (db) => {
      expect(findCopyByBarcode(db, '  e000002\n')).toMatchObject({ barcode: 'E000002', status: 'available', item: { id: record.id, depositCents: 3000, loanDays: 7 } });
      expect(findCopyByBarcode(db, 'bib-0042')?.barcode).toBe('BIB-0042');
      expect(findCopyByBarcode(db, 'E999999')).toBeUndefined();
      expect(findCopyByBarcode(db, '   ')).toBeUndefined();
    });
  });

  it('edits condition and notes', async () => {
    const backend = await newBackend();
    const [copy] = (await call(backend, 'catalogue.create', drill())).copies;
    const edited = await call(backend, 'catalogue.updateCopy', { id: copy!.id, condition: 'worn', notes: 'Poignée fendue' });
    expect(edited).toMatchObject({ condition: 'worn', notes: 'Poignée fendue' });
    expectError(await backend.invoke('catalogue.updateCopy', { id: copy!.id, condition: 'cassé', notes: '' }), 'VALIDATION');
  });

  it('shows who has a copy and until when, and refuses to retire a copy lent, set aside or in repair', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill({ copies: 4 }));
    const [lent, kept, repaired, free] = record.copies;
    const helene = seedMember(backend.databaseFile, { number: 'A00042', familyName: 'Dubois', firstName: 'Hélène' });
    const marcel = seedMember(backend.databaseFile, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel' });
    seedLoan(backend.databaseFile, lent!.id, helene, '2026-12-12');
    seedReadyHold(backend.databaseFile, kept!.id, marcel);
    await call(backend, 'repairs.open', { barcode: repaired!.barcode, problem: 'Mandrin bloqué' });

    const page = await call(backend, 'catalogue.get', { id: record.id });
    expect(page.copies.map((copy) => [copy.barcode, copy.status, copy.loan, copy.heldFor])).toEqual([
      ['E000001', 'on_loan', { dueOn: '2026-12-12', memberNumber: 'A00042' }, null],
      ['E000002', 'reserved', null, 'A00043'],
      ['E000003', 'in_repair', null, null],
      ['E000004', 'available', null, null],
    ]);

    const onLoan = expectError(await backend.invoke('catalogue.retireCopy', { id: lent!.id }), 'CONFLICT');
    expect(onLoan.message).toBe('L’exemplaire E000001 est en prêt chez l’adhérent A00042 (Hélène Dubois), à rendre le 12/12/2026 : il pourra être retiré à son retour.');
    const reserved = expectError(await backend.invoke('catalogue.retireCopy', { id: kept!.id }), 'CONFLICT');
    expect(reserved.message).toBe('L’exemplaire E000002 est réservé pour l’adhérent A00043 (Marcel Petit) : annulez d’abord la réservation.');
    const inRepair = expectError(await backend.invoke('catalogue.retireCopy', { id: repaired!.id }), 'CONFLICT');
    expect(inRepair.message).toContain('en réparation');

    const retired = await call(backend, 'catalogue.retireCopy', { id: free!.id, reason: 'perdu' });
    expect(retired.status).toBe('retired');
    expect(retired.notes).toMatch(/^Retiré le \d{2}\/\d{2}\/\d{4} : perdu\.$/);
    expectError(await backend.invoke('catalogue.retireCopy', { id: free!.id }), 'CONFLICT');
    const [row] = (await call(backend, 'catalogue.search', {})).rows;
    expect(row).toMatchObject({ copiesAvailable: 0, copiesTotal: 3 });
    expect(readRow<{ n: number }>(backend.databaseFile, "SELECT COUNT(*) AS n FROM copy WHERE status = 'retired'")?.n).toBe(1);
  });
});

describe('kits', () => {
  async function kitWithDrill() {
    const backend = await newBackend();
    const drillRecord = await call(backend, 'catalogue.create', drill());
    const glasses = await call(backend, 'catalogue.create', { kind: 'object', title: 'Lunettes de protection', copies: 1 });
    const kit = await call(backend, 'catalogue.create', { kind: 'kit', title: 'Kit bricolage', copies: 2 });
    return { backend, drillRecord, glasses, kitCopies: kit.copies.map((copy) => copy.id), kitId: kit.id };
  }

  it('adds parts by barcode, shows them on both sides and gives them to the loans module', async () => {
    const { backend, kitCopies, kitId, drillRecord } = await kitWithDrill();
    await call(backend, 'catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: 'e000001' });
    const { parts } = await call(backend, 'catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: ' E000003 ' });
    expect(parts.map((part) => [part.barcode, part.title])).toEqual([
      ['E000001', 'Perceuse à percussion'],
      ['E000003', 'Lunettes de protection'],
    ]);
    expect((await call(backend, 'catalogue.get', { id: kitId })).copies[0]?.parts).toHaveLength(2);
    expect((await call(backend, 'catalogue.get', { id: drillRecord.id })).copies[0]?.kit).toEqual({ copyId: kitCopies[0], barcode: 'E000004' });
    withSyncDb(backend, (db) => {
      expect(kitOf(db, drillRecord.copies[0]!.id)).toMatchObject({ copyId: kitCopies[0], barcode: 'E000004', title: 'Kit bricolage', status: 'available' });
      expect(kitOf(db, drillRecord.copies[1]!.id)).toBeUndefined();
      expect(partsOf(db, kitCopies[0]!).map((part) => part.barcode)).toEqual(['E000001', 'E000003']);
      expect(partsOf(db, kitCopies[1]!)).toEqual([]);
    });
  });

  it('refuses a part already in a kit, a kit inside a kit, a part that is out, and any change while the kit is lent', async () => {
    const { backend, kitCopies, drillRecord } = await kitWithDrill();
    await call(backend, 'catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: 'E000001' });
    const twice = expectError(await backend.invoke('catalogue.addKitPart', { kitCopyId: kitCopies[1]!, barcode: 'E000001' }), 'CONFLICT');
    expect(twice.message).toBe('E000001 (« Perceuse à percussion ») fait déjà partie du kit E000004 : retirez-le d’abord de ce kit.');
    expectError(await backend.invoke('catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: 'E000005' }), 'VALIDATION');
    expectError(await backend.invoke('catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: 'E000404' }), 'NOT_FOUND');
    expectError(await backend.invoke('catalogue.addKitPart', { kitCopyId: drillRecord.copies[1]!.id, barcode: 'E000003' }), 'VALIDATION');

    const member = seedMember(backend.databaseFile, { number: 'A00042', familyName: 'Dubois', firstName: 'Hélène' });
    seedLoan(backend.databaseFile, drillRecord.copies[1]!.id, member, '2026-12-12');
    const outPart = expectError(await backend.invoke('catalogue.addKitPart', { kitCopyId: kitCopies[1]!, barcode: 'E000002' }), 'CONFLICT');
    expect(outPart.message).toContain('est en prêt');
    seedLoan(backend.databaseFile, kitCopies[0]!, member, '2026-12-12');
    runSql(backend.databaseFile, "UPDATE copy SET status = 'on_loan' WHERE id = ?", drillRecord.copies[0]!.id);
    // The part out with its kit shows the kit's loan.
    expect((await call(backend, 'catalogue.get', { id: drillRecord.id })).copies[0]?.loan).toEqual({ dueOn: '2026-12-12', memberNumber: 'A00042' });
    const lentKit = expectError(await backend.invoke('catalogue.removeKitPart', { kitCopyId: kitCopies[0]!, partCopyId: drillRecord.copies[0]!.id }), 'CONFLICT');
    expect(lentKit.message).toBe('Le kit E000004 est en prêt : ses pièces ne changent que lorsqu’il est disponible.');
    expect(countRows(backend.databaseFile, 'kit_part')).toBe(1);
  });

  it('removes a part, and retiring a part or a kit unties them', async () => {
    const { backend, kitCopies, drillRecord, glasses } = await kitWithDrill();
    await call(backend, 'catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: 'E000001' });
    await call(backend, 'catalogue.addKitPart', { kitCopyId: kitCopies[0]!, barcode: 'E000003' });
    const { parts } = await call(backend, 'catalogue.removeKitPart', { kitCopyId: kitCopies[0]!, partCopyId: drillRecord.copies[0]!.id });
    expect(parts.map((part) => part.barcode)).toEqual(['E000003']);
    expectError(await backend.invoke('catalogue.removeKitPart', { kitCopyId: kitCopies[0]!, partCopyId: drillRecord.copies[0]!.id }), 'NOT_FOUND');

    await call(backend, 'catalogue.addKitPart', { kitCopyId: kitCopies[1]!, barcode: 'E000001' });
    await call(backend, 'catalogue.retireCopy', { id: glasses.copies[0]!.id });
    await call(backend, 'catalogue.retireCopy', { id: kitCopies[1]! });
    expect(countRows(backend.databaseFile, 'kit_part')).toBe(0);
  });
});

describe('photos', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a1b3540000000049454e44ae426082', 'hex');

  it('stores a photo with its type read from its bytes, replaces and removes it', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill());
    await call(backend, 'catalogue.setPhoto', { itemId: record.id, base64: PNG.toString('base64') });
    expect((await call(backend, 'catalogue.get', { id: record.id })).hasPhoto).toBe(true);
    expect((await call(backend, 'catalogue.search', {})).rows[0]?.hasPhoto).toBe(true);
    const { photo } = await call(backend, 'catalogue.photo', { itemId: record.id });
    expect(photo?.mime).toBe('image/png');
    expect(Buffer.from(photo!.base64, 'base64').equals(PNG)).toBe(true);

    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    await call(backend, 'catalogue.setPhoto', { itemId: record.id, base64: jpeg.toString('base64') });
    expect((await call(backend, 'catalogue.photo', { itemId: record.id })).photo?.mime).toBe('image/jpeg');

    await call(backend, 'catalogue.removePhoto', { itemId: record.id });
    expect((await call(backend, 'catalogue.photo', { itemId: record.id })).photo).toBeNull();
    expectError(await backend.invoke('catalogue.removePhoto', { itemId: record.id }), 'NOT_FOUND');
  });

  it('refuses what is not a JPEG, PNG or WebP, and what is over 1.5 MB', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill());
    const setPhoto = (bytes: Buffer) => backend.invoke('catalogue.setPhoto', { itemId: record.id, base64: bytes.toString('base64') });
    const gif = expectError(await setPhoto(Buffer.from('GIF89a-not-accepted')), 'VALIDATION');
    expect(gif.message).toBe('Ce fichier n’est pas une photo JPEG, PNG ou WebP.');
    // The bytes decide, whatever the file claimed to be.
    expectError(await setPhoto(Buffer.from('<script>alert(1)</script>')), 'VALIDATION');
    const big = expectError(await setPhoto(Buffer.concat([PNG, Buffer.alloc(1_572_864)])), 'VALIDATION');
    expect(big.message).toContain('1,5 Mo');
    expectError(await backend.invoke('catalogue.setPhoto', { itemId: record.id, base64: 'pas du base64 !' }), 'VALIDATION');
    expect(countRows(backend.databaseFile, 'item_photo')).toBe(0);
  });
});

describe('labels', () => {
  const pages = (base64: string) => (Buffer.from(base64, 'base64').toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

  it('prints the chosen copies, a record’s copies or the day’s new copies, 24 per A4 sheet', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill({ copies: 20 }));
    await call(backend, 'catalogue.create', drill({ title: 'Scie sauteuse', copies: 5 }));

    const chosen = await call(backend, 'catalogue.labelsPdf', { selection: { by: 'copies', copyIds: [record.copies[0]!.id, record.copies[3]!.id] } });
    expect(chosen.count).toBe(2);
    expect(Buffer.from(chosen.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages(chosen.base64)).toBe(1);

    const whole = await call(backend, 'catalogue.labelsPdf', { selection: { by: 'item', itemId: record.id }, startAt: 10 });
    expect(whole.count).toBe(20);
    expect(pages(whole.base64)).toBe(2);

    const today = await call(backend, 'catalogue.labelsPdf', { selection: { by: 'addedOn', day: new Date().toLocaleDateString('sv-SE') } });
    expect(today.count).toBe(25);
    expect(pages(today.base64)).toBe(2);
    expect(today.fileName).toMatch(/^etiquettes-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('says so when there is nothing to print, and never prints a retired copy', async () => {
    const backend = await newBackend();
    const record = await call(backend, 'catalogue.create', drill({ copies: 1 }));
    await call(backend, 'catalogue.retireCopy', { id: record.copies[0]!.id });
    expectError(await backend.invoke('catalogue.labelsPdf', { selection: { by: 'item', itemId: record.id } }), 'NOT_FOUND');
    const none = expectError(await backend.invoke('catalogue.labelsPdf', { selection: { by: 'addedOn', day: '2020-01-01' } }), 'NOT_FOUND');
    expect(none.message).toBe('Aucun exemplaire n’a été ajouté ce jour-là.');
    expectError(await backend.invoke('catalogue.labelsPdf', { selection: { by: 'copies', copyIds: [] } }), 'VALIDATION');
    expectError(await backend.invoke('catalogue.labelsPdf', { selection: { by: 'item', itemId: record.id }, startAt: 25 }), 'VALIDATION');
  });
});
