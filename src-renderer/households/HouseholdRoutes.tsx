import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useParams } from 'wouter';
import { useApiQuery } from '../api/hooks.ts';
import { HouseholdCreate } from './HouseholdCreate.tsx';
import { HouseholdPage } from './HouseholdPage.tsx';
import { HouseholdSearch } from './HouseholdSearch.tsx';

/** Loads one household from the route's id and shows its page. */
function HouseholdFromRoute() {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const household = useApiQuery('households.get', { id }, Number.isInteger(id) && id > 0);
  if (household.error) return <Alert color="red" title={t('common.errorTitle')}>{household.error.message}</Alert>;
  if (!household.data || household.data.id !== id) return <Loader aria-label={t('common.loading')} />;
  return <HouseholdPage household={household.data} />;
}

/** Foyers et personnes, under /foyers: the search, a new household, a household's page. */
export function HouseholdRoutes() {
  return (
    <Switch>
      <Route path="/">
        <HouseholdSearch />
      </Route>
      <Route path="/nouveau">
        <HouseholdCreate />
      </Route>
      <Route path="/:id">
        <HouseholdFromRoute />
      </Route>
    </Switch>
  );
}
