import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { RefusalAlert, useModalErrors } from './ModalErrors.tsx';
import { type Candidate, PersonSearch } from './PersonSearch.tsx';
import type { Registration } from './RegistrationTables.tsx';

/**
 * Makes a guest's registration that of a person found on file. Outside the event's public, the backend asks why:
 * the reason field then appears, as when registering.
 */
export function AttachGuestModal({ registration, onClose, onDone }: { registration: Registration; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const k = 'agenda.registrations.attachModal';
  const attach = useApiMutation('agenda.registrations.attachGuest');
  const errors = useModalErrors();
  const [picked, setPicked] = useState<Candidate | null>(null);
  const [reason, setReason] = useState('');
  const reasonAsked = Boolean(errors.fields.audienceOverride) || reason !== '';

  const choose = (candidate: Candidate | null) => {
    setPicked(candidate);
    setReason('');
    errors.clear();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      errors.setField('personId', t('agenda.registrations.form.pickFirst'));
      return;
    }
    errors.clear();
    try {
      const done = await attach.mutateAsync({ id: registration.id, personId: picked.personId, audienceOverride: reason.trim() || null });
      notifySuccess(done.message);
      onDone(done.message);
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(`${k}.title`, { name: registration.name })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm">{t(`${k}.intro`)}</Text>
          {picked ? (
            <Group justify="space-between">
              <Text fw={500}>{t(`${k}.chosen`, { name: [picked.name, picked.householdName].join(' · ') })}</Text>
              <Button variant="subtle" size="xs" onClick={() => choose(null)}>
                {t('agenda.registrations.form.change')}
              </Button>
            </Group>
          ) : (
            <PersonSearch eventId={registration.eventId} mode="person" onPick={choose} pickLabel={(candidate) => t(`${k}.choose`, { name: candidate.name })} />
          )}
          {errors.fields.personId && (
            <Text c="red.9" role="alert">
              {errors.fields.personId}
            </Text>
          )}
          {reasonAsked && (
            <TextInput
              label={t(`${k}.override`)}
              description={t('agenda.registrations.form.overrideHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.fields.audienceOverride}
            />
          )}
          <RefusalAlert message={errors.refusal} />
        </Stack>
        <FormButtons submitLabel={t(`${k}.submit`)} busy={attach.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
