import type { Input } from '../api/client.ts';
import { centsToEuro, euroToCents } from '../format/money-input.ts';
import { formatPhone } from '../../src-main/shared/phone.ts';
import { type CounterSettings, type FederationSettings, type OfficeSettings, type RetentionSettings, type UpdatesSettings } from '../../src-main/settings/fields.ts';

/*
 * What the settings forms hold, and how it goes to and from the contract. The form keys are the contract's own
 * field names, so that the backend's errors land next to the right field; amounts are held in euros there.
 */

/** NumberInput gives a number, or '' when empty (or a string while typing). */
type NumberValue = number | string;

/** An empty number is sent as missing, so that the backend answers with its French message. */
const whole = (value: NumberValue) => (value === '' ? (undefined as unknown as number) : Number(value));


export interface OfficeFormValues {
  name: string;
  legalForm: string | null;
  siren: string;
  siret: string;
  rna: string;
  address: { line: string; postcode: string; city: string };
  phone: string;
  email: string;
}

export function officeToForm(office: OfficeSettings): OfficeFormValues {
  return {
    name: office.name,
    legalForm: office.legalForm,
    siren: office.siren ?? '',
    siret: office.siret ?? '',
    rna: office.rna ?? '',
    address: { ...office.address },
    phone: formatPhone(office.phone),
    email: office.email ?? '',
  };
}

/** The logo is kept apart from the form (it is shown as a preview, not typed). */
export function officeInput(values: OfficeFormValues, logo: string | null): Input<'settings.saveOffice'> {
  return {
    ...values,
    legalForm: (values.legalForm ?? undefined) as Input<'settings.saveOffice'>['legalForm'],
    logo,
  };
}

export interface CounterFormValues {
  defaultLoanDays: NumberValue;
  /** In euros in the form. */
  lateFeePerWeekCents: NumberValue;
  /** In euros in the form. */
  defaultDepositCents: NumberValue;
  maxLoansPerMember: NumberValue;
  graceDays: NumberValue;
}

export function counterToForm(counter: CounterSettings): CounterFormValues {
  return {
    ...counter,
    lateFeePerWeekCents: centsToEuro(counter.lateFeePerWeekCents),
    defaultDepositCents: centsToEuro(counter.defaultDepositCents),
  };
}

export function counterInput(values: CounterFormValues): Input<'settings.saveCounter'> {
  return {
    defaultLoanDays: whole(values.defaultLoanDays),
    lateFeePerWeekCents: euroToCents(values.lateFeePerWeekCents),
    defaultDepositCents: euroToCents(values.defaultDepositCents),
    maxLoansPerMember: whole(values.maxLoansPerMember),
    graceDays: whole(values.graceDays),
  };
}

export interface RetentionFormValues {
  personMonths: NumberValue;
  auditYears: NumberValue;
  deleteFollowUpWhenEnded: boolean;
}

export const retentionToForm = (retention: RetentionSettings): RetentionFormValues => ({ ...retention });

export function retentionInput(values: RetentionFormValues): Input<'settings.saveRetention'> {
  return { personMonths: whole(values.personMonths), auditYears: whole(values.auditYears), deleteFollowUpWhenEnded: values.deleteFollowUpWhenEnded };
}

export interface FederationFormValues {
  endpointUrl: string;
  label: string;
  suppressionThreshold: NumberValue;
}

export const federationToForm = (federation: FederationSettings): FederationFormValues => ({
  endpointUrl: federation.endpointUrl ?? '',
  label: federation.label,
  suppressionThreshold: federation.suppressionThreshold,
});

export function federationInput(values: FederationFormValues): Input<'settings.saveFederation'> {
  return { endpointUrl: values.endpointUrl, label: values.label, suppressionThreshold: whole(values.suppressionThreshold) };
}

export interface UpdatesFormValues {
  feedUrl: string;
}

export const updatesToForm = (updates: UpdatesSettings): UpdatesFormValues => ({ feedUrl: updates.feedUrl ?? '' });
