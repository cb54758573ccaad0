import { Alert, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useCan } from '../auth/AuthContext.ts';
import { SectionLinks } from '../components/SectionLinks.tsx';
import { ExportPage } from './export/ExportPage.tsx';
import { OutboxPage } from './outbox/OutboxPage.tsx';
import { TfpbPage } from './tfpb/TfpbPage.tsx';

const LINKS = [
  { path: '/', key: 'export' },
  { path: '/envois', key: 'outbox' },
  { path: '/tfpb', key: 'tfpb' },
] as const;

/** The federation export, under /federation: preview and files, outbox and history, TFPB yearly report. */
export function FederationRoutes() {
  const { t } = useTranslation();
  if (!useCan('federation')) {
    return (
      <>
        <Title order={1} mb="md">
          {t('federation.title')}
        </Title>
        <Alert icon={<IconLock aria-hidden />} color="gray" variant="light">
          {t('federation.forbidden')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <SectionLinks label={t('federation.nav.label')} links={LINKS.map((link) => ({ path: link.path, label: t(`federation.nav.${link.key}`) }))} />
      <Switch>
        <Route path="/">
          <ExportPage />
        </Route>
        <Route path="/envois">
          <OutboxPage />
        </Route>
        <Route path="/tfpb">
          <TfpbPage />
        </Route>
        <Route>
          <Title order={1}>404</Title>
        </Route>
      </Switch>
    </>
  );
}
