import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { SectionLinks } from '../components/SectionLinks.tsx';
import { CatalogueRoutes } from './catalogue/CatalogueRoutes.tsx';
import { CounterPage } from './counter/CounterPage.tsx';
import { HoldsPage } from './holds/HoldsPage.tsx';
import { LoansPage } from './loans/LoansPage.tsx';
import { MembersRoutes } from './members/MembersRoutes.tsx';
import { RepairsPage } from './repairs/RepairsPage.tsx';
import { ServicesPage } from './services/ServicesPage.tsx';
import { TillPage } from './till/TillPage.tsx';

const TABS = [
  { path: '/', key: 'counter' },
  { path: '/catalogue', key: 'catalogue' },
  { path: '/adherents', key: 'members' },
  { path: '/prets', key: 'loans' },
  { path: '/reservations', key: 'holds' },
  { path: '/reparations', key: 'repairs' },
  { path: '/services', key: 'services' },
  { path: '/caisse', key: 'till' },
] as const;

/** The conciergerie's screens under /conciergerie, with a row of links between them (the counter first). */
export function ConciergerieRoutes() {
  const { t } = useTranslation();
  return (
    <>
      <SectionLinks label={t('conciergerie.sections')} links={TABS.map((tab) => ({ path: tab.path, label: t(`conciergerie.tabs.${tab.key}`) }))} />
      <Switch>
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
      </Switch>
    </>
  );
}
