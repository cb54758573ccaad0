import { Button, Group, Table } from '@mantine/core';
import { IconCash, IconLink, IconUsers, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Registration } from './RegistrationTables.tsx';

const k = 'agenda.registrations';

/** What can be done to a registration from its row, each opening its own modal. */
export type RowAction = 'pay' | 'seats' | 'attach' | 'cancel';
export type OnRowAction = (action: RowAction, registration: Registration) => void;

/** The row's buttons, for those who may write: pay what is owed, change a household's seats, attach a guest, cancel. */
export function ActionsCell({ registration: r, onAction }: { registration: Registration; onAction: OnRowAction }) {
  const { t } = useTranslation();
  const name = { name: r.name };
  const button = (action: RowAction, Icon: typeof IconX, text: string, accessibleName: string) => (
    <Button size="xs" variant={action === 'pay' ? 'light' : 'default'} leftSection={<Icon size={14} aria-hidden />} aria-label={accessibleName} onClick={() => onAction(action, r)}>
      {text}
    </Button>
  );
  return (
    <Table.Td>
      <Group gap={4} wrap="nowrap">
        {r.amountDueCents > 0 && button('pay', IconCash, t(`${k}.actions.pay`), t(`${k}.actions.payOf`, name))}
        {r.kind === 'household' && button('seats', IconUsers, t(`${k}.actions.seats`), t(`${k}.actions.seatsOf`, name))}
        {r.kind === 'guest' && button('attach', IconLink, t(`${k}.actions.attach`), t(`${k}.actions.attachOf`, name))}
        {r.attendedAt === null && button('cancel', IconX, t(`${k}.actions.cancel`), t(`${k}.actions.cancelOf`, name))}
      </Group>
    </Table.Td>
  );
}
