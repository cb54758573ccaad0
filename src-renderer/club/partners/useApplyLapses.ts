import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';

/**
 * Applies the automatic lapse (fee unpaid past the grace period, agreement ended) when the dashboard, the partners or
 * the fees screen opens, for users who may write in the club: a write, so never done by a mere read. Says who lapsed.
 */
export function useApplyLapses(): void {
  const { t } = useTranslation();
  const canWrite = useCan('club', 'write');
  const apply = useApiMutation('club.partners.applyLapses');
  const done = useRef(false);
  useEffect(() => {
    if (!canWrite || done.current) return;
    done.current = true;
    apply.mutate(
      {},
      {
        onSuccess: ({ suspended, ended }) => {
          if (suspended.length > 0) notifySuccess(t('club.partners.lapsedSuspended', { count: suspended.length, names: suspended.map((p) => p.name).join(', ') }));
          if (ended.length > 0) notifySuccess(t('club.partners.lapsedEnded', { count: ended.length, names: ended.map((p) => p.name).join(', ') }));
        },
        onError: notifyError,
      },
    );
  }, [apply, canWrite, t]);
}
