import { Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { formatDateTime } from '../format/datetime.ts';
import { formatNumber } from '../format/index.ts';

type Backup = { name: string; reason: string; createdAt: string; sizeBytes: number };

function SecondFolderForm({ current }: { current: string | null }) {
  const { t } = useTranslation();
  const save = useApiMutation('backups.setSecondFolder');
  const form = useForm({ mode: 'uncontrolled', initialValues: { folder: current ?? '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await save.mutateAsync({ folder: values.folder.trim() === '' ? null : values.folder });
      notifySuccess(t('backups.secondFolderSaved'));
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-end">
        <TextInput label={t('backups.secondFolder')} description={t('backups.secondFolderHint')} w={480} key={form.key('folder')} {...form.getInputProps('folder')} />
        <Button type="submit" variant="default" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}

export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create');
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const backupNow = () =>
    create.mutateAsync({}).then((result) => {
      notifySuccess(t('backups.created', { name: result.name }));
      if (result.secondCopy && !result.secondCopy.ok) notifyError(new Error(t('backups.secondCopyFailed', { message: result.secondCopy.message })));
    }, notifyError);
  const restore = async (backup: Backup) => {
    setConfirming(null);
    try {
      const result = await call('backups.restore', { name: backup.name });
      notifySuccess(t('backups.restored', { kept: result.keptCurrentAs ?? '' }));
      await queryClient.resetQueries();
    } catch (error) {
      notifyError(error);
    }
  };
  const date = (backup: Backup) => formatDateTime(backup.createdAt, i18n.language);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('backups.title')}
        </Title>
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={backupNow} loading={create.isPending}>
          {t('backups.create')}
        </Button>
      </Group>
      <Text size="sm">{t('backups.intro')}</Text>
      {list.data && <Text size="sm">{t('backups.folder', { folder: list.data.folder })}</Text>}
      {list.data && <SecondFolderForm key={list.data.secondFolder ?? ''} current={list.data.secondFolder} />}
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backups.date')}</Table.Th>
            <Table.Th>{t('backups.reason')}</Table.Th>
            <Table.Th>{t('backups.size')}</Table.Th>
            <Table.Th aria-label={t('backups.restore')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.backups.map((backup) => (
            <Table.Tr key={backup.name}>
              <Table.Td>{date(backup)}</Table.Td>
              <Table.Td>{t(`backups.reasons.${backup.reason as 'manuelle'}`, { defaultValue: backup.reason })}</Table.Td>
              <Table.Td>{formatNumber(backup.sizeBytes / 1024, i18n.language === 'en' ? 'en' : 'fr')} Kio</Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" aria-label={t('backups.restoreOne', { date: date(backup) })} onClick={() => setConfirming(backup)}>
                  {t('backups.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.backups.length === 0 && <Text>{t('backups.none')}</Text>}
      {confirming && (
        <Modal opened onClose={() => setConfirming(null)} title={t('backups.confirmTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Text mb="md">{t('backups.confirmBody', { date: date(confirming) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void restore(confirming)}>
              {t('backups.restore')}
            </Button>
          </Group>
        </Modal>
      )}
    </Stack>
  );
}
