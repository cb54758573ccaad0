import { Alert, Button, Checkbox, Fieldset, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowupDetail } from '../../src-main/followup/contract.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { FrenchDateInput } from '../components/FrenchDateInput.tsx';

interface Values {
  personId: string;
  reason: string;
  consent: { on: string; scope: string; proof: string };
  keepAfterEnd: boolean;
  contactEveryDays: number | string;
  heatwaveRegister: boolean;
  startedOn: string;
  notes: string;
}

function initialValues(followup: FollowupDetail | undefined, personId: number | undefined): Values {
  if (followup) {
    return {
      personId: String(followup.personId),
      reason: followup.reason,
      consent: followup.consent,
      keepAfterEnd: followup.keepAfterEnd,
      contactEveryDays: followup.contactEveryDays,
      heatwaveRegister: followup.heatwaveRegister,
      startedOn: followup.startedOn,
      notes: followup.notes,
    };
  }
  return {
    personId: personId ? String(personId) : '',
    reason: '',
    consent: { on: '', scope: '', proof: '' },
    keepAfterEnd: false,
    contactEveryDays: 7,
    heatwaveRegister: false,
    startedOn: '',
    notes: '',
  };
}

/** Finds the person to follow through the households search (name, phone, dwelling…). */
function PersonPicker({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: unknown }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useApiQuery('households.search', { query: debounced, limit: 20 }, debounced.trim().length >= 2);
  const data = (found.data?.rows ?? []).flatMap((row) =>
    row.person
      ? [
          {
            value: String(row.person.id),
            label: [`${row.person.firstName} ${row.person.usageName || row.person.familyName}`.trim(), row.residence?.name ?? row.household.name].join(' — '),
          },
        ]
      : [],
  );
  return (
    <Select
      label={t('followup.fields.person')}
      placeholder={t('followup.fields.personSearch')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('followup.noPersonFound') : t('followup.typeToSearch')}
      error={error as string | undefined}
      data-autofocus
    />
  );
}

interface Props {
  /** The follow-up to edit; absent to open a new one. */
  followup?: FollowupDetail;
  /** Opening a follow-up for this person (from the household page): no search. */
  personId?: number;
  personName?: string;
  onClose: () => void;
  onSaved?: (saved: FollowupDetail) => void;
}

/** Opening or editing a follow-up: reason, the person's consent (date, scope, proof), schedule, heatwave register. */
export function FollowupFormModal({ followup, personId, personName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const open = useApiMutation('followup.open');
  const update = useApiMutation('followup.update');
  const form = useForm<Values>({ mode: 'controlled', initialValues: initialValues(followup, personId) });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = {
        reason: values.reason,
        consent: values.consent,
        keepAfterEnd: values.keepAfterEnd,
        // An empty number is sent as is so that the backend answers with its French message.
        contactEveryDays: values.contactEveryDays === '' ? (undefined as unknown as number) : Number(values.contactEveryDays),
        heatwaveRegister: values.heatwaveRegister,
        notes: values.notes,
      };
      const saved = followup
        ? await update.mutateAsync({ id: followup.id, ...fields })
        : await open.mutateAsync({ ...fields, personId: Number(values.personId) || (undefined as unknown as number), startedOn: values.startedOn || null });
      notifySuccess(t(followup ? 'followup.updated' : 'followup.opened', { name: saved.personName }));
      onSaved?.(saved);
      onClose();
    }),
  );

  const title = followup ? t('followup.edit') : personName ? t('followup.openFor', { name: personName }) : t('followup.open');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {!followup && !personId && (
            <PersonPicker value={form.values.personId} onChange={(id) => form.setFieldValue('personId', id)} error={form.errors.personId} />
          )}
          <Textarea required autosize minRows={2} data-autofocus={followup || personId ? true : undefined} {...field('reason', t('followup.fields.reason'))} />
          <Fieldset legend={t('followup.consentLegend')}>
            <Alert color="blue" variant="light" mb="sm">
              {t('followup.consentHint')}
            </Alert>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FrenchDateInput required {...field('consent.on', t('followup.fields.consentOn'))} />
              <TextInput required description={t('followup.fields.consentProofHint')} {...field('consent.proof', t('followup.fields.consentProof'))} />
            </SimpleGrid>
            <Textarea mt="sm" required autosize minRows={2} description={t('followup.fields.consentScopeHint')} {...field('consent.scope', t('followup.fields.consentScope'))} />
            <Checkbox mt="sm" {...form.getInputProps('keepAfterEnd', { type: 'checkbox' })} label={t('followup.fields.keepAfterEnd')} />
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput required min={1} max={90} allowDecimal={false} {...field('contactEveryDays', t('followup.fields.contactEveryDays'))} />
            {!followup && <FrenchDateInput description={t('followup.fields.startedOnHint')} {...field('startedOn', t('followup.fields.startedOn'))} />}
          </SimpleGrid>
          <Checkbox {...form.getInputProps('heatwaveRegister', { type: 'checkbox' })} label={t('followup.fields.heatwaveRegister')} />
          <Textarea autosize minRows={2} {...field('notes', t('followup.fields.notes'))} />
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={open.isPending || update.isPending}>
            {followup ? t('common.save') : t('followup.open')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
