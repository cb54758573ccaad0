import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PartnerDetail } from '../../../src-main/club/partners/contract.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { formatPhone } from '../../../src-main/shared/phone.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { Fact } from '../../components/Fact.tsx';
import { PartnerStatusBadge } from '../common/badges.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { FeeCallsTable } from '../fees/FeeCallsTable.tsx';
import { OfferFormModal } from '../offers/OfferFormModal.tsx';
import { OffersTable } from '../offers/OffersTable.tsx';
import { PartnerFormModal } from './PartnerFormModal.tsx';
import { STATUS_ACTIONS, type StatusAction, StatusModal } from './StatusModal.tsx';

/** "732 829 320 00074": the SIREN, then the establishment's number. */
const groupedSiret = (siret: string) => `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;

/** One partner: identity, agreement, status and why, fees, offers, history. */
export function PartnerPage({ partner }: { partner: PartnerDetail }) {
  const { t } = useTranslation();
  const { date } = useFormats();
  const canWrite = useCan('club', 'write');
  const issue = useApiMutation('club.fees.issueCalls');
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<StatusAction | null>(null);
  const [addingOffer, setAddingOffer] = useState(false);
  const none = t('common.none');
  const year = new Date().getFullYear();
  const { line, postcode, city } = partner.address;

  const callFee = () =>
    issue.mutate(
      { year, calledOn: localToday(), partnerIds: [partner.id] },
      { onSuccess: () => notifySuccess(t('club.fees.calledOne', { name: partner.name, year })), onError: notifyError },
    );

  return (
    <Stack>
      <Anchor component={Link} href="/partenaires">
        ← {t('club.partners.title')}
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={1}>{partner.name}</Title>
          <PartnerStatusBadge status={partner.status} />
          {partner.trade && (
            <Badge color="gray.8" variant="outline">
              {t(`club.trades.${partner.trade}`)}
            </Badge>
          )}
        </Group>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            {STATUS_ACTIONS[partner.status].map((next) => (
              <Button key={next.key} variant={next.to === 'active' ? 'filled' : 'outline'} color={next.to === 'ended' || next.to === 'suspended' ? 'red.9' : undefined} onClick={() => setAction(next)}>
                {t(`club.partners.actions.${next.key}`)}
              </Button>
            ))}
          </Group>
        )}
      </Group>

      {/* Blue in every status: its light variant is the one darkened for contrast (theme.ts). */}
      <Alert color="blue" variant="light">
        <Text fw={700}>{t('club.partners.statusSince', { status: t(`club.statuses.${partner.status}`), date: date(partner.statusSince) })}</Text>
        <Text>
          {partner.statusReason || t('club.partners.noReason')}
          {partner.statusAutomatic && ` ${t('club.partners.automatic')}`}
        </Text>
      </Alert>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('club.partners.fields.siret')}>{groupedSiret(partner.siret)}</Fact>
          <Fact label={t('club.partners.fields.naf')}>{partner.nafCode ?? none}</Fact>
          <Fact label={t('club.partners.fields.category')}>{t(`club.categories.${partner.category}`)}</Fact>
          <Fact label={t('club.partners.fields.contact')}>{[partner.contactName, formatPhone(partner.phone), partner.email ?? ''].filter(Boolean).join('\n') || none}</Fact>
          <Fact label={t('club.partners.fields.address')}>{line ? `${line}\n${postcode} ${city}` : none}</Fact>
          <Fact label={t('club.partners.fields.agreement')}>
            {partner.agreementStartOn ? (partner.agreementEndOn ? t('club.offers.fromTo', { from: date(partner.agreementStartOn), to: date(partner.agreementEndOn) }) : t('club.offers.since', { from: date(partner.agreementStartOn) })) : none}
          </Fact>
        </SimpleGrid>
        {partner.notes && <Fact label={t('club.partners.fields.notes')}>{partner.notes}</Fact>}
      </Paper>

      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('club.partners.feesTitle')}
        </Title>
        {canWrite && partner.status === 'active' && !partner.currentFee && (
          <Button variant="light" leftSection={<IconSend size={16} aria-hidden />} loading={issue.isPending} onClick={callFee}>
            {t('club.fees.callYear', { year })}
          </Button>
        )}
      </Group>
      <FeeCallsTable calls={partner.feeCalls} />

      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('club.offers.title')}
        </Title>
        {canWrite && partner.status !== 'ended' && (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAddingOffer(true)}>
            {t('club.offers.add')}
          </Button>
        )}
      </Group>
      <OffersTable offers={partner.offers} showPartner={false} />

      <Title order={2} size="h3">
        {t('club.partners.historyTitle')}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('club.partners.fields.statusOn')}</Table.Th>
            <Table.Th>{t('club.partners.fields.status')}</Table.Th>
            <Table.Th>{t('club.partners.fields.reason')}</Table.Th>
            <Table.Th>{t('club.partners.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partner.history.map((change, index) => (
            <Table.Tr key={index}>
              <Table.Td>{date(change.changedOn)}</Table.Td>
              <Table.Td>
                <PartnerStatusBadge status={change.status} />
              </Table.Td>
              <Table.Td>{change.reason || none}</Table.Td>
              <Table.Td>{change.automatic ? t('club.partners.automaticShort') : (change.byUser ?? none)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {editing && <PartnerFormModal partner={partner} onClose={() => setEditing(false)} />}
      {action && <StatusModal partner={partner} action={action} onClose={() => setAction(null)} />}
      {addingOffer && <OfferFormModal partnerId={partner.id} onClose={() => setAddingOffer(false)} />}
    </Stack>
  );
}
