import { openTill, seedItem, seedMember } from './conciergerie-fixtures.ts';
import { staffedOffice } from './staffed-office.ts';

/**
 * A conciergerie office for the loans, holds and counter tests: the real backend on a temp folder, a clock the test
 * moves, a counter operator, two members with a monthly membership (3 loans at most), a drill (deposit 30 €), two
 * books, a game in two copies, and an open till. Counter rules are the defaults: 21 days, 0,30 € a week late, no grace.
 */
export const OPERATOR = { login: 'guichet', password: 'mot-de-passe-guichet', displayName: 'Paul Guichet' };

export async function loansOffice(day = '2026-03-02') {
  const office = await staffedOffice(day, OPERATOR);
  const { file } = office;
  const dupont = seedMember(file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène', civility: 'madame', phone: '+33322334455' });
  const petit = seedMember(file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel', civility: 'monsieur' });
  const drill = seedItem(file, {
    title: 'Perceuse à percussion',
    replacementValueCents: 8900,
    depositCents: 3000,
    loanDays: 7,
    conditions: 'Rendre la perceuse nettoyée, avec sa mallette.',
    barcodes: ['E000001'],
  });
  const novel = seedItem(file, { kind: 'book', title: 'Les Misérables', author: 'Victor Hugo', replacementValueCents: 1200, barcodes: ['E000002'] });
  const comic = seedItem(file, { kind: 'book', title: 'Astérix le Gaulois', replacementValueCents: 1050, barcodes: ['E000003'] });
  const game = seedItem(file, { kind: 'game', title: 'Dixit', replacementValueCents: 3500, barcodes: ['E000004', 'E000005'] });
  openTill(file);
  return {
    ...office,
    members: { dupont, petit },
    items: { drill, novel, comic, game },
    /** Moves the clock to that day, 10:00 local time, and signs the admin and the operator in again. */
    setDay: (next: string) => office.setNow(`${next}T10:00`),
  };
}
