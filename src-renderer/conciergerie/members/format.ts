import { useTranslation } from 'react-i18next';
import type { PeriodUnit } from '../../../src-main/conciergerie/members/periods.ts';

/** "1 mois", "2 ans", "15 jours": a length in the UI's language. */
export function useLength() {
  const { t } = useTranslation();
  return ({ periodUnit, periodCount }: { periodUnit: PeriodUnit; periodCount: number }) => t(`members.lengths.${periodUnit}`, { count: periodCount });
}

/** "Inscription enregistrée : numéro A00042, reçu 2026-000012." */
export function useEnrolledMessage() {
  const { t } = useTranslation();
  return (enrolled: { number: string; payment: { receiptNumber: string } | null }) =>
    enrolled.payment ? t('members.enrolledPaid', { number: enrolled.number, receipt: enrolled.payment.receiptNumber }) : t('members.enrolled', { number: enrolled.number });
}
