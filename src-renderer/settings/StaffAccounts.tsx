import { Badge, Button, Group, Menu, Stack, Table, Title, ActionIcon } from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../src-main/staff/contract.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { StaffAccountModal, type StaffModalMode } from './StaffAccountModal.tsx';

export function StaffAccounts() {
  const { t } = useTranslation();
  const staff = useApiQuery('staff.list', {});
  const setDisabled = useApiMutation('staff.setDisabled');
  const [modal, setModal] = useState<StaffModalMode | null>(null);
  const toggle = (member: StaffMember) =>
    setDisabled.mutateAsync({ id: member.id, disabled: !member.disabledAt }).then(
      (saved) => notifySuccess(t(saved.disabledAt ? 'staff.disabledDone' : 'staff.enabledDone', { name: saved.displayName })),
      notifyError,
    );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('staff.accounts')}
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setModal({ kind: 'create' })}>
          {t('staff.newAccount')}
        </Button>
      </Group>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auth.displayName')}</Table.Th>
            <Table.Th>{t('auth.login')}</Table.Th>
            <Table.Th>{t('staff.role')}</Table.Th>
            <Table.Th>{t('staff.status')}</Table.Th>
            <Table.Th aria-label={t('common.edit')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.data?.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>{member.displayName}</Table.Td>
              <Table.Td>{member.login}</Table.Td>
              <Table.Td>{t(`auth.roles.${member.role}`)}</Table.Td>
              <Table.Td>
                <Badge color={member.disabledAt ? 'gray.8' : 'teal.9'} variant="filled">
                  {member.disabledAt ? t('staff.disabled') : t('staff.active')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('staff.editAccount', { name: member.displayName })}>
                      <IconDots size={16} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setModal({ kind: 'edit', member })}>{t('common.edit')}</Menu.Item>
                    <Menu.Item onClick={() => setModal({ kind: 'password', member })}>{t('staff.resetPassword')}</Menu.Item>
                    <Menu.Item onClick={() => void toggle(member)}>{member.disabledAt ? t('staff.enable') : t('staff.disable')}</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {modal && <StaffAccountModal mode={modal} onClose={() => setModal(null)} />}
    </Stack>
  );
}
