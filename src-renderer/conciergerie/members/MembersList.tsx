import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconTags, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SEARCH_STATUSES } from '../../../src-main/conciergerie/members/contract.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { MembershipBadge } from './MembershipBadge.tsx';

const PAGE_SIZE = 50;
type Status = (typeof SEARCH_STATUSES)[number];

/** Les adhérents: one search box (name, number, phone), a filter on their standing, the list by name. */
export function MembersList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const [status, setStatus] = useState<Status>('all');
  const [page, setPage] = useState(1);
  const list = useApiQuery('members.search', { query, status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const total = list.data?.total ?? 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('members.title')}</Title>
        <Group gap="sm">
          <Button component={Link} href="/types" variant="default" leftSection={<IconTags size={16} aria-hidden />}>
            {t('members.types.title')}
          </Button>
          {canWrite && (
            <Button component={Link} href="/inscription" leftSection={<IconUserPlus size={16} aria-hidden />}>
              {t('members.enrol')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('members.searchLabel')}
          description={t('members.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={360}
          data-autofocus
          autoFocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="member-status-label">
            {t('members.statusLabel')}
          </Text>
          <SegmentedControl
            aria-labelledby="member-status-label"
            value={status}
            onChange={(value) => {
              setStatus(value as Status);
              setPage(1);
            }}
            data={SEARCH_STATUSES.map((value) => ({ value, label: t(`members.statuses.${value}`) }))}
          />
        </Stack>
      </Group>
      <Text size="sm" c="gray.7" aria-live="polite">
        {list.isLoading ? t('common.loading') : t('common.results', { count: total })}
      </Text>
      {total > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.columns.number')}</Table.Th>
                <Table.Th>{t('members.columns.name')}</Table.Th>
                <Table.Th>{t('members.columns.household')}</Table.Th>
                <Table.Th>{t('members.columns.membership')}</Table.Th>
                <Table.Th ta="right">{t('members.columns.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{row.number}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={`/${row.id}`} fw={600}>
                      {row.name}
                    </Anchor>
                    {row.activeFlags > 0 && (
                      <Badge ml="xs" color="red.9" variant="filled" size="sm">
                        {t('members.flagged')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.householdName}
                    <Text size="xs" c="gray.7">
                      {row.isTenant ? t('members.tenant') : t('members.nonTenant')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <MembershipBadge endsOn={row.membershipEndsOn} inForce={row.inForce} />
                  </Table.Td>
                  <Table.Td ta="right" c={row.balanceCents > 0 ? 'red.9' : undefined} fw={row.balanceCents > 0 ? 700 : undefined}>
                    {formatMoney(row.balanceCents, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && total === 0 && <Text>{query || status !== 'all' ? t('members.none') : t('members.empty')}</Text>}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
