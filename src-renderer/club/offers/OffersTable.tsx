import { Badge, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconSignature, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../src-main/club/offers/schemas.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ContractFormModal } from '../contracts/ContractFormModal.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { advantageText } from '../common/format.ts';
import { ActionsHeader, RowAction } from '../../components/RowAction.tsx';
import { OfferFormModal } from './OfferFormModal.tsx';

/** Offers with what they give, to whom, until when, and how many households took them. */
export function OffersTable({ offers, showPartner = true }: { offers: Offer[]; showPartner?: boolean }) {
  const { t } = useTranslation();
  const { date, money } = useFormats();
  const canWrite = useCan('club', 'write');
  const remove = useApiMutation('club.offers.remove');
  const [editing, setEditing] = useState<Offer | null>(null);
  const [signing, setSigning] = useState<Offer | null>(null);
  if (offers.length === 0) return <Text>{t('club.offers.none')}</Text>;
  const audience = (offer: Offer) => (offer.target === 'residences' ? offer.residences.map((r) => r.name).join(', ') : t(`club.offers.targets.${offer.target}`));
  return (
    <>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('club.offers.fields.title')}</Table.Th>
            {showPartner && <Table.Th>{t('club.common.partner')}</Table.Th>}
            <Table.Th>{t('club.offers.columns.advantage')}</Table.Th>
            <Table.Th>{t('club.offers.fields.target')}</Table.Th>
            <Table.Th>{t('club.offers.columns.validity')}</Table.Th>
            <Table.Th>{t('club.offers.columns.saving')}</Table.Th>
            <Table.Th>{t('club.offers.columns.takers')}</Table.Th>
            {canWrite && <ActionsHeader />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offers.map((offer) => (
            <Table.Tr key={offer.id}>
              <Table.Td>
                <Text fw={600}>{offer.title}</Text>
                {!offer.available && (
                  <Badge color="gray.8" variant="filled" size="sm">
                    {t('club.offers.unavailable')}
                  </Badge>
                )}
                {offer.conditions && (
                  <Text size="xs" c="gray.7">
                    {offer.conditions}
                  </Text>
                )}
              </Table.Td>
              {showPartner && <Table.Td>{offer.partnerName}</Table.Td>}
              <Table.Td>{advantageText(t, money, offer)}</Table.Td>
              <Table.Td>{audience(offer)}</Table.Td>
              <Table.Td>{offer.validUntil ? t('club.offers.fromTo', { from: date(offer.validFrom), to: date(offer.validUntil) }) : t('club.offers.since', { from: date(offer.validFrom) })}</Table.Td>
              <Table.Td>{t(offer.benefit === 'contract' ? 'club.offers.perYear' : 'club.offers.perUse', { amount: money(offer.defaultSavingCents) })}</Table.Td>
              <Table.Td>{offer.contractCount}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {offer.available && (
                      <RowAction tooltip={t('club.contracts.record')} label={t('club.contracts.recordFor', { title: offer.title })} icon={IconSignature} tone="main" onClick={() => setSigning(offer)} />
                    )}
                    <RowAction tooltip={t('common.edit')} label={t('club.offers.editOf', { title: offer.title })} icon={IconPencil} onClick={() => setEditing(offer)} />
                    {offer.contractCount === 0 && (
                      <RowAction
                        tooltip={t('club.offers.remove')}
                        label={t('club.offers.removeOf', { title: offer.title })}
                        icon={IconTrash}
                        tone="danger"
                        onClick={() => remove.mutate({ id: offer.id }, { onSuccess: () => notifySuccess(t('club.offers.removed')), onError: notifyError })}
                      />
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <OfferFormModal offer={editing} onClose={() => setEditing(null)} />}
      {signing && <ContractFormModal offerId={signing.id} onClose={() => setSigning(null)} />}
    </>
  );
}
