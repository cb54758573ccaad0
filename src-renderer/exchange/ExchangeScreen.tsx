import { Anchor, Badge, Checkbox, List, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExchangeMatch } from '../../src-main/exchange/contract.ts';
import { useApiQuery } from '../api/hooks.ts';
import { BackToHouseholds } from '../followup/FoyersToolLinks.tsx';

const OCCUPANCY_COLORS = { under: 'blue.9', over: 'red.9', fits: 'green.9' } as const;

export function OccupancyBadge({ occupancy }: { occupancy: keyof typeof OCCUPANCY_COLORS }) {
  const { t } = useTranslation();
  return (
    <Badge color={OCCUPANCY_COLORS[occupancy]} variant="filled">
      {t(`exchange.occupancy.${occupancy}`)}
    </Badge>
  );
}

function Side({ side }: { side: ExchangeMatch['under'] }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} href={`~/foyers/${side.householdId}`} fw={600}>
      {t('exchange.side', { name: side.householdName, typology: side.typology, count: side.people })}
    </Anchor>
  );
}

function MatchesPanel() {
  const { t } = useTranslation();
  const matches = useApiQuery('exchange.matches', {});
  const rows = matches.data?.rows ?? [];
  return (
    <Stack>
      <Text>{t('exchange.matchesIntro')}</Text>
      {matches.data && rows.length === 0 && <Text>{t('exchange.noMatches')}</Text>}
      {rows.map((match) => (
        <Paper key={`${match.under.wishId}-${match.over.wishId}`} withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            <Side side={match.under} /> ↔ <Side side={match.over} />
          </Title>
          <Text size="sm" c="gray.7" mb={4}>
            {match.under.residenceName} ↔ {match.over.residenceName}
          </Text>
          <List size="sm">
            {match.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Paper>
      ))}
    </Stack>
  );
}

function WishesPanel() {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const list = useApiQuery('exchange.list', { includeInactive });
  const rows = list.data?.rows ?? [];
  return (
    <Stack>
      <Checkbox label={t('exchange.includeInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} />
      {list.data && rows.length === 0 ? (
        <Text>{t('exchange.noWishes')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.columns.household')}</Table.Th>
              <Table.Th>{t('exchange.columns.dwelling')}</Table.Th>
              <Table.Th>{t('exchange.columns.people')}</Table.Th>
              <Table.Th>{t('exchange.columns.reason')}</Table.Th>
              <Table.Th>{t('exchange.columns.wanted')}</Table.Th>
              <Table.Th>{t('exchange.columns.needs')}</Table.Th>
              <Table.Th>{t('exchange.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((wish) => (
              <Table.Tr key={wish.id}>
                <Table.Td>
                  <Anchor component={Link} href={`~/foyers/${wish.householdId}`} fw={600}>
                    {wish.householdName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {wish.home ? `${wish.home.typology} · ${wish.home.residenceName} (${wish.home.internalId})` : t('exchange.noDwellingShort')}
                </Table.Td>
                <Table.Td>{t('exchange.people', { count: wish.people })}</Table.Td>
                <Table.Td>{t(`exchange.reasons.${wish.reason}`)}</Table.Td>
                <Table.Td>{wish.wantedTypology ?? t('exchange.anyTypology')}</Table.Td>
                <Table.Td>{wish.needs.length > 0 ? wish.needs.map((need) => t(`exchange.needs.${need}`)).join(', ') : t('common.none')}</Table.Td>
                <Table.Td>
                  {wish.occupancy && <OccupancyBadge occupancy={wish.occupancy} />}{' '}
                  {!wish.active && (
                    <Badge color="gray.8" variant="filled">
                      {t('exchange.inactive')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** /foyers/echanges: possible swaps first, then every wish. */
export function ExchangeScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('matches');
  return (
    <Stack>
      <BackToHouseholds />
      <Title order={1}>{t('exchange.title')}</Title>
      <Text>{t('exchange.intro')}</Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="matches">{t('exchange.matches')}</Tabs.Tab>
          <Tabs.Tab value="wishes">{t('exchange.wishes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="matches" pt="md">
          <MatchesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="wishes" pt="md">
          <WishesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
