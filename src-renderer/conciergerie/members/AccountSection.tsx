import { Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCoin, IconDiscount } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../src-main/conciergerie/members/contract.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { formatDateTime } from '../../format/datetime.ts';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { PaymentMethodField } from '../till/PaymentMethodField.tsx';
import { MemberSection } from './MemberSection.tsx';

const KNOWN_KINDS = ['late_fee', 'damage', 'payment', 'waiver'] as const;

/** Settling the balance: paid at the till (purpose "Pénalités et frais"), or written off with a reason. */
function SettleModal({ member, mode, onClose }: { member: MemberDetail; mode: 'pay' | 'waive'; onClose: () => void }) {
  const { t } = useTranslation();
  const pay = useApiMutation('members.payBalance');
  const waive = useApiMutation('members.waive');
  const form = useForm<{ amount: number | string; method: PaymentMethod | null; reason: string }>({
    mode: 'controlled',
    initialValues: { amount: centsToEuro(member.standing.balanceCents), method: null, reason: '' },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const amountCents = euroToCents(values.amount);
      if (mode === 'pay') {
        const paid = await pay.mutateAsync({ memberId: member.id, amountCents, method: values.method ?? (undefined as unknown as PaymentMethod) });
        notifySuccess(t('members.account.paid', { receipt: paid.payment.receiptNumber }));
      } else {
        await waive.mutateAsync({ memberId: member.id, amountCents, reason: values.reason });
        notifySuccess(t('members.account.waived'));
      }
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t(mode === 'pay' ? 'members.account.payTitle' : 'members.account.waiveTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <NumberInput label={t('members.account.amount')} required min={0} {...EURO_INPUT} key={form.key('amount')} {...form.getInputProps('amount')} error={form.errors.amountCents} data-autofocus />
          {mode === 'pay' ? (
            <PaymentMethodField value={form.values.method} onChange={(method) => form.setFieldValue('method', method)} error={form.errors.method} />
          ) : (
            <TextInput label={t('members.account.reason')} description={t('members.account.reasonHint')} required key={form.key('reason')} {...form.getInputProps('reason')} />
          )}
        </Stack>
        <FormButtons submitLabel={t(mode === 'pay' ? 'members.account.pay' : 'members.account.waive')} busy={pay.isPending || waive.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/** The member's account: what is owed (fees, damage) and what settled it (payments, waivers), the balance on top. */
export function AccountSection({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const canWaive = useCan('conciergerie', 'admin');
  const [settling, setSettling] = useState<'pay' | 'waive' | null>(null);
  const balance = member.standing.balanceCents;
  const kindLabel = (kind: string) => ((KNOWN_KINDS as readonly string[]).includes(kind) ? t(`members.account.kinds.${kind as (typeof KNOWN_KINDS)[number]}`) : kind);
  return (
    <>
      <MemberSection
        title={t('members.account.title')}
        actions={
          canWrite &&
          balance > 0 && (
            <Group gap="xs">
              <Button size="xs" leftSection={<IconCoin size={14} aria-hidden />} onClick={() => setSettling('pay')}>
                {t('members.account.pay')}
              </Button>
              {canWaive && (
                <Button size="xs" variant="default" leftSection={<IconDiscount size={14} aria-hidden />} onClick={() => setSettling('waive')}>
                  {t('members.account.waive')}
                </Button>
              )}
            </Group>
          )
        }
      >
        <Text fw={700} c={balance > 0 ? 'red.9' : undefined}>
          {balance > 0 ? t('members.account.owes', { amount: formatMoney(balance, language) }) : t('members.account.nothingOwed')}
        </Text>
        {member.account.length > 0 && (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.columns.date')}</Table.Th>
                <Table.Th>{t('members.columns.kind')}</Table.Th>
                <Table.Th>{t('members.columns.label')}</Table.Th>
                <Table.Th ta="right">{t('members.columns.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.account.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatDateTime(entry.createdAt, language)}</Table.Td>
                  <Table.Td>{kindLabel(entry.kind)}</Table.Td>
                  <Table.Td>{entry.label}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.amountCents, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </MemberSection>
      {settling && <SettleModal member={member} mode={settling} onClose={() => setSettling(null)} />}
    </>
  );
}
