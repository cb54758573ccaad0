import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';

export interface DoorMessage {
  tone: 'success' | 'info' | 'error';
  message: string;
  /** A member not registered, a seat free: the card to register on the spot. */
  walkInCode?: string;
}

const LOOK = {
  success: { color: 'teal.9', icon: IconCheck },
  info: { color: 'blue.9', icon: IconInfoCircle },
  error: { color: 'red.9', icon: IconX },
} as const;

interface Props {
  feedback: DoorMessage | null;
  paid: boolean;
  onWalkIn: (code: string, method: PaymentMethod | null) => void;
  onDismiss: () => void;
}

function Card({ feedback, paid, onWalkIn, onDismiss }: Props & { feedback: DoorMessage }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const { color, icon: Icon } = LOOK[feedback.tone];
  return (
    <Stack gap="xs">
      <Alert role="group" variant="filled" color={color} icon={<Icon aria-hidden />} title={feedback.message} />
      {feedback.walkInCode && (
        <>
          {paid && <PaymentMethodField label={t('agenda.registrations.door.walkInMethod')} value={method} onChange={setMethod} />}
          <Group gap="xs">
            <Button disabled={paid && method === null} onClick={() => onWalkIn(feedback.walkInCode!, method)}>
              {t('agenda.registrations.door.walkIn')}
            </Button>
            <Button variant="default" onClick={onDismiss}>
              {t('agenda.registrations.door.dismiss')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The outcome of the last card scanned: refusals read out at once (alert), the rest politely (status). */
export function DoorFeedback(props: Props) {
  const { feedback } = props;
  return (
    <>
      <div role="alert">{feedback?.tone === 'error' && <Card {...props} feedback={feedback} />}</div>
      <div role="status" aria-live="polite">
        {feedback && feedback.tone !== 'error' && <Card key={feedback.walkInCode ?? feedback.message} {...props} feedback={feedback} />}
      </div>
    </>
  );
}
