import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PARTNER_CATEGORIES, PARTNER_STATUSES, type PartnerCategory, type PartnerStatus } from '../../../src-main/club/partners/fields.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FeeStateBadge, PartnerStatusBadge } from '../common/badges.tsx';
import { PartnerFormModal } from './PartnerFormModal.tsx';
import { useApplyLapses } from './useApplyLapses.ts';

/** The club's partners: search, filters, status and this year's fee at a glance. */
export function PartnersPage() {
  const { t } = useTranslation();
  useApplyLapses();
  const canWrite = useCan('club', 'write');
  const [, navigate] = useLocation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [status, setStatus] = useState<PartnerStatus | null>(null);
  const [category, setCategory] = useState<PartnerCategory | null>(null);
  const [adding, setAdding] = useState(false);
  const partners = useApiQuery('club.partners.list', { search: debounced, status, category });
  const rows = partners.data?.rows ?? [];
  const year = new Date().getFullYear();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('club.partners.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('club.partners.add')}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput label={t('club.partners.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={280} />
        <Select
          label={t('club.partners.fields.status')}
          clearable
          data={PARTNER_STATUSES.map((value) => ({ value, label: t(`club.statuses.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as PartnerStatus | null)}
          placeholder={t('club.common.all')}
        />
        <Select
          label={t('club.partners.fields.category')}
          clearable
          data={PARTNER_CATEGORIES.map((value) => ({ value, label: t(`club.categories.${value}`) }))}
          value={category}
          onChange={(value) => setCategory(value as PartnerCategory | null)}
          placeholder={t('club.common.all')}
        />
      </Group>
      {partners.error && <Alert color="red">{partners.error.message}</Alert>}
      {partners.data && rows.length === 0 && <Text>{t('club.partners.none')}</Text>}
      {rows.length > 0 && (
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('club.partners.fields.name')}</Table.Th>
              <Table.Th>{t('club.partners.fields.category')}</Table.Th>
              <Table.Th>{t('club.partners.fields.trade')}</Table.Th>
              <Table.Th>{t('club.partners.fields.status')}</Table.Th>
              <Table.Th>{t('club.partners.feeOfYear', { year })}</Table.Th>
              <Table.Th>{t('club.partners.offerCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((partner) => (
              <Table.Tr key={partner.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/partenaires/${partner.id}`} fw={600}>
                    {partner.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`club.categories.${partner.category}`)}</Table.Td>
                <Table.Td>{partner.trade ? t(`club.trades.${partner.trade}`) : t('common.none')}</Table.Td>
                <Table.Td>
                  <PartnerStatusBadge status={partner.status} />
                  {(partner.status === 'suspended' || partner.status === 'ended') && partner.statusReason && (
                    <Text size="xs" c="gray.7">
                      {partner.statusReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{partner.currentFee ? <FeeStateBadge state={partner.currentFee.state} /> : t('club.partners.notCalled')}</Table.Td>
                <Table.Td>{partner.offerCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && <PartnerFormModal onClose={() => setAdding(false)} onSaved={(saved) => navigate(`/partenaires/${saved.id}`)} />}
    </Stack>
  );
}
