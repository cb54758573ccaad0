import { Center, Loader } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { AuthContext, type SignedIn } from './AuthContext.ts';
import { LockScreen } from './LockScreen.tsx';
import { RecoveryScreen } from './RecoveryScreen.tsx';
import { LoginScreen } from './LoginScreen.tsx';
import { SetupScreen } from './SetupScreen.tsx';

/** Locks the screen after the office's inactivity delay (the backend locks the session on its side too). */
function IdleLock({ minutes }: { minutes: number }) {
  const idle = useIdle(minutes * 60_000, { initialState: false });
  const queryClient = useQueryClient();
  useEffect(() => {
    if (idle) void call('auth.lock', {}).then(() => queryClient.resetQueries());
  }, [idle, queryClient]);
  return null;
}

/** Shows the first-run, sign-in or lock screen until a staff member is signed in, then the app. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const recovery = useApiQuery('recovery.status', {});
  const status = useApiQuery('auth.status', {}, recovery.data?.damaged === false);
  if (recovery.data?.damaged) return <RecoveryScreen status={recovery.data} />;
  if (!status.data) return <Center mih="100vh"><Loader aria-label={t('common.loading')} /></Center>;
  const { data } = status;
  if (!data.setupDone) return <SetupScreen />;
  if (!data.user || !data.rights) return <LoginScreen />;
  if (data.locked) return <LockScreen status={data} />;
  return (
    <AuthContext.Provider value={data as SignedIn}>
      <IdleLock minutes={data.lockAfterMinutes} />
      {children}
    </AuthContext.Provider>
  );
}
