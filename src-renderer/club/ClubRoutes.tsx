import '@mantine/charts/styles.css';
import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, useParams } from 'wouter';
import { useApiQuery } from '../api/hooks.ts';
import { ModuleFrame } from '../components/ModuleFrame.tsx';
import { BudgetPage } from './budget/BudgetPage.tsx';
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
  // The rules are shown to every role that reads the club (read-only below admin).
  const links = [
    { path: '/', label: t('club.nav.dashboard') },
    { path: '/partenaires', label: t('club.nav.partners') },
    { path: '/offres', label: t('club.nav.offers') },
    { path: '/contrats', label: t('club.nav.contracts') },
    { path: '/economies', label: t('club.nav.ledger') },
    { path: '/cotisations', label: t('club.nav.fees') },
    { path: '/budget', label: t('club.nav.budget') },
    { path: '/courriers', label: t('club.nav.mailing') },
    { path: '/regles', label: t('club.nav.settings') },
  ];
  return (
    <ModuleFrame module="club" title={t('club.title')} forbidden={t('club.forbidden')} linksLabel={t('club.nav.label')} links={links}>
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
    </ModuleFrame>
  );
}
