import '@mantine/charts/styles.css';
import { Alert, Loader, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useParams } from 'wouter';
import { useApiQuery } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { BudgetPage } from './budget/BudgetPage.tsx';
import { ClubNav } from './common/ClubNav.tsx';
import { ContractsPage } from './contracts/ContractsPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { FeesPage } from './fees/FeesPage.tsx';
import { LedgerPage } from './ledger/LedgerPage.tsx';
import { MailingPage } from './mailing/MailingPage.tsx';
import { OffersPage } from './offers/OffersPage.tsx';
import { PartnerPage } from './partners/PartnerPage.tsx';
import { PartnersPage } from './partners/PartnersPage.tsx';
import { ClubSettingsPage } from './settings/ClubSettingsPage.tsx';

function PartnerFromRoute() {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const partner = useApiQuery('club.partners.get', { id }, Number.isInteger(id) && id > 0);
  if (partner.error) return <Alert color="red" title={t('common.errorTitle')}>{partner.error.message}</Alert>;
  if (!partner.data || partner.data.id !== id) return <Loader aria-label={t('common.loading')} />;
  return <PartnerPage partner={partner.data} />;
}

/** The tenants' club, under /club: dashboard, partners, offers, contracts, savings, fees, budget, mail, rules. */
export function ClubRoutes() {
  const { t } = useTranslation();
  if (!useCan('club')) {
    return (
      <>
        <Title order={1} mb="md">
          {t('club.title')}
        </Title>
        <Alert icon={<IconLock aria-hidden />} color="gray" variant="light">
          {t('club.forbidden')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <ClubNav />
      <Switch>
        <Route path="/">
          <DashboardPage />
        </Route>
        <Route path="/partenaires">
          <PartnersPage />
        </Route>
        <Route path="/partenaires/:id">
          <PartnerFromRoute />
        </Route>
        <Route path="/offres">
          <OffersPage />
        </Route>
        <Route path="/contrats">
          <ContractsPage />
        </Route>
        <Route path="/economies">
          <LedgerPage />
        </Route>
        <Route path="/cotisations">
          <FeesPage />
        </Route>
        <Route path="/budget">
          <BudgetPage />
        </Route>
        <Route path="/courriers">
          <MailingPage />
        </Route>
        <Route path="/regles">
          <ClubSettingsPage />
        </Route>
        <Route>
          <Title order={1}>404</Title>
        </Route>
      </Switch>
    </>
  );
}
