import { useEffect } from 'react';
import { useApiMutation } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';

/**
 * Mounted once in the app shell, whatever screen is open: when the network comes back after days offline, the
 * waiting exports leave at once rather than at their next scheduled try. Nothing is shown; the outbox screen tells.
 */
export function RetryOutboxWhenOnline() {
  const canSend = useCan('federation', 'write');
  const retry = useApiMutation('federation.outbox.retryNow');
  const { mutate } = retry;
  useEffect(() => {
    if (!canSend) return;
    const onOnline = () => mutate({});
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [canSend, mutate]);
  return null;
}
