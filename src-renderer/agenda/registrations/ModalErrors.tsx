import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { fieldErrors } from '../../app/notify.ts';

/**
 * A refused write kept inside its modal: messages about a field go next to it, any other refusal ("Il ne reste
 * qu’une place…") in an alert above the buttons, where the person acting is looking.
 */
export function useModalErrors() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  return {
    fields,
    refusal,
    clear: () => {
      setFields({});
      setRefusal(null);
    },
    /** A message the screen itself puts next to a field (a choice still missing). */
    setField: (path: string, message: string) => setFields({ [path]: message }),
    show: (error: unknown) => {
      const byField = fieldErrors(error);
      setFields(byField);
      setRefusal(Object.keys(byField).length > 0 ? null : error instanceof ApiError ? error.message : String(error));
    },
  };
}

/** The refusal, announced at once (Mantine's Alert has the alert role). */
export function RefusalAlert({ message }: { message: string | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red.9" variant="light" title={t('common.errorTitle')}>
      {message}
    </Alert>
  );
}
