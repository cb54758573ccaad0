import { Badge, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditArchiveButtons } from '../../components/EditArchiveButtons.tsx';
import { SERVICE_KINDS, type ServicePrice } from '../../../src-main/conciergerie/services/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { useAxisOptions } from '../../federation/tfpb/axes.ts';

type Kind = (typeof SERVICE_KINDS)[number];

function PriceModal({ service, onClose }: { service?: ServicePrice; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('services.createPrice');
  const update = useApiMutation('services.updatePrice');
  const axisOptions = useAxisOptions();
  const form = useForm<{ kind: Kind; label: string; unit: string; price: number | string; tfpbAxis: string | null }>({
    mode: 'controlled',
    initialValues: service
      ? { ...service, price: centsToEuro(service.priceCents), tfpbAxis: service.tfpbAxis === null ? null : String(service.tfpbAxis) }
      : { kind: 'pressing', label: '', unit: '', price: '', tfpbAxis: null },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = { label: values.label, unit: values.unit, priceCents: euroToCents(values.price), tfpbAxis: values.tfpbAxis === null ? null : Number(values.tfpbAxis) };
      const saved = service ? await update.mutateAsync({ ...fields, id: service.id }) : await create.mutateAsync({ ...fields, kind: values.kind });
      notifySuccess(t('services.prices.saved', { label: saved.label }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={service ? t('services.prices.edit', { label: service.label }) : t('services.prices.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {!service && (
            <Select
              label={t('services.prices.kind')}
              allowDeselect={false}
              data={SERVICE_KINDS.map((kind) => ({ value: kind, label: t(`services.kinds.${kind}`) }))}
              key={form.key('kind')}
              {...form.getInputProps('kind')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('services.prices.label')} required data-autofocus key={form.key('label')} {...form.getInputProps('label')} />
            <TextInput label={t('services.prices.unit')} description={t('services.prices.unitHint')} key={form.key('unit')} {...form.getInputProps('unit')} />
            <NumberInput label={t('services.prices.price')} required min={0} {...EURO_INPUT} key={form.key('price')} {...form.getInputProps('price')} error={form.errors.priceCents} />
          </SimpleGrid>
          <Select label={t('services.prices.tfpbAxis')} description={t('services.prices.tfpbAxisHint')} clearable data={axisOptions} key={form.key('tfpbAxis')} {...form.getInputProps('tfpbAxis')} />
        </Stack>
        <FormButtons submitLabel={t('common.save')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/** The price list: pressing per garment, baskets, other services sold at the till; archived ones can come back. */
export function PricesPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // Prices and membership types are the office's (admin right); the counter applies them.
  const canWrite = useCan('conciergerie', 'admin');
  const prices = useApiQuery('services.prices', { includeArchived: true });
  const archive = useApiMutation('services.archivePrice');
  const [editing, setEditing] = useState<{ service?: ServicePrice } | null>(null);
  return (
    <Stack>
      {canWrite && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({})}>
            {t('services.prices.new')}
          </Button>
        </Group>
      )}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('services.prices.kind')}</Table.Th>
            <Table.Th>{t('services.prices.label')}</Table.Th>
            <Table.Th>{t('services.prices.unit')}</Table.Th>
            <Table.Th ta="right">{t('services.prices.price')}</Table.Th>
            {canWrite && <Table.Th>{t('services.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {prices.data?.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Td>{t(`services.kinds.${service.kind}`)}</Table.Td>
              <Table.Td>
                {service.label}
                {service.archived && (
                  <Badge ml="xs" color="gray.8" variant="filled">
                    {t('common.archived')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{service.unit}</Table.Td>
              <Table.Td ta="right">{formatMoney(service.priceCents, language)}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <EditArchiveButtons
                    name={service.label}
                    editLabel={t('services.prices.edit', { label: service.label })}
                    archived={service.archived}
                    onEdit={() => setEditing({ service })}
                    onArchive={(archived) => archive.mutateAsync({ id: service.id, archived }).catch(notifyError)}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <PriceModal service={editing.service} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
