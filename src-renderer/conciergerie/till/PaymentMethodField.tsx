import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';

interface Props {
  value: string | null;
  onChange: (method: PaymentMethod) => void;
  error?: React.ReactNode;
  label?: string;
  required?: boolean;
}

/** Cash, card, cheque or transfer: one radio group, moved through with the arrow keys. */
export function PaymentMethodField({ value, onChange, error, label, required = true }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label ?? t('till.method')} value={value ?? ''} onChange={(next) => onChange(next as PaymentMethod)} error={error} required={required}>
      <Group mt={6} gap="md">
        {PAYMENT_METHODS.map((method) => (
          <Radio key={method} value={method} label={t(`till.methods.${method}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
