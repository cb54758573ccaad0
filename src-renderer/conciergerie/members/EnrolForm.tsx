import { Checkbox, Fieldset, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonCandidate } from '../../../src-main/conciergerie/members/contract.ts';
import { CIVILITIES } from '../../../src-main/households/fields.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import type { Output } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { formatDate, type Language } from '../../format/index.ts';
import { emptyMembership, MembershipFields, membershipInput, type MembershipValues } from './MembershipFields.tsx';
import { PersonChoice } from './PersonChoice.tsx';

interface Values {
  who: 'existing' | 'new';
  personId: string | null;
  newPerson: {
    civility: string;
    familyName: string;
    usageName: string;
    firstName: string;
    phone: string;
    email: string;
    address: { line: string; postcode: string; city: string };
  };
  /** Enrolled under the household's membership in force, with none of their own. */
  underHousehold: boolean;
  membership: MembershipValues;
}

type Enrolled = Output<'members.enrol'>;

interface Props {
  /** Enrolling this person (from their household's page): no search. */
  person?: { id: number; name: string; householdCoveredUntil: string | null };
  onDone: (enrolled: Enrolled) => void;
  onCancel: () => void;
}

/**
 * Enrolment in one go: the person (on file, or new and not a tenant: a household of their own is created with their
 * address), the first membership and its payment. Field names follow the contract, so refusals land on the fields.
 */
export function EnrolForm({ person, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const enrol = useApiMutation('members.enrol');
  const [candidate, setCandidate] = useState<PersonCandidate | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      who: 'existing',
      personId: person ? String(person.id) : null,
      newPerson: { civility: 'unspecified', familyName: '', usageName: '', firstName: '', phone: '', email: '', address: { line: '', postcode: '', city: '' } },
      underHousehold: !!person?.householdCoveredUntil,
      membership: emptyMembership(localToday()),
    },
  });
  const values = form.values;
  const coveredUntil = person ? person.householdCoveredUntil : values.who === 'existing' ? (candidate?.householdCoveredUntil ?? null) : null;
  const underHousehold = coveredUntil !== null && values.underHousehold;
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });

  const onSubmit = form.onSubmit((submitted) =>
    submitWithErrors(form, async () => {
      const typed = submitted.newPerson;
      const enrolled = await enrol.mutateAsync({
        personId: submitted.who === 'existing' ? (submitted.personId ? Number(submitted.personId) : null) : null,
        newPerson:
          submitted.who === 'new'
            ? { ...typed, civility: typed.civility as (typeof CIVILITIES)[number], phone: typed.phone || null, email: typed.email || null }
            : null,
        membership: underHousehold ? null : { ...membershipInput(submitted.membership), startsOn: submitted.membership.startsOn || null },
      });
      onDone(enrolled);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {!person && (
          <Fieldset legend={t('members.enrolForm.personLegend')}>
            <Stack>
              <Radio.Group {...form.getInputProps('who')} label={t('members.enrolForm.who')}>
                <Group mt={6}>
                  <Radio value="existing" label={t('members.enrolForm.existing')} />
                  <Radio value="new" label={t('members.enrolForm.new')} />
                </Group>
              </Radio.Group>
              {values.who === 'existing' ? (
                <PersonChoice
                  value={values.personId}
                  onChange={(chosen) => {
                    setCandidate(chosen);
                    form.setFieldValue('personId', chosen ? String(chosen.personId) : null);
                    form.setFieldValue('underHousehold', !!chosen?.householdCoveredUntil);
                  }}
                  error={form.errors.personId}
                />
              ) : (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                    <Select
                      data={CIVILITIES.map((value) => ({ value, label: t(`households.civilities.${value}`) }))}
                      allowDeselect={false}
                      {...field('newPerson.civility', t('households.person.civility'))}
                    />
                    <TextInput required autoComplete="off" {...field('newPerson.familyName', t('households.person.familyName'))} />
                    <TextInput autoComplete="off" {...field('newPerson.usageName', t('households.person.usageName'))} />
                    <TextInput autoComplete="off" {...field('newPerson.firstName', t('households.person.firstName'))} />
                    <TextInput type="tel" autoComplete="off" {...field('newPerson.phone', t('households.person.phone'))} />
                    <TextInput type="email" autoComplete="off" {...field('newPerson.email', t('households.person.email'))} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput required autoComplete="off" {...field('newPerson.address.line', t('households.fields.addressLine'))} />
                    <TextInput required maxLength={5} inputMode="numeric" autoComplete="off" {...field('newPerson.address.postcode', t('households.fields.postcode'))} />
                    <TextInput required autoComplete="off" {...field('newPerson.address.city', t('households.fields.city'))} />
                  </SimpleGrid>
                </>
              )}
            </Stack>
          </Fieldset>
        )}
        <Fieldset legend={t('members.enrolForm.membershipLegend')}>
          <Stack>
            {coveredUntil && (
              <Checkbox
                label={t('members.enrolForm.underHousehold', { date: formatDate(coveredUntil, language) })}
                {...form.getInputProps('underHousehold', { type: 'checkbox' })}
              />
            )}
            {!underHousehold && <MembershipFields form={form} prefix="membership." values={values.membership} />}
          </Stack>
        </Fieldset>
        <FormButtons submitLabel={t('members.enrolForm.submit')} busy={enrol.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
