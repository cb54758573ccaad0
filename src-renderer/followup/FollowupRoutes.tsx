import { Alert, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useParams } from 'wouter';
import { useCan } from '../auth/AuthContext.ts';
import { FollowupHome } from './FollowupHome.tsx';
import { FollowupPage } from './FollowupPage.tsx';

function FollowupById() {
  return <FollowupPage id={Number(useParams<{ id: string }>().id)} />;
}

/** /foyers/suivi: only for roles holding at least read on the follow-up (the backend refuses the others anyway). */
export function FollowupRoutes() {
  const { t } = useTranslation();
  if (!useCan('followup')) {
    return (
      <>
        <Title order={1} mb="md">
          {t('followup.title')}
        </Title>
        <Alert icon={<IconLock aria-hidden />} color="gray" variant="light">
          {t('followup.forbidden')}
        </Alert>
      </>
    );
  }
  return (
    <Switch>
      <Route path="/">
        <FollowupHome />
      </Route>
      <Route path="/:id">
        <FollowupById />
      </Route>
    </Switch>
  );
}
