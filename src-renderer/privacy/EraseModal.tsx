import { Alert, Button, Group, List, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASE_REASONS, type EraseReason } from '../../src-main/privacy/erase-reasons.ts';
import type { Output } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';

export type ErasureResult = Output<'privacy.erasePerson'>;

/** What an erasure does to a person, said in the confirmation of an erasure and of a purge; `children` adds specifics. */
export function ErasureConsequences({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={4}>
      <List.Item>{t('privacy.eraseNames')}</List.Item>
      <List.Item>{t('privacy.eraseBirth')}</List.Item>
      <List.Item>{t('privacy.eraseContact')}</List.Item>
      {children}
      <List.Item>{t('privacy.eraseHidden')}</List.Item>
      <List.Item>{t('privacy.eraseCounts')}</List.Item>
      <List.Item>{t('privacy.eraseAudit')}</List.Item>
      <List.Item>{t('privacy.eraseBackups')}</List.Item>
    </List>
  );
}

/** Says exactly what the erasure of this person will do (from the backend's preview), then does it on confirmation. */
export function EraseModal({ personId, personName, onClose, onErased }: {
  personId: number;
  personName: string;
  onClose: () => void;
  onErased?: (result: ErasureResult) => void;
}) {
  const { t } = useTranslation();
  const preview = useApiQuery('privacy.erasurePreview', { personId });
  const erase = useApiMutation('privacy.erasePerson');
  const [reason, setReason] = useState<EraseReason>('request');
  const p = preview.data;

  const confirm = () =>
    erase.mutateAsync({ personId, reason }).then((result) => {
      notifySuccess(t('privacy.erased', { name: personName }));
      onClose();
      onErased?.(result);
    }, notifyError);

  return (
    <Modal opened onClose={onClose} title={t('privacy.eraseTitle', { name: personName })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {preview.error && <Alert color="red" title={t('common.errorTitle')}>{preview.error.message}</Alert>}
      {!p && !preview.error && <Loader aria-label={t('common.loading')} />}
      {p?.alreadyErased && <Text>{t('privacy.alreadyErased')}</Text>}
      {p && !p.alreadyErased && (
        <Stack>
          <Alert color="red" title={t('privacy.eraseIrreversible')}>
            {t('privacy.exportFirst')}
          </Alert>
          <Text fw={600}>{t('privacy.eraseWhat')}</Text>
          <ErasureConsequences>
            {p.skills > 0 && <List.Item>{t('privacy.eraseSkills', { count: p.skills })}</List.Item>}
            {p.followups === null && <List.Item>{t('privacy.eraseFollowupsUnknown')}</List.Item>}
            {p.followups !== null && p.followups > 0 && <List.Item>{t('privacy.eraseFollowups', { count: p.followups })}</List.Item>}
            <List.Item>
              {p.lastMember ? t('privacy.eraseHousehold', { household: p.householdName }) : t('privacy.eraseHouseholdStays', { household: p.householdName })}
            </List.Item>
          </ErasureConsequences>
          <Radio.Group label={t('privacy.reason')} value={reason} onChange={(value) => setReason(value as EraseReason)}>
            <Stack gap={6} mt={6}>
              {ERASE_REASONS.map((value) => (
                <Radio key={value} value={value} label={t(`privacy.reasons.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        {p && !p.alreadyErased && (
          <Button color="red.9" onClick={() => void confirm()} loading={erase.isPending}>
            {t('privacy.eraseConfirm')}
          </Button>
        )}
      </Group>
    </Modal>
  );
}
