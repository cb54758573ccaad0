import type { Content } from 'pdfmake/interfaces';
import type { SyncDb } from '../../../db/query.ts';
import { currentHomes, dwellingPlace } from '../../shared/homes.ts';
import { frenchPhone, listName } from '../../shared/names.ts';
import type { OfficeSettings } from '../../settings/fields.ts';

/* What the loan form and the reminder letters share: the office's letterhead and the member's postal address. */

/** The office's name, address and contacts (its logo when it has one), top left of every page. */
export function letterhead(office: OfficeSettings): Content {
  const lines = [
    office.address.line,
    [office.address.postcode, office.address.city].filter(Boolean).join(' '),
    [office.phone && `Tél. ${frenchPhone(office.phone)}`, office.email].filter(Boolean).join(' · '),
  ].filter(Boolean);
  const identity: Content = { stack: [{ text: office.name || 'Conciergerie', bold: true, fontSize: 12 }, ...lines.map((text) => ({ text }))] };
  return office.logo ? { columns: [{ image: office.logo, fit: [70, 50], width: 80 }, identity], columnGap: 10 } : identity;
}

/** The member's postal address (AFNOR order: name, place in the building, street, postcode and town). */
export function postalAddress(db: SyncDb, personId: number, householdId: number): string[] {
  const person = db.get(db.q.selectFrom('person').select(['civility', 'family_name', 'usage_name', 'first_name']).where('id', '=', personId))!;
  const home = currentHomes(db, [householdId]).get(householdId);
  if (home) return [listName(person), dwellingPlace(home), home.address, `${home.postcode} ${home.city}`].filter(Boolean);
  const household = db.get(db.q.selectFrom('household').select(['address_line', 'postcode', 'city']).where('id', '=', householdId))!;
  return [listName(person), household.address_line, `${household.postcode} ${household.city}`.trim()].filter(Boolean);
}
