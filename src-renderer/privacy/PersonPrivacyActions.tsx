import { Button, Group } from '@mantine/core';
import { IconFileExport, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { notifyError } from '../app/notify.ts';
import { useCan } from '../auth/AuthContext.ts';
import { EraseModal, type ErasureResult } from './EraseModal.tsx';
import { ExportModal, type PersonExport } from './ExportModal.tsx';

interface PersonPrivacyActionsProps {
  personId: number;
  /** As shown on the page ("Hélène Durand"): named in the buttons' labels and the dialogs. */
  personName: string;
  /** After an erasure (the page may leave a household that no longer exists: result.householdErased). */
  onErased?: (result: ErasureResult) => void;
}

/**
 * The personal-data rights of one person, for the household page: "Export des données" (households read; the
 * follow-up is included only for roles that may read it, decided by the backend) and "Anonymiser" (households admin).
 */
export function PersonPrivacyActions({ personId, personName, onErased }: PersonPrivacyActionsProps) {
  const { t } = useTranslation();
  const canExport = useCan('households', 'read');
  const canErase = useCan('households', 'admin');
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<PersonExport | null>(null);
  const [erasing, setErasing] = useState(false);

  const exportData = async () => {
    setExporting(true);
    try {
      setExported(await call('privacy.exportPerson', { personId }));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  };

  if (!canExport && !canErase) return null;
  return (
    <Group gap="xs">
      {canExport && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileExport size={16} aria-hidden />}
          aria-label={t('privacy.exportActionFor', { name: personName })}
          loading={exporting}
          onClick={() => void exportData()}
        >
          {t('privacy.exportAction')}
        </Button>
      )}
      {canErase && (
        <Button
          size="xs"
          variant="outline"
          color="red.9"
          leftSection={<IconUserOff size={16} aria-hidden />}
          aria-label={t('privacy.eraseActionFor', { name: personName })}
          onClick={() => setErasing(true)}
        >
          {t('privacy.eraseAction')}
        </Button>
      )}
      {exported && <ExportModal personName={personName} result={exported} onClose={() => setExported(null)} />}
      {erasing && <EraseModal personId={personId} personName={personName} onClose={() => setErasing(false)} onErased={onErased} />}
    </Group>
  );
}
