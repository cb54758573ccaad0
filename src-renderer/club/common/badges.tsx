import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractState } from '../../../src-main/club/contracts/contract.ts';
import type { FeeState } from '../../../src-main/club/fees/repository.ts';
import type { PartnerStatus } from '../../../src-main/club/partners/fields.ts';

/* Filled badges in the .9 shades: white text keeps the WCAG AA contrast. Never shrunk (and cut) by a narrow column. */

const STATUS_COLORS: Record<PartnerStatus, string> = { candidate: 'blue.9', active: 'teal.9', suspended: 'red.9', ended: 'gray.8' };
const FEE_COLORS: Record<FeeState, string> = { paid: 'teal.9', due: 'blue.9', overdue: 'red.9', cancelled: 'gray.8' };
const CONTRACT_COLORS: Record<ContractState, string> = { in_force: 'teal.9', ended: 'gray.8', upcoming: 'blue.9', used: 'grape.9' };

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="filled" miw="max-content">
      {t(`club.statuses.${status}`)}
    </Badge>
  );
}

export function FeeStateBadge({ state }: { state: FeeState }) {
  const { t } = useTranslation();
  return (
    <Badge color={FEE_COLORS[state]} variant="filled" miw="max-content">
      {t(`club.feeStates.${state}`)}
    </Badge>
  );
}

export function ContractStateBadge({ state }: { state: ContractState }) {
  const { t } = useTranslation();
  return (
    <Badge color={CONTRACT_COLORS[state]} variant="filled" miw="max-content">
      {t(`club.contractStates.${state}`)}
    </Badge>
  );
}
