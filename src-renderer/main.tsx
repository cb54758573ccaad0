import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import 'dayjs/locale/en-gb';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ApiError, transport } from './api/client.ts';
import { AuthGate } from './auth/AuthGate.tsx';
import { App } from './app/App.tsx';
import { cssVariablesResolver, theme } from './app/theme.ts';
import { initI18n } from './i18n/index.ts';

// The transport reads (and removes) the browser-mode token from the address before the router looks at it.
void transport;
const i18n = initI18n();
// A call refused because the session was locked or signed out elsewhere brings the sign-in or lock screen back.
const onAuthError = (error: Error) => {
  if (error instanceof ApiError && ['LOCKED', 'UNAUTHENTICATED'].includes(error.payload.code)) {
    void queryClient.invalidateQueries({ queryKey: ['auth.status'] });
  }
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthError }),
  mutationCache: new MutationCache({ onError: onAuthError }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-right" />
          <AuthGate>
            <Router hook={useHashLocation}>
              <App />
            </Router>
          </AuthGate>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
