import type { TFunction } from 'i18next';
import type { Person } from '../../src-main/households/contract.ts';

type Names = Pick<Person, 'familyName' | 'usageName' | 'firstName'>;

/** « Hélène Dupré »: first name, then the name the person uses (usage name, else family name). */
export function personName(person: Names): string {
  return `${person.firstName} ${person.usageName || person.familyName}`.trim();
}

/** The family name when the person goes by another one, to tell people apart: « Martin ». */
export function otherFamilyName(person: Names): string | null {
  return person.usageName && person.usageName !== person.familyName ? person.familyName : null;
}

interface Place {
  building: string;
  entrance?: string;
  floor: number;
  door: string;
}

/** « bât. A, porte 102, étage 1 » — what tells a dwelling apart on its landing. */
export function dwellingPlace(t: TFunction, dwelling: Place): string {
  const parts: string[] = [];
  if (dwelling.building) parts.push(t('households.place.building', { building: dwelling.building }));
  if (dwelling.door) parts.push(t('households.place.door', { door: dwelling.door }));
  parts.push(dwelling.floor === 0 ? t('households.place.groundFloor') : t('households.place.floor', { n: dwelling.floor }));
  return parts.join(', ');
}

/** Years of age on a given day, from an ISO birth date. */
export function ageOn(birthDate: string, today = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  let age = today.getFullYear() - year;
  if (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)) age--;
  return age;
}
