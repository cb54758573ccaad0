import { useTranslation } from 'react-i18next';
import { Route } from 'wouter';
import { ModuleFrame } from '../components/ModuleFrame.tsx';
import { CatalogueRoutes } from './catalogue/CatalogueRoutes.tsx';
import { CounterPage } from './counter/CounterPage.tsx';
import { HoldsPage } from './holds/HoldsPage.tsx';
import { LoansPage } from './loans/LoansPage.tsx';
import { MembersRoutes } from './members/MembersRoutes.tsx';
import { RepairsPage } from './repairs/RepairsPage.tsx';
import { ServicesPage } from './services/ServicesPage.tsx';
import { TillPage } from './till/TillPage.tsx';

/** The conciergerie's screens under /conciergerie, with a row of links between them (the counter first). */
export function ConciergerieRoutes() {
  const { t } = useTranslation();
  const links = [
    { path: '/', label: t('conciergerie.tabs.counter') },
    { path: '/catalogue', label: t('conciergerie.tabs.catalogue') },
    { path: '/adherents', label: t('conciergerie.tabs.members') },
    { path: '/prets', label: t('conciergerie.tabs.loans') },
    { path: '/reservations', label: t('conciergerie.tabs.holds') },
    { path: '/reparations', label: t('conciergerie.tabs.repairs') },
    { path: '/services', label: t('conciergerie.tabs.services') },
    { path: '/caisse', label: t('conciergerie.tabs.till') },
  ];
  return (
    <ModuleFrame module="conciergerie" title={t('conciergerie.title')} forbidden={t('conciergerie.forbidden')} linksLabel={t('conciergerie.sections')} links={links}>
      <Route path="/">
        <CounterPage />
      </Route>
      <Route path="/catalogue" nest>
        <CatalogueRoutes />
      </Route>
      <Route path="/adherents" nest>
        <MembersRoutes />
      </Route>
      <Route path="/prets">
        <LoansPage />
      </Route>
      <Route path="/reservations">
        <HoldsPage />
      </Route>
      <Route path="/reparations">
        <RepairsPage />
      </Route>
      <Route path="/services">
        <ServicesPage />
      </Route>
      <Route path="/caisse">
        <TillPage />
      </Route>
    </ModuleFrame>
  );
}
