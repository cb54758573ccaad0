import { BarChart, DonutChart } from '@mantine/charts';
import { Alert, Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { useFormats } from '../../format/useFormats.ts';
import { YearSelect } from '../../components/YearSelect.tsx';
import { useApplyLapses } from '../partners/useApplyLapses.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { StatCard } from './StatCard.tsx';

const CATEGORY_COLORS = { merchant: 'blue.8', insurer: 'teal.8', building: 'orange.8', service: 'grape.8', public_body: 'gray.7' } as const;

/** The club at a glance for a year: what it saved households (sums of the ledger), its partners, fees and budget. */
export function DashboardPage() {
  const { t } = useTranslation();
  useApplyLapses();
  const { money } = useFormats();
  const [year, setYear] = useState(new Date().getFullYear());
  const dashboard = useApiQuery('club.savings.dashboard', { year });
  const data = dashboard.data;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('club.title')}</Title>
        <YearSelect value={year} onChange={(next) => setYear(next ?? year)} />
      </Group>
      {dashboard.error && <Alert color="red">{dashboard.error.message}</Alert>}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <StatCard label={t('club.dashboard.savings', { year: data.year })} value={money(data.total.cents)} hint={t('club.dashboard.allTime', { amount: money(data.allTime.cents) })} testId="dashboard-savings" />
            <StatCard label={t('club.dashboard.households', { year: data.year })} value={String(data.total.households)} testId="dashboard-households" />
            <StatCard label={t('club.dashboard.contractsInForce')} value={String(data.contracts.inForce)} hint={t('club.dashboard.signedAndUsed', { signed: data.contracts.signedInYear, uses: data.contracts.usesInYear })} />
            <StatCard label={t('club.dashboard.activePartners')} value={String(data.partners.active)} hint={t('club.dashboard.otherPartners', { candidates: data.partners.candidate, suspended: data.partners.suspended })} />
            <StatCard label={t('club.dashboard.feesPaid', { year: data.year })} value={money(data.fees.paidCents)} hint={t('club.dashboard.feesOutstanding', { amount: money(data.fees.outstandingCents), count: data.fees.overdueCount })} />
            <StatCard label={t('club.dashboard.receipts', { year: data.year })} value={money(data.budget.receiptsCents)} />
            <StatCard label={t('club.dashboard.expenses', { year: data.year })} value={money(data.budget.expensesCents)} />
            <StatCard label={t('club.dashboard.balance', { year: data.year })} value={money(data.budget.balanceCents)} />
          </SimpleGrid>
          <Anchor component={Link} href="/economies">
            {t('club.dashboard.toLedger')}
          </Anchor>

          <ChartFigure
            title={t('club.dashboard.byYearTitle')}
            caption={t('club.dashboard.byYearCaption', { list: data.years.map((y) => `${y.year} : ${money(y.cents)}`).join(' ; ') })}
            columns={[t('common.year'), t('club.dashboard.saved'), t('club.dashboard.householdsHelped')]}
            rows={data.years.map((y) => ({ key: y.year, label: String(y.year), value: money(y.cents), detail: String(y.households) }))}
            empty={t('club.dashboard.noSavings')}
          >
            <BarChart
              h={220}
              data={data.years.map((y) => ({ year: String(y.year), saved: y.cents / 100 }))}
              dataKey="year"
              series={[{ name: 'saved', label: t('club.dashboard.saved'), color: 'teal.8' }]}
              unit=" €"
              withTooltip={false}
              accessibilityLayer={false}
            />
          </ChartFigure>

          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ChartFigure
              title={t('club.dashboard.byCategoryTitle', { year: data.year })}
              caption={t('club.dashboard.byCategoryCaption', { list: data.byCategory.map((c) => `${t(`club.categories.${c.category}`)} : ${money(c.cents)}`).join(' ; ') })}
              columns={[t('club.partners.fields.category'), t('club.dashboard.saved'), t('club.dashboard.householdsHelped')]}
              rows={data.byCategory.map((c) => ({ key: c.category, label: t(`club.categories.${c.category}`), value: money(c.cents), detail: String(c.households) }))}
              empty={t('club.dashboard.noSavingsYear')}
            >
              <DonutChart
                mx="auto"
                data={data.byCategory.map((c) => ({ name: t(`club.categories.${c.category}`), value: c.cents / 100, color: CATEGORY_COLORS[c.category] }))}
                withTooltip={false}
                accessibilityLayer={false}
              />
            </ChartFigure>
            <ChartFigure
              title={t('club.dashboard.byResidenceTitle', { year: data.year })}
              caption={t('club.dashboard.byResidenceCaption', { list: data.byResidence.map((r) => `${r.residenceName ?? t('club.common.outsideStock')} : ${money(r.cents)}`).join(' ; ') })}
              columns={[t('club.common.residence'), t('club.dashboard.saved'), t('club.dashboard.householdsHelped')]}
              rows={data.byResidence.map((r) => ({ key: r.residenceId ?? 0, label: r.residenceName ?? t('club.common.outsideStock'), value: money(r.cents), detail: String(r.households) }))}
              empty={t('club.dashboard.noSavingsYear')}
            >
              <BarChart
                h={Math.max(160, data.byResidence.length * 36)}
                orientation="vertical"
                data={data.byResidence.map((r) => ({ residence: r.residenceName ?? t('club.common.outsideStock'), saved: r.cents / 100 }))}
                dataKey="residence"
                yAxisProps={{ width: 150 }}
                unit=" €"
                series={[{ name: 'saved', label: t('club.dashboard.saved'), color: 'blue.8' }]}
                withTooltip={false}
                accessibilityLayer={false}
              />
            </ChartFigure>
          </SimpleGrid>

          <ChartFigure
            title={t('club.dashboard.byPartnerTitle', { year: data.year })}
            caption={t('club.dashboard.byPartnerCaption', { count: data.byPartner.length })}
            columns={[t('club.common.partner'), t('club.dashboard.saved'), t('club.dashboard.householdsHelped')]}
            rows={data.byPartner.map((p) => ({ key: p.partnerId, label: p.partnerName, value: money(p.cents), detail: String(p.households) }))}
            empty={t('club.dashboard.noSavingsYear')}
          >
            <BarChart
              h={Math.max(160, Math.min(data.byPartner.length, 10) * 32)}
              orientation="vertical"
              data={data.byPartner.slice(0, 10).map((p) => ({ partner: p.partnerName, saved: p.cents / 100 }))}
              dataKey="partner"
              yAxisProps={{ width: 180 }}
              unit=" €"
              series={[{ name: 'saved', label: t('club.dashboard.saved'), color: 'grape.8' }]}
              withTooltip={false}
              accessibilityLayer={false}
            />
          </ChartFigure>
        </>
      )}
    </Stack>
  );
}
