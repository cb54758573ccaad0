import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CatalogueCopy } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { CopyStatusBadge } from './CopyStatusBadge.tsx';

/** One kit copy's parts: the copies lent with it, added by scanning their barcode. */
function KitCopyParts({ kit, canWrite }: { kit: CatalogueCopy; canWrite: boolean }) {
  const { t } = useTranslation();
  const addPart = useApiMutation('catalogue.addKitPart');
  const removePart = useApiMutation('catalogue.removeKitPart');
  const form = useForm({ initialValues: { barcode: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await addPart.mutateAsync({ kitCopyId: kit.id, barcode: values.barcode });
      notifySuccess(t('catalogue.kit.partAdded', { barcode: values.barcode.trim().toUpperCase(), kit: kit.barcode }));
      form.reset();
    }),
  );
  const remove = (partCopyId: number, barcode: string) =>
    removePart.mutate({ kitCopyId: kit.id, partCopyId }, { onSuccess: () => notifySuccess(t('catalogue.kit.partRemoved', { barcode, kit: kit.barcode })), onError: notifyError });

  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {t('catalogue.kit.partsOf', { barcode: kit.barcode })}
      </Title>
      {kit.parts.length === 0 ? (
        <Text size="sm">{t('catalogue.kit.noParts')}</Text>
      ) : (
        <Table aria-label={t('catalogue.kit.partsOf', { barcode: kit.barcode })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.copyFields.barcode')}</Table.Th>
              <Table.Th>{t('catalogue.columns.title')}</Table.Th>
              <Table.Th>{t('catalogue.copyFields.status')}</Table.Th>
              {canWrite && <Table.Th>{t('catalogue.copyFields.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kit.parts.map((part) => (
              <Table.Tr key={part.copyId}>
                <Table.Td ff="monospace">{part.barcode}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={`/${part.itemId}`}>
                    {part.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <CopyStatusBadge status={part.status} />
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" leftSection={<IconX size={14} aria-hidden />} onClick={() => remove(part.copyId, part.barcode)} aria-label={t('catalogue.kit.removePart', { barcode: part.barcode })}>
                      {t('catalogue.kit.takeOut')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && (
        <form onSubmit={onSubmit} noValidate>
          <Group align="flex-start" mt="sm">
            <TextInput {...form.getInputProps('barcode')} label={t('catalogue.kit.partBarcode', { barcode: kit.barcode })} autoComplete="off" w={360} />
            <Button type="submit" mt={25} variant="light" loading={addPart.isPending} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('catalogue.kit.addPart')}
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}

/** The parts of each copy of a kit record (retired kit copies have none). */
export function KitParts({ copies, canWrite }: { copies: CatalogueCopy[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const kits = copies.filter((copy) => copy.status !== 'retired');
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('catalogue.kit.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('catalogue.kit.explained')}
      </Text>
      {kits.length === 0 ? <Text>{t('catalogue.kit.noKitCopy')}</Text> : kits.map((kit) => <KitCopyParts key={kit.id} kit={kit} canWrite={canWrite} />)}
    </Stack>
  );
}
