import { Button, Menu } from '@mantine/core';
import { IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useAuth } from './AuthContext.ts';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';

/** Who is signed in, and the quick actions of a shared PC: lock, switch user, change password. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const [changing, setChanging] = useState(false);
  const then = (method: 'auth.lock' | 'auth.logout') => async () => {
    await call(method, {});
    await queryClient.resetQueries();
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" leftSection={<IconUserCircle size={18} aria-hidden />} aria-label={t('auth.userMenu', { name: user.displayName })}>
            {user.displayName} · {t(`auth.roles.${user.role}`)}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconLock size={16} aria-hidden />} onClick={then('auth.lock')}>
            {t('auth.lock')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={then('auth.logout')}>
            {t('auth.switchUser')}
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => setChanging(true)}>
            {t('auth.changePassword')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {changing && <ChangePasswordModal onClose={() => setChanging(false)} />}
    </>
  );
}
