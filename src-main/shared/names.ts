import { formatPhone } from './phone.ts';

/**
 * How people are named on screens and printed lists, from the person table's columns. The usage name (nom d'usage)
 * is the one people go by; the family name is added in lists when it differs.
 */
interface NameColumns {
  civility: string;
  family_name: string;
  usage_name: string;
  first_name: string;
}

/** "Hélène Dupont": on screens. */
export function personName(person: NameColumns): string {
  return [person.first_name, person.usage_name || person.family_name].filter(Boolean).join(' ');
}

const CIVILITY_SHORT: Record<string, string> = { madame: 'Mme', mme: 'Mme', monsieur: 'M.', m: 'M.' };

/** "Mme", "M.", or "" when the civility is not given ('unspecified'). */
export const shortCivility = (civility: string): string => CIVILITY_SHORT[civility.toLowerCase()] ?? '';

/** "Mme Dupont": how the counter and letters address someone; "Hélène Dupont" when the civility is not given. */
export function courtesyName(person: NameColumns): string {
  const civility = shortCivility(person.civility);
  return civility ? `${civility} ${person.usage_name || person.family_name}` : personName(person);
}

/** "Mme DUPONT (MARTIN) Hélène": printed lists, sorted by name. */
export function listName(person: NameColumns): string {
  const usage = person.usage_name || person.family_name;
  const family = person.usage_name && person.usage_name !== person.family_name ? ` (${person.family_name.toUpperCase()})` : '';
  return [shortCivility(person.civility), `${usage.toUpperCase()}${family}`, person.first_name].filter(Boolean).join(' ');
}

/** "+33123456789" → "01 23 45 67 89" (shared/phone.ts); null when there is none. */
export function frenchPhone(e164: string | null): string | null {
  return e164 ? formatPhone(e164) : null;
}
