import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useParams } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { EnrolPage } from './EnrolPage.tsx';
import { MemberPage } from './MemberPage.tsx';
import { MembersList } from './MembersList.tsx';
import { TypesPage } from './TypesPage.tsx';

/** Loads the member of the route's id, then shows their page. */
function MemberRoute() {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const member = useApiQuery('members.get', { id }, Number.isInteger(id) && id > 0);
  if (member.error) return <Alert color="red" title={t('common.errorTitle')}>{member.error.message}</Alert>;
  if (!member.data || member.data.id !== id) return <Loader aria-label={t('common.loading')} />;
  return <MemberPage member={member.data} />;
}

/** Members under /conciergerie/adherents: the list, the enrolment, the membership types, a member's page. */
export function MembersRoutes() {
  return (
    <Switch>
      <Route path="/">
        <MembersList />
      </Route>
      <Route path="/inscription">
        <EnrolPage />
      </Route>
      <Route path="/types">
        <TypesPage />
      </Route>
      <Route path="/:id">
        <MemberRoute />
      </Route>
    </Switch>
  );
}
