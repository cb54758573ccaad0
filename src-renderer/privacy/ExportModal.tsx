import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../api/client.ts';
import { downloadText } from '../components/download.ts';

export type PersonExport = Output<'privacy.exportPerson'>;

/** The export is ready: the readable page and the JSON file, each saved on its own click. */
export function ExportModal({ personName, result, onClose }: { personName: string; result: PersonExport; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('privacy.exportReadyTitle', { name: personName })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{t('privacy.exportReadyIntro')}</Text>
        {result.withheld.length > 0 && (
          <Alert color="gray" variant="light" title={t('privacy.withheldTitle')}>
            <List size="sm">
              {result.withheld.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group>
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => downloadText(`${result.fileBaseName}.html`, result.html, 'text/html;charset=utf-8')}
          >
            {t('privacy.downloadHtml')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => downloadText(`${result.fileBaseName}.json`, result.json, 'application/json;charset=utf-8')}
          >
            {t('privacy.downloadJson')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
