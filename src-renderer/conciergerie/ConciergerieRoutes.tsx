import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
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
  const [location] = useLocation();
  const current = (path: string) => (path === '/' ? location === '/' : location.startsWith(path));
  return (
    <>
      <Group component="nav" aria-label={t('conciergerie.sections')} gap={4} mb="md" wrap="wrap">
        {TABS.map((tab) => (
          <Button
            key={tab.path}
            component={Link}
            href={tab.path}
            size="compact-sm"
            variant={current(tab.path) ? 'filled' : 'subtle'}
            aria-current={current(tab.path) ? 'page' : undefined}
          >
            {t(`conciergerie.tabs.${tab.key}`)}
          </Button>
        ))}
      </Group>
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
