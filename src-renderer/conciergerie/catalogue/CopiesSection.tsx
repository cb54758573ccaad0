import { Anchor, Button, Checkbox, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CatalogueCopy, CatalogueItem } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { formatDate } from '../../format/index.ts';
import { AddCopiesForm } from './AddCopiesForm.tsx';
import { EditCopyModal, RetireCopyModal } from './CopyModals.tsx';
import { CopyStatusBadge } from './CopyStatusBadge.tsx';
import { PrintLabelsModal } from './PrintLabelsModal.tsx';

/** Where a copy is when it is not on the shelf: with whom until when, kept for whom, in which kit, in repair. */
function CopyWhereabouts({ copy }: { copy: CatalogueCopy }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  if (copy.loan) lines.push(t('catalogue.loanedTo', { date: formatDate(copy.loan.dueOn), member: copy.loan.memberNumber }));
  if (copy.heldFor) lines.push(t('catalogue.heldFor', { member: copy.heldFor }));
  if (copy.kit) lines.push(t('catalogue.partOfKit', { barcode: copy.kit.barcode }));
  return (
    <Stack gap={2} align="flex-start">
      <CopyStatusBadge status={copy.status} />
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
      {copy.status === 'in_repair' && (
        <Anchor component={Link} href="~/conciergerie/reparations" size="sm">
          {t('catalogue.seeRepairs')}
        </Anchor>
      )}
    </Stack>
  );
}

type Dialog = { kind: 'edit' | 'retire'; copy: CatalogueCopy } | { kind: 'labels' } | null;

/** The record's copies: status and whereabouts, labels for the ones ticked (or all), edits, retirement, new copies. */
export function CopiesSection({ item, canWrite }: { item: CatalogueItem; canWrite: boolean }) {
  const { t } = useTranslation();
  const [showRetired, setShowRetired] = useState(false);
  const [chosen, setChosen] = useState<number[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const retiredCount = item.copies.filter((copy) => copy.status === 'retired').length;
  const shown = item.copies.filter((copy) => showRetired || copy.status !== 'retired');
  const printable = item.copies.filter((copy) => copy.status !== 'retired');
  const ticked = chosen.filter((id) => printable.some((copy) => copy.id === id));
  const toggle = (id: number, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('catalogue.copiesTitle', { count: printable.length })}
        </Title>
        <Group gap="sm">
          {retiredCount > 0 && <Switch label={t('catalogue.showRetired', { count: retiredCount })} checked={showRetired} onChange={(event) => setShowRetired(event.currentTarget.checked)} />}
          <Button variant="default" disabled={printable.length === 0} onClick={() => setDialog({ kind: 'labels' })} leftSection={<IconPrinter size={16} aria-hidden />}>
            {ticked.length > 0 ? t('catalogue.labels.printChosen', { count: ticked.length }) : t('catalogue.labels.printAll')}
          </Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text>{t('catalogue.noCopies')}</Text>
      ) : (
        <Table withTableBorder striped aria-label={t('catalogue.copiesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('catalogue.chooseAll')}
                  checked={ticked.length > 0 && ticked.length === printable.length}
                  indeterminate={ticked.length > 0 && ticked.length < printable.length}
                  onChange={(event) => setChosen(event.currentTarget.checked ? printable.map((copy) => copy.id) : [])}
                />
              </Table.Th>
              <Table.Th>{t('catalogue.copyFields.barcode')}</Table.Th>
              <Table.Th>{t('catalogue.copyFields.status')}</Table.Th>
              <Table.Th>{t('catalogue.copyFields.condition')}</Table.Th>
              <Table.Th>{t('catalogue.copyFields.notes')}</Table.Th>
              {canWrite && <Table.Th>{t('catalogue.copyFields.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((copy) => (
              <Table.Tr key={copy.id}>
                <Table.Td>
                  {copy.status !== 'retired' && (
                    <Checkbox
                      aria-label={t('catalogue.chooseCopy', { barcode: copy.barcode })}
                      checked={ticked.includes(copy.id)}
                      onChange={(event) => toggle(copy.id, event.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
                <Table.Td ff="monospace" fw={600}>
                  {copy.barcode}
                </Table.Td>
                <Table.Td>
                  <CopyWhereabouts copy={copy} />
                </Table.Td>
                <Table.Td>{t(`catalogue.conditions.${copy.condition}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{copy.notes || t('common.none')}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setDialog({ kind: 'edit', copy })} aria-label={t('catalogue.editCopy', { barcode: copy.barcode })}>
                        {t('common.edit')}
                      </Button>
                      {copy.status !== 'retired' && (
                        <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => setDialog({ kind: 'retire', copy })} aria-label={t('catalogue.retireCopy', { barcode: copy.barcode })}>
                          {t('catalogue.retire')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canWrite && <AddCopiesForm itemId={item.id} />}
      {dialog?.kind === 'edit' && <EditCopyModal copy={dialog.copy} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'retire' && <RetireCopyModal copy={dialog.copy} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'labels' && (
        <PrintLabelsModal
          selection={ticked.length > 0 ? { by: 'copies', copyIds: ticked } : { by: 'item', itemId: item.id }}
          description={t('catalogue.labels.forCopies', { count: ticked.length > 0 ? ticked.length : printable.length })}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
