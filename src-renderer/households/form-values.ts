import type { Input } from '../api/client.ts';
import type { Person } from '../../src-main/households/contract.ts';
import type { Civility, PersonRole } from '../../src-main/households/fields.ts';

/** What the person fields hold: text as typed ('' when empty), dates as ISO strings. */
export interface PersonFormValues {
  civility: string;
  familyName: string;
  usageName: string;
  firstName: string;
  birthDate: string;
  phone: string;
  email: string;
  role: string;
  languages: string[];
  notes: string;
  externalId: string;
}

interface AddressFormValues {
  line: string;
  postcode: string;
  city: string;
}

/** The "Nouveau foyer" form: its paths match the contract's, so the backend's messages land next to the fields. */
export interface NewHouseholdValues {
  kind: 'tenant' | 'member';
  residenceId: string;
  dwelling: { dwellingId: string; enteredOn: string };
  address: AddressFormValues;
  name: string;
  externalId: string;
  notes: string;
  acceptsMail: boolean;
  people: PersonFormValues[];
}

export interface HouseholdEditValues {
  name: string;
  externalId: string;
  address: AddressFormValues;
  notes: string;
  acceptsMail: boolean;
}

export const emptyPerson = (role: PersonRole = 'member'): PersonFormValues => ({
  civility: 'unspecified',
  familyName: '',
  usageName: '',
  firstName: '',
  birthDate: '',
  phone: '',
  email: '',
  role,
  languages: [],
  notes: '',
  externalId: '',
});

export const emptyHousehold = (): NewHouseholdValues => ({
  kind: 'tenant',
  residenceId: '',
  dwelling: { dwellingId: '', enteredOn: '' },
  address: { line: '', postcode: '', city: '' },
  name: '',
  externalId: '',
  notes: '',
  acceptsMail: true,
  people: [emptyPerson('holder')],
});

const orNull = (value: string | null | undefined) => (value && value.trim() !== '' ? value : null);

export function personToForm(person: Person): PersonFormValues {
  return {
    civility: person.civility,
    familyName: person.familyName,
    usageName: person.usageName,
    firstName: person.firstName,
    birthDate: person.birthDate ?? '',
    phone: person.phone ?? '',
    email: person.email ?? '',
    role: person.role,
    languages: person.languages,
    notes: person.notes,
    externalId: person.externalId ?? '',
  };
}

export function personInput(values: PersonFormValues): Omit<Input<'people.update'>, 'id'> {
  return {
    civility: values.civility as Civility,
    familyName: values.familyName,
    usageName: values.usageName,
    firstName: values.firstName,
    birthDate: orNull(values.birthDate),
    phone: orNull(values.phone),
    email: orNull(values.email),
    role: values.role as PersonRole,
    languages: values.languages,
    notes: values.notes,
    externalId: orNull(values.externalId),
  };
}

export function newHouseholdInput(values: NewHouseholdValues): Input<'households.create'> {
  const tenant = values.kind === 'tenant';
  return {
    isTenant: tenant,
    dwelling:
      tenant && values.dwelling.dwellingId
        ? { dwellingId: Number(values.dwelling.dwellingId), enteredOn: values.dwelling.enteredOn ?? '' }
        : null,
    address: tenant ? { line: '', postcode: '', city: '' } : values.address,
    name: values.name,
    externalId: orNull(values.externalId),
    notes: values.notes,
    acceptsMail: values.acceptsMail,
    people: values.people.map(personInput),
  };
}
