import { useTranslation } from 'react-i18next';
import { Route } from 'wouter';
import { ModuleFrame } from '../components/ModuleFrame.tsx';
import { ExportPage } from './export/ExportPage.tsx';
import { OutboxPage } from './outbox/OutboxPage.tsx';
import { TfpbPage } from './tfpb/TfpbPage.tsx';

/** The federation export, under /federation: preview and files, outbox and history, TFPB yearly report. */
export function FederationRoutes() {
  const { t } = useTranslation();
  const links = [
    { path: '/', label: t('federation.nav.export') },
    { path: '/envois', label: t('federation.nav.outbox') },
    { path: '/tfpb', label: t('federation.nav.tfpb') },
  ];
  return (
    <ModuleFrame module="federation" title={t('federation.title')} forbidden={t('federation.forbidden')} linksLabel={t('federation.nav.label')} links={links}>
      <Route path="/">
        <ExportPage />
      </Route>
      <Route path="/envois">
        <OutboxPage />
      </Route>
      <Route path="/tfpb">
        <TfpbPage />
      </Route>
    </ModuleFrame>
  );
}
