import { Button, Group } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Modifier" and "Archiver"/"Restaurer" for a row of a reference list (membership types, price list…). */
export function EditArchiveButtons({ name, editLabel, archived, onEdit, onArchive }: {
  /** The row's name, read out with each button so that a screen reader tells the rows apart. */
  name: string;
  editLabel: string;
  archived: boolean;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
}) {
  const { t } = useTranslation();
  const archiveLabel = archived ? t('common.restore') : t('common.archive');
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} aria-label={editLabel} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        leftSection={archived ? <IconArrowBackUp size={14} aria-hidden /> : <IconArchive size={14} aria-hidden />}
        aria-label={`${archiveLabel} ${name}`}
        onClick={() => onArchive(!archived)}
      >
        {archiveLabel}
      </Button>
    </Group>
  );
}
