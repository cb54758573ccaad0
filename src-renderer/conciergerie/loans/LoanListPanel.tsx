import { Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../../src-main/conciergerie/loans/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { LoanTable } from './LoanTable.tsx';

const PAGE_SIZE = 50;

/** Loans out now (overdue ones alone on request) or returned ones, searched by member, title or barcode. */
export function LoanListPanel({ returned }: { returned: boolean }) {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [page, setPage] = useState(1);
  const paging = { search: query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const open = useApiQuery('loans.open', { ...paging, overdueOnly }, !returned);
  const history = useApiQuery('loans.history', paging, returned);
  const data = returned ? history.data : open.data;
  const renew = useApiMutation('loans.renew');
  const onRenew = async (loan: LoanView) => {
    try {
      notifySuccess((await renew.mutateAsync({ id: loan.id })).message);
    } catch (error) {
      notifyError(error);
    }
  };
  const total = data?.total ?? 0;
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('loans.search')}
          description={t('loans.searchHint')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={360}
        />
        {!returned && (
          <Checkbox
            label={t('loans.overdueOnly')}
            checked={overdueOnly}
            onChange={(event) => {
              setOverdueOnly(event.currentTarget.checked);
              setPage(1);
            }}
          />
        )}
      </Group>
      {data && data.rows.length === 0 ? (
        <Text>{returned ? t('loans.noHistory') : overdueOnly ? t('loans.noOverdue') : t('loans.noOpen')}</Text>
      ) : (
        data && (
          <LoanTable
            rows={data.rows}
            returned={returned}
            onRenew={!returned && canWrite ? (loan) => void onRenew(loan) : undefined}
            caption={t(returned ? 'loans.historyCaption' : 'loans.openCaption', { count: total })}
          />
        )
      )}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
