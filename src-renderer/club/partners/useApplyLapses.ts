import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';

/**
 * Applies the automatic lapse (fee unpaid past the grace period, agreement ended) on the dashboard, the partners and
 * the fees screens, for users who may write in the club. It reads first what is due and writes only when some
 * partner lapses, so that opening a screen leaves no audit entry and refreshes nothing otherwise. Says who lapsed.
 */
export function useApplyLapses(): void {
  const { t } = useTranslation();
  const canWrite = useCan('club', 'write');
  const pending = useApiQuery('club.partners.pendingLapses', {}, canWrite);
  const apply = useApiMutation('club.partners.applyLapses');
  const { mutate, isPending } = apply;
  const failed = useRef(false);
  const due = !pending.isFetching && pending.data !== undefined && pending.data.suspended.length + pending.data.ended.length > 0;
  useEffect(() => {
    if (!due || isPending || failed.current) return;
    mutate(
      {},
      {
        onSuccess: ({ suspended, ended }) => {
          if (suspended.length > 0) notifySuccess(t('club.partners.lapsedSuspended', { count: suspended.length, names: suspended.map((p) => p.name).join(', ') }));
          if (ended.length > 0) notifySuccess(t('club.partners.lapsedEnded', { count: ended.length, names: ended.map((p) => p.name).join(', ') }));
        },
        onError: (error) => {
          // Not again on every refresh: the message is shown once.
          failed.current = true;
          notifyError(error);
        },
      },
    );
  }, [due, isPending, mutate, t]);
}
