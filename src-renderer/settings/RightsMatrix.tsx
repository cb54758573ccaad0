import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEVELS, MODULES, ROLES, type Level } from '../../src-main/auth/rights.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';

/** One level per role and module, as Paheko presents it; the administrator's column is fixed. */
export function RightsMatrix() {
  const { t } = useTranslation();
  const rights = useApiQuery('staff.rights', {});
  const setRight = useApiMutation('staff.setRight');
  const levels = LEVELS.map((level) => ({ value: level, label: t(`staff.levels.${level}`) }));
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('staff.rights')}
      </Title>
      <Text size="sm">{t('staff.rightsIntro')}</Text>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {ROLES.map((role) => (
                <Table.Th key={role}>{t(`auth.roles.${role}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {MODULES.map((module) => (
              <Table.Tr key={module}>
                <Table.Th scope="row">{t(`staff.modules.${module}`)}</Table.Th>
                {ROLES.map((role) => (
                  <Table.Td key={role}>
                    <NativeSelect
                      size="xs"
                      aria-label={t('staff.rightFor', { role: t(`auth.roles.${role}`), module: t(`staff.modules.${module}`) })}
                      data={levels}
                      value={rights.data?.[role]?.[module] ?? 'none'}
                      disabled={role === 'administrator' || !rights.data}
                      onChange={(event) =>
                        setRight
                          .mutateAsync({ role, module, level: event.currentTarget.value as Level })
                          .then(() => notifySuccess(t('staff.rightSaved')), notifyError)
                      }
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
