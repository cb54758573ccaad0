import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useParams } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { CatalogueCreate } from './CatalogueCreate.tsx';
import { CatalogueList } from './CatalogueList.tsx';
import { CategoriesPage } from './CategoriesPage.tsx';
import { RecordPage } from './RecordPage.tsx';

/** Loads the record of the route's id, then shows its page. */
function RecordRoute() {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const item = useApiQuery('catalogue.get', { id }, Number.isInteger(id) && id > 0);
  if (item.error) return <Alert color="red" title={t('common.errorTitle')}>{item.error.message}</Alert>;
  if (!item.data || item.data.id !== id) return <Loader aria-label={t('common.loading')} />;
  return <RecordPage item={item.data} />;
}

/** The catalogue under /conciergerie/catalogue: the list, a new record, the categories, a record's page. */
export function CatalogueRoutes() {
  return (
    <Switch>
      <Route path="/">
        <CatalogueList />
      </Route>
      <Route path="/nouveau">
        <CatalogueCreate />
      </Route>
      <Route path="/categories">
        <CategoriesPage />
      </Route>
      <Route path="/:id">
        <RecordRoute />
      </Route>
    </Switch>
  );
}
