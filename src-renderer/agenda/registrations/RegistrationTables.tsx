import { Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../src-main/shared/phone.ts';
import type { Output } from '../../api/client.ts';
import { useFormats } from '../../format/useFormats.ts';
import { ActionsCell, type OnRowAction } from './RowButtons.tsx';

export type Registration = Output<'agenda.registrations.list'>['confirmed'][number];

/** What a registration has paid and still holds: its receipt less the refunds made from it (0 when unpaid). */
export const heldCents = (registration: Registration): number => (registration.payment ? registration.payment.amountCents - registration.payment.refundedCents : 0);

const k = 'agenda.registrations';

function Who({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={500}>{registration.name}</Text>
      <Text size="sm" c="gray.7">
        {[registration.memberNumber, registration.guestPhone && formatPhone(registration.guestPhone), registration.promotedAt && t(`${k}.promoted`)].filter(Boolean).join(' · ')}
      </Text>
    </>
  );
}

const place = (r: Registration) => [r.householdName, r.residenceName].filter(Boolean).join(' · ') || '—';

function PaymentState({ registration, priceCents }: { registration: Registration; priceCents: number }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  if (registration.amountDueCents > 0) {
    return (
      <Badge color="red.9" variant="filled">
        {t(`${k}.payment.due`, { amount: money(registration.amountDueCents) })}
      </Badge>
    );
  }
  if (registration.payment) {
    const refunded = heldCents(registration) <= 0;
    return <Text size="sm">{refunded ? t(`${k}.payment.refunded`) : t(`${k}.payment.paid`, { receipt: registration.payment.receiptNumber })}</Text>;
  }
  return <Text size="sm">{priceCents > 0 ? '—' : t(`${k}.payment.free`)}</Text>;
}

/** The frame of the confirmed and waiting tables: scrolls sideways on a narrow window; an actions column for writers. */
function ListTable({ head, canWrite, children }: { head: ReactNode; canWrite: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {head}
            {canWrite && <Table.Th>{t(`${k}.columns.actions`)}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ConfirmedProps {
  rows: Registration[];
  priceCents: number;
  canWrite: boolean;
  onAttended: (registration: Registration, attended: boolean) => void;
  onAction: OnRowAction;
}

/** Who has a seat: attendance ticked here, payments owed, seats, guests attached, cancellation. */
export function ConfirmedTable({ rows, priceCents, canWrite, onAttended, onAction }: ConfirmedProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="gray.7">{t(`${k}.lists.noneConfirmed`)}</Text>;
  return (
    <ListTable
      canWrite={canWrite}
      head={
        <>
          <Table.Th>{t(`${k}.columns.attended`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.name`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.household`)}</Table.Th>
          <Table.Th ta="right">{t(`${k}.columns.seats`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.payment`)}</Table.Th>
        </>
      }
    >
      {rows.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Checkbox
                aria-label={t(`${k}.actions.attendedOf`, { name: r.name })}
                checked={r.attendedAt !== null}
                disabled={!canWrite}
                onChange={(event) => onAttended(r, event.currentTarget.checked)}
              />
              {r.attendanceSource && (
                <Text size="xs" c="gray.7">
                  {t(`${k}.source.${r.attendanceSource}`)}
                </Text>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <Who registration={r} />
          </Table.Td>
          <Table.Td>{place(r)}</Table.Td>
          <Table.Td ta="right">{r.seats}</Table.Td>
          <Table.Td>
            <PaymentState registration={r} priceCents={priceCents} />
          </Table.Td>
          {canWrite && <ActionsCell registration={r} onAction={onAction} />}
        </Table.Tr>
      ))}
    </ListTable>
  );
}

/** The waiting line, in the order seats are given. */
export function WaitingTable({ rows, canWrite, onAction }: { rows: Registration[]; canWrite: boolean; onAction: OnRowAction }) {
  const { t } = useTranslation();
  const { date } = useFormats();
  if (rows.length === 0) return <Text c="gray.7">{t(`${k}.lists.noneWaiting`)}</Text>;
  return (
    <ListTable
      canWrite={canWrite}
      head={
        <>
          <Table.Th ta="right">{t(`${k}.columns.position`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.name`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.household`)}</Table.Th>
          <Table.Th ta="right">{t(`${k}.columns.seats`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.registeredAt`)}</Table.Th>
        </>
      }
    >
      {rows.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td ta="right">{r.position}</Table.Td>
          <Table.Td>
            <Who registration={r} />
          </Table.Td>
          <Table.Td>{place(r)}</Table.Td>
          <Table.Td ta="right">{r.seats}</Table.Td>
          <Table.Td>{date(r.registeredAt)}</Table.Td>
          {canWrite && <ActionsCell registration={r} onAction={onAction} />}
        </Table.Tr>
      ))}
    </ListTable>
  );
}

/** Cancelled registrations, kept for the record. */
export function CancelledTable({ rows }: { rows: Registration[] }) {
  const { t } = useTranslation();
  const { date } = useFormats();
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`${k}.columns.name`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.household`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.cancelledAt`)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.name}</Table.Td>
            <Table.Td>{place(r)}</Table.Td>
            <Table.Td>{date(r.cancelledAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
