import { Alert, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailingScope } from '../../../src-main/club/mailing/recipients.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ResidenceSelect } from '../../components/ResidenceSelect.tsx';

/** Who the club writes to, per residence: a CSV for a mail merge, or address labels; never those who refused mail. */
export function MailingPage() {
  const { t } = useTranslation();
  const [residenceId, setResidenceId] = useState<number | null>(null);
  const [scope, setScope] = useState<MailingScope>('members');
  const input = { residenceId, scope };
  const list = useApiQuery('club.mailing.list', input);
  const data = list.data;
  return (
    <Stack>
      <Title order={1}>{t('club.mailing.title')}</Title>
      <Text>{t('club.mailing.intro')}</Text>
      <Paper withBorder p="md">
        <Group align="flex-start" gap="xl">
          <ResidenceSelect label={t('club.common.residence')} value={residenceId} onChange={setResidenceId} allLabel={t('club.mailing.allResidences')} />
          <Radio.Group label={t('club.mailing.scope')} value={scope} onChange={(value) => setScope(value as MailingScope)}>
            <Stack gap={6} mt={6}>
              <Radio value="members" label={t('club.mailing.scopes.members')} />
              <Radio value="all" label={t('club.mailing.scopes.all')} />
            </Stack>
          </Radio.Group>
        </Group>
      </Paper>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {data && (
        <>
          <Text data-testid="mailing-count">
            {t('club.mailing.count', { count: data.rows.length })}
            {data.refusedMail > 0 && ` ${t('club.mailing.refused', { count: data.refusedMail })}`}
            {data.withoutAddress > 0 && ` ${t('club.mailing.withoutAddress', { count: data.withoutAddress })}`}
          </Text>
          <Group>
            <DownloadButton
              label={t('club.mailing.csv')}
              format="csv"
              disabled={data.rows.length === 0}
              method="club.mailing.csv"
              input={input}
              success={(file) => t('club.mailing.csvDone', { count: file.count })}
            />
            <DownloadButton
              label={t('club.mailing.labels')}
              disabled={data.rows.length === 0}
              method="club.mailing.labels"
              input={input}
              success={(file) => t('club.mailing.labelsDone', { count: file.count })}
            />
          </Group>
          {data.rows.length > 0 && (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.contracts.fields.household')}</Table.Th>
                  <Table.Th>{t('club.common.residence')}</Table.Th>
                  <Table.Th>{t('club.mailing.address')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr key={row.householdId}>
                    <Table.Td>{row.householdName}</Table.Td>
                    <Table.Td>{row.residenceName ?? t('club.common.outsideStock')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-line' }}>{row.lines.join('\n')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
