import { AppShell, Burger, Group, NavLink, SegmentedControl, Text, Title, VisuallyHidden } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useBackendEvents } from '../api/hooks.ts';
import type { Language } from '../format/index.ts';
import { changeLanguage } from '../i18n/index.ts';
import { useAuth } from '../auth/AuthContext.ts';
import { UserMenu } from '../auth/UserMenu.tsx';
import { HouseholdRoutes } from '../households/HouseholdRoutes.tsx';
import { ResidenceRoutes } from '../residences/ResidenceRoutes.tsx';
import { RetryOutboxWhenOnline } from '../federation/outbox/RetryWhenOnline.tsx';
import { SECTIONS } from './navigation.tsx';
import { ScreenLoading } from './ScreenLoading.tsx';

/** A screen loaded the first time it is shown, from a file that exports it by name. */
function lazyScreen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((file) => ({ default: file[name] })));
}

/*
 * Residences and households open with the app; every other module is loaded the first time it is opened, so the
 * window shows in a fraction of the time it takes to parse the whole bundle (charts, spreadsheets, the counter…).
 */
const PrivacyPage = lazyScreen(() => import('../privacy/PrivacyPage.tsx'), 'PrivacyPage');
const SettingsPage = lazyScreen(() => import('../settings/SettingsPage.tsx'), 'SettingsPage');
const ImportWizard = lazyScreen(() => import('../imports/ImportWizard.tsx'), 'ImportWizard');
const FollowupRoutes = lazyScreen(() => import('../followup/FollowupRoutes.tsx'), 'FollowupRoutes');
const SkillsDirectory = lazyScreen(() => import('../skills/SkillsDirectory.tsx'), 'SkillsDirectory');
const ExchangeScreen = lazyScreen(() => import('../exchange/ExchangeScreen.tsx'), 'ExchangeScreen');
const ConciergerieRoutes = lazyScreen(() => import('../conciergerie/ConciergerieRoutes.tsx'), 'ConciergerieRoutes');
const ClubRoutes = lazyScreen(() => import('../club/ClubRoutes.tsx'), 'ClubRoutes');
const AgendaRoutes = lazyScreen(() => import('../agenda/AgendaRoutes.tsx'), 'AgendaRoutes');
const FederationRoutes = lazyScreen(() => import('../federation/FederationRoutes.tsx'), 'FederationRoutes');

export function App() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const [location] = useLocation();
  const { rights } = useAuth();
  const sections = SECTIONS.filter((section) => section.modules.some((module) => rights[module] !== 'none'));
  useBackendEvents();

  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en-gb' : 'fr', firstDayOfWeek: 1 }}>
      <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
        <a href="#contenu" className="skip-link">
          {t('app.skipToContent')}
        </a>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="sm">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.openNavigation')} />
              <Text fw={700} size="lg">
                {t('app.name')}
              </Text>
              <Text size="sm" c="gray.7" visibleFrom="sm">
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="xs">
              <UserMenu />
              <VisuallyHidden id="language-label">{t('app.language')}</VisuallyHidden>
              <SegmentedControl
                size="xs"
                aria-labelledby="language-label"
                value={i18n.language}
                onChange={(value) => changeLanguage(value as Language)}
                data={[
                  { value: 'fr', label: 'FR' },
                  { value: 'en', label: 'EN' },
                ]}
              />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('app.mainNavigation')}>
          {sections.map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              href={section.path}
              label={t(`nav.${section.label}`)}
              leftSection={<section.icon size={18} stroke={1.6} aria-hidden />}
              active={location.startsWith(section.path)}
              aria-current={location.startsWith(section.path) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
        <RetryOutboxWhenOnline />
        <AppShell.Main id="contenu" tabIndex={-1}>
          <Suspense fallback={<ScreenLoading />}>
            <Switch>
              <Route path="/">
                <Redirect to="/residences" />
              </Route>
              {/* Before /foyers: the households screens nest under it. */}
              <Route path="/foyers/import">
                <ImportWizard />
              </Route>
              {/* Before any /foyers route: the personal-data screen (retention and purge) of the households module. */}
              <Route path="/foyers/donnees">
                <PrivacyPage />
              </Route>
              {/* Before /foyers too: follow-up (restricted), skills directory, housing exchanges. */}
              <Route path="/foyers/suivi" nest>
                <FollowupRoutes />
              </Route>
              <Route path="/foyers/competences">
                <SkillsDirectory />
              </Route>
              <Route path="/foyers/echanges">
                <ExchangeScreen />
              </Route>
              <Route path="/residences" nest>
                <ResidenceRoutes />
              </Route>
              <Route path="/foyers" nest>
                <HouseholdRoutes />
              </Route>
              <Route path="/conciergerie" nest>
                <ConciergerieRoutes />
              </Route>
              <Route path="/club" nest>
                <ClubRoutes />
              </Route>
              <Route path="/agenda" nest>
                <AgendaRoutes />
              </Route>
              <Route path="/federation" nest>
                <FederationRoutes />
              </Route>
              <Route path="/parametres">
                <SettingsPage />
              </Route>
              <Route>
                <Title order={1}>404</Title>
              </Route>
            </Switch>
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </DatesProvider>
  );
}
