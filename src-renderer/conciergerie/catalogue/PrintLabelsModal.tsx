import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSelection } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

/** Asks where to start on the sheet (to reuse one partly used), then downloads the A4 labels PDF. */
export function PrintLabelsModal({ selection, description, onClose }: { selection: LabelSelection; description: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [startAt, setStartAt] = useState<number | string>(1);

  return (
    <Modal opened onClose={onClose} title={t('catalogue.labels.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{description}</Text>
        <NumberInput
          label={t('catalogue.labels.startAt')}
          description={t('catalogue.labels.startAtHint')}
          value={startAt}
          onChange={setStartAt}
          min={1}
          max={24}
          allowDecimal={false}
          allowNegative={false}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <DownloadButton
            method="catalogue.labelsPdf"
            input={{ selection, startAt: Number(startAt) || 1 }}
            label={t('catalogue.labels.download')}
            variant="filled"
            leftSection={<IconPrinter size={16} aria-hidden />}
            success={(file) => t('catalogue.labels.done', { count: file.count })}
            onDownloaded={onClose}
          />
        </Group>
      </Stack>
    </Modal>
  );
}
