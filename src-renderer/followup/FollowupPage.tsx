import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Loader, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock, IconPencil, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { FollowupDetail } from '../../src-main/followup/contract.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { useCan } from '../auth/AuthContext.ts';
import { Fact } from '../components/Fact.tsx';
import { FrenchDateInput } from '../components/FrenchDateInput.tsx';
import { formatDate, type Language } from '../format/index.ts';
import { DueBadge, LastContact } from './FollowupBadges.tsx';
import { FollowupFormModal } from './FollowupFormModal.tsx';

const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Logging a call or a visit: date, kind, whether the person was reached, notes. */
function ContactForm({ followup }: { followup: FollowupDetail }) {
  const { t } = useTranslation();
  const log = useApiMutation('followup.logContact');
  const form = useForm({ mode: 'controlled', initialValues: { contactedOn: todayIso(), kind: 'call' as 'call' | 'visit' | 'other', reached: true, notes: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await log.mutateAsync({ followupId: followup.id, ...values });
      notifySuccess(t('followup.contact.logged'));
      form.setValues({ notes: '' });
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Fieldset legend={t('followup.logContact')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <FrenchDateInput required label={t('followup.contact.contactedOn')} key={form.key('contactedOn')} {...form.getInputProps('contactedOn')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="contact-kind-label">
              {t('followup.contact.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="contact-kind-label"
              data={(['call', 'visit', 'other'] as const).map((kind) => ({ value: kind, label: t(`followup.contact.kinds.${kind}`) }))}
              {...form.getInputProps('kind')}
            />
          </Stack>
          <Checkbox mt={28} label={t('followup.contact.reached')} {...form.getInputProps('reached', { type: 'checkbox' })} />
        </SimpleGrid>
        <Textarea mt="sm" autosize minRows={2} label={t('followup.contact.notes')} key={form.key('notes')} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={log.isPending}>
            {t('followup.contact.save')}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}

function EndModal({ followup, onClose }: { followup: FollowupDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const end = useApiMutation('followup.end');
  const form = useForm({ mode: 'controlled', initialValues: { endedOn: todayIso() } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const result = await end.mutateAsync({ id: followup.id, endedOn: values.endedOn });
      notifySuccess(t(result.deleted ? 'followup.endedDeleted' : 'followup.endedKept'));
      onClose();
      if (result.deleted) navigate('/');
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('followup.endTitle', { name: followup.personName })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Alert color={followup.keepAfterEnd ? 'blue' : 'orange'} variant="light">
            {t(followup.keepAfterEnd ? 'followup.endKeeps' : 'followup.endDeletes')}
          </Alert>
          <FrenchDateInput required data-autofocus label={t('followup.endedOn')} key={form.key('endedOn')} {...form.getInputProps('endedOn')} />
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={end.isPending}>
            {t('followup.end')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

/** One follow-up record: the person, consent, schedule, the log of contacts; every opening is audited. */
export function FollowupPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('followup', 'write');
  const [modal, setModal] = useState<'edit' | 'end' | null>(null);
  const detail = useApiQuery('followup.get', { id }, Number.isInteger(id) && id > 0);
  if (detail.error) return <Alert color="red" title={t('common.errorTitle')}>{detail.error.message}</Alert>;
  if (!detail.data || detail.data.id !== id) return <Loader aria-label={t('common.loading')} />;
  const followup = detail.data;
  const active = followup.endedOn === null;
  const none = t('common.none');

  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('followup.title')}
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={1}>{t('followup.pageTitle', { name: followup.personName })}</Title>
          <DueBadge summary={followup} />
        </Group>
        {canWrite && active && (
          <Group>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setModal('edit')}>
              {t('followup.edit')}
            </Button>
            <Button variant="default" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={() => setModal('end')}>
              {t('followup.end')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        <IconLock size={14} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('followup.restrictedNote')}
      </Text>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('followup.columns.person')}>
            <Anchor component={Link} href={`~/foyers/${followup.householdId}`}>
              {followup.personName}
            </Anchor>
          </Fact>
          <Fact label={t('followup.columns.residence')}>{followup.residenceName ?? none}</Fact>
          <Fact label={t('followup.columns.phone')}>{followup.phone ?? none}</Fact>
          <Fact label={t('followup.fields.reason')}>{followup.reason}</Fact>
          <Fact label={t('followup.columns.every')}>{t('followup.everyDays', { count: followup.contactEveryDays })}</Fact>
          <Fact label={t('followup.fields.startedOn')}>{formatDate(followup.startedOn, language)}</Fact>
          <Fact label={t('followup.columns.lastContact')}>
            <LastContact summary={followup} />
          </Fact>
          <Fact label={t('followup.columns.nextDue')}>{followup.nextContactDue ? formatDate(followup.nextContactDue, language) : none}</Fact>
          <Fact label={t('followup.heatwaveRegisterShort')}>{followup.heatwaveRegister ? t('followup.yes') : t('followup.no')}</Fact>
        </SimpleGrid>
        {followup.notes && (
          <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {followup.notes}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('followup.consentLegend')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('followup.fields.consentOn')}>{formatDate(followup.consent.on, language)}</Fact>
          <Fact label={t('followup.fields.consentScope')}>{followup.consent.scope}</Fact>
          <Fact label={t('followup.fields.consentProof')}>{followup.consent.proof}</Fact>
          <Fact label={t('followup.keepShort')}>{followup.keepAfterEnd ? t('followup.yes') : t('followup.no')}</Fact>
        </SimpleGrid>
      </Paper>
      {canWrite && active && <ContactForm followup={followup} />}
      <Title order={2} size="h3">
        {t('followup.contact.history')}
      </Title>
      {followup.contacts.length === 0 ? (
        <Text>{t('followup.contact.none')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.contact.contactedOn')}</Table.Th>
              <Table.Th>{t('followup.contact.kind')}</Table.Th>
              <Table.Th>{t('followup.contact.result')}</Table.Th>
              <Table.Th>{t('followup.contact.notes')}</Table.Th>
              <Table.Th>{t('followup.contact.byColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {followup.contacts.map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td>{formatDate(contact.contactedOn, language)}</Table.Td>
                <Table.Td>{t(`followup.contact.kinds.${contact.kind}`)}</Table.Td>
                <Table.Td>{contact.reached ? t('followup.contact.reachedShort') : t('followup.contact.notReached')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{contact.notes || none}</Table.Td>
                <Table.Td>{contact.byUser ?? none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {modal === 'edit' && <FollowupFormModal followup={followup} onClose={() => setModal(null)} />}
      {modal === 'end' && <EndModal followup={followup} onClose={() => setModal(null)} />}
    </Stack>
  );
}
