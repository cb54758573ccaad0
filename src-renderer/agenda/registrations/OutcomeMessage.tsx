import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The last write's sentence (registered, promoted, refunded…), read aloud by screen readers; closable. */
export function OutcomeMessage({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert color="blue.9" variant="filled" icon={<IconInfoCircle aria-hidden />} withCloseButton closeButtonLabel={t('common.close')} onClose={onClose}>
          {message}
        </Alert>
      )}
    </div>
  );
}
