import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The foot of a form in a modal: "Annuler", then the submit button (red when it ends or cancels something). */
export function FormButtons({ submitLabel, busy, onCancel, danger = false }: { submitLabel: string; busy: boolean; onCancel: () => void; danger?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" color={danger ? 'red.9' : undefined} loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}
