import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, newBackend } from './helpers.ts';
import {
  dateForms,
  expectAdditiveClaimsHold,
  expectSecretKept,
  indicatorOf,
  type IndicatorsFile,
  personalDataIn,
  phoneForms,
  validateAgainstRepositorySchema,
} from './federation-export-checks.ts';

interface PersonRow {
  family_name: string;
  usage_name: string;
  first_name: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
}

describe('federation export of the demo office', () => {
  it('is valid, keeps the secret and leaks no personal datum (its time is measured by npm run bench)', async () => {
    const admin = await newBackend();
    await call(admin, 'demo.fill', {});
    await call(admin, 'settings.saveOffice', { name: 'Office de démonstration', legalForm: 'oph', siren: '732829320' });
    const year = new Date().getFullYear();

    const db = new Database(admin.databaseFile, { readonly: true });
    const people = db.prepare('SELECT family_name, usage_name, first_name, birth_date, phone, email FROM person').all() as PersonRow[];
    const memberNumbers = db.prepare('SELECT number FROM member').pluck().all() as string[];
    const householdNames = db.prepare('SELECT name FROM household').pluck().all() as string[];
    db.close();
    expect(people.length).toBeGreaterThan(500);

    for (const period of [
      { from: `${year}-01-01`, to: `${year}-12-31` },
      { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    ]) {
      const preview = await call(admin, 'federation.export.preview', period);
      const document = JSON.parse(preview.files.find((f) => f.name === 'indicateurs.json')!.content) as IndicatorsFile;
      expect(validateAgainstRepositorySchema(document), JSON.stringify(validateAgainstRepositorySchema.errors)).toBe(true);
      expectSecretKept(document);
      expectAdditiveClaimsHold(document);

      // The period's own days may equal someone's birthday: they are the only dates the files are allowed to hold.
      const allowedDates = new Set([period.from, period.to, preview.generatedAt.slice(0, 10)]);
      const data = {
        'full name': people.flatMap((p) => [`${p.first_name} ${p.family_name}`, `${p.family_name} ${p.first_name}`]).filter((name) => name.trim().includes(' ')),
        phone: people.flatMap((p) => (p.phone ? phoneForms(p.phone) : [])),
        email: people.flatMap((p) => (p.email ? [p.email] : [])),
        'birth date': people.flatMap((p) => (p.birth_date && !allowedDates.has(p.birth_date) ? dateForms(p.birth_date) : [])),
        'member number': memberNumbers,
      };
      for (const file of preview.files) expect(personalDataIn(file.content, data), file.name).toEqual([]);

      // Family and household names ("Petit", "Tran"), as whole words, in the files made from the office's data (the
      // residences' names are buildings, not people).
      const residenceNames = document.groups.residences.map((r) => r.name);
      const familyNames = [...new Set([...people.flatMap((p) => [p.family_name, p.usage_name]), ...householdNames].filter((name) => name.length > 2))];
      for (const name of ['indicateurs.json', 'indicateurs.csv', 'manifeste.json']) {
        let text = preview.files.find((f) => f.name === name)!.content;
        for (const residence of residenceNames) text = text.replaceAll(residence, '');
        const words = new Set(text.split(/[^\p{L}'’-]+/u));
        expect(familyNames.filter((family) => words.has(family)), name).toEqual([]);
      }
    }
  });

  it('shows the demo year: people reached, loans and events, with small rural residences kept secret', async () => {
    const admin = await newBackend();
    await call(admin, 'demo.fill', {});
    await call(admin, 'settings.saveOffice', { name: 'Office de démonstration', legalForm: 'oph', siren: '732829320' });
    const year = new Date().getFullYear();
    const preview = await call(admin, 'federation.export.preview', { from: `${year}-01-01`, to: `${year}-12-31` });
    const document = JSON.parse(preview.files.find((f) => f.name === 'indicateurs.json')!.content) as IndicatorsFile;
    const office = (id: string) => indicatorOf(document, id).tables.find((t) => t.level === 'bureau')!.cells[0]!;
    expect(office('foyers_touches').value).toBeGreaterThan(50);
    expect(office('prets').value).toBeGreaterThan(100);
    expect(office('partenaires_actifs').value).toBeGreaterThan(5);
    const residences = indicatorOf(document, 'foyers_touches').tables.find((t) => t.level === 'residence')!.cells;
    expect(residences.some((c) => c.secret)).toBe(true);
    expect(residences.some((c) => !c.secret && c.value! >= document.suppression.threshold)).toBe(true);
  });
});
