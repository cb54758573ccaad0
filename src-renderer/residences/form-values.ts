import type { Input } from '../api/client.ts';
import type { Dwelling, ResidenceDetail } from '../../src-main/residences/contract.ts';
import { TYPOLOGIES } from '../../src-main/residences/fields.ts';

/** What the forms hold: text fields as strings, numbers as NumberInput gives them ('' when empty). */
export interface ResidenceFormValues {
  name: string;
  address: string;
  postcode: string;
  city: string;
  inseeCode: string;
  qpvCode: string;
  qpvCheckedOn: string;
  qpvSource: string;
  yearBuilt: number | string;
  notes: string;
}

export interface DwellingFormValues {
  internalId: string;
  rplsId: string;
  typology: string;
  floor: number | string;
  surfaceM2: number | string;
  building: string;
  entrance: string;
  door: string;
}

/** The creation form: the residence and the dwellings typed with it. */
export type NewResidenceValues = ResidenceFormValues & { dwellings: DwellingFormValues[] };

export const TYPOLOGY_OPTIONS = TYPOLOGIES.map((value) => ({ value, label: value }));

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

export const emptyResidence: ResidenceFormValues = {
  name: '', address: '', postcode: '', city: '', inseeCode: '', qpvCode: '', qpvCheckedOn: '', qpvSource: '', yearBuilt: '', notes: '',
};

export const emptyDwelling: DwellingFormValues = {
  internalId: '', rplsId: '', typology: 'T3', floor: 0, surfaceM2: '', building: '', entrance: '', door: '',
};

export function residenceToForm(residence: ResidenceDetail): ResidenceFormValues {
  return {
    name: residence.name,
    address: residence.address,
    postcode: residence.postcode,
    city: residence.city,
    inseeCode: residence.inseeCode ?? '',
    qpvCode: residence.qpvCode ?? '',
    qpvCheckedOn: residence.qpvCheckedOn ?? '',
    qpvSource: residence.qpvSource ?? '',
    yearBuilt: residence.yearBuilt ?? '',
    notes: residence.notes,
  };
}

export function dwellingToForm(dwelling: Dwelling): DwellingFormValues {
  return {
    internalId: dwelling.internalId,
    rplsId: dwelling.rplsId ?? '',
    typology: dwelling.typology,
    floor: dwelling.floor,
    surfaceM2: dwelling.surfaceM2 ?? '',
    building: dwelling.building,
    entrance: dwelling.entrance,
    door: dwelling.door,
  };
}

export function residenceInput(values: ResidenceFormValues): Omit<Input<'residences.update'>, 'id'> {
  return {
    name: values.name,
    address: values.address,
    postcode: values.postcode,
    city: values.city,
    inseeCode: textOrNull(values.inseeCode),
    qpvCode: textOrNull(values.qpvCode),
    qpvCheckedOn: textOrNull(values.qpvCheckedOn),
    qpvSource: textOrNull(values.qpvSource),
    yearBuilt: numberOrNull(values.yearBuilt),
    notes: values.notes,
  };
}

export function dwellingInput(values: DwellingFormValues): Omit<Input<'dwellings.update'>, 'id'> {
  return {
    internalId: values.internalId,
    rplsId: textOrNull(values.rplsId),
    typology: values.typology as Dwelling['typology'],
    // An empty floor is sent as is so that the backend answers with its French message.
    floor: values.floor === '' ? (undefined as unknown as number) : Number(values.floor),
    surfaceM2: numberOrNull(values.surfaceM2),
    building: values.building,
    entrance: values.entrance,
    door: values.door,
  };
}
