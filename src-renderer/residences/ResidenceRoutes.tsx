import { Alert, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useParams } from 'wouter';
import type { ResidenceDetail } from '../../src-main/residences/contract.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ResidenceCreate } from './ResidenceCreate.tsx';
import { ResidenceEdit } from './ResidenceEdit.tsx';
import { ResidenceList } from './ResidenceList.tsx';
import { ResidencePage } from './ResidencePage.tsx';

/** Loads one residence from the route's id, then renders `children` with it. */
function WithResidence({ children }: { children: (residence: ResidenceDetail) => ReactNode }) {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const residence = useApiQuery('residences.get', { id }, Number.isInteger(id) && id > 0);
  if (residence.error) return <Alert color="red" title={t('common.errorTitle')}>{residence.error.message}</Alert>;
  if (!residence.data || residence.data.id !== id) return <Loader aria-label={t('common.loading')} />;
  return children(residence.data);
}

export function ResidenceRoutes() {
  return (
    <Switch>
      <Route path="/">
        <ResidenceList />
      </Route>
      <Route path="/nouvelle">
        <ResidenceCreate />
      </Route>
      <Route path="/:id/modifier">
        <WithResidence>{(residence) => <ResidenceEdit residence={residence} />}</WithResidence>
      </Route>
      <Route path="/:id">
        <WithResidence>{(residence) => <ResidencePage residence={residence} />}</WithResidence>
      </Route>
    </Switch>
  );
}
