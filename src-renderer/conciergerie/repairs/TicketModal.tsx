import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { RepairTicket } from '../../../src-main/conciergerie/repairs/contract.ts';
import { COPY_CONDITIONS, type CopyCondition } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { NEXT_REPAIR_STATUSES, isClosed, type RepairStatus } from '../../../src-main/conciergerie/repairs/statuses.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { EURO_INPUT, centsToEuro, euroToCents } from '../../format/money-input.ts';

interface Values {
  status: RepairStatus;
  problem: string;
  repairer: string;
  costCents: number | string;
  notes: string;
  condition: CopyCondition;
}

/** Moves a ticket on (in progress, repaired, scrapped) and completes its details. */
export function TicketModal({ ticket, onClose }: { ticket: RepairTicket; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('repairs.update');
  const form = useForm<Values>({
    initialValues: {
      status: ticket.status,
      problem: ticket.problem,
      repairer: ticket.repairer,
      costCents: centsToEuro(ticket.costCents),
      notes: ticket.notes,
      condition: ticket.condition,
    },
  });
  const statuses = [ticket.status, ...NEXT_REPAIR_STATUSES[ticket.status]];
  const closing = form.values.status !== ticket.status && isClosed(form.values.status);

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await update.mutateAsync({ id: ticket.id, ...values, costCents: euroToCents(values.costCents) });
      notifySuccess(t(`repairs.savedAs.${saved.status}`, { barcode: saved.barcode }));
      onClose();
    }),
  );

  return (
    <Modal opened onClose={onClose} title={t('repairs.ticketTitle', { id: ticket.id, barcode: ticket.barcode })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              {...form.getInputProps('status')}
              label={t('repairs.fields.status')}
              data={statuses.map((value) => ({ value, label: t(`repairs.statuses.${value}`) }))}
              allowDeselect={false}
              disabled={statuses.length === 1}
              data-autofocus
            />
            {form.values.status === 'done' && ticket.status !== 'done' && (
              <Select
                {...form.getInputProps('condition')}
                label={t('repairs.fields.condition')}
                description={t('repairs.conditionHint')}
                data={COPY_CONDITIONS.map((value) => ({ value, label: t(`catalogue.conditions.${value}`) }))}
                allowDeselect={false}
              />
            )}
          </SimpleGrid>
          {closing && <Alert color={form.values.status === 'scrapped' ? 'red' : 'green'}>{t(`repairs.closingNotice.${form.values.status as 'done' | 'scrapped'}`)}</Alert>}
          <TextInput {...form.getInputProps('problem')} label={t('repairs.fields.problem')} required />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...form.getInputProps('repairer')} label={t('repairs.fields.repairer')} />
            <NumberInput {...form.getInputProps('costCents')} label={t('repairs.fields.cost')} min={0} max={10_000} {...EURO_INPUT} />
          </SimpleGrid>
          <Textarea {...form.getInputProps('notes')} label={t('repairs.fields.notes')} autosize minRows={2} maxRows={6} />
          <FormButtons submitLabel={t('common.save')} busy={update.isPending} onCancel={onClose} danger={form.values.status === 'scrapped' && closing} />
        </Stack>
      </form>
    </Modal>
  );
}
