import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonCandidate } from '../../../src-main/conciergerie/members/contract.ts';
import { useApiQuery } from '../../api/hooks.ts';

interface Props {
  value: string | null;
  onChange: (candidate: PersonCandidate | null) => void;
  error?: React.ReactNode;
}

/** A person on file, tenant or not, found by name, phone or address; people who are members already cannot be chosen. */
export function PersonChoice({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useApiQuery('members.findPeople', { query }, query.length >= 2);
  const [chosen, setChosen] = useState<PersonCandidate | null>(null);
  const candidates = [...(chosen && !found.data?.some((c) => c.personId === chosen.personId) ? [chosen] : []), ...(found.data ?? [])];
  const describe = (c: PersonCandidate) =>
    [c.name, c.residenceName ?? (c.isTenant ? c.householdName : t('members.nonTenant')), c.member ? t('members.alreadyMember', { number: c.member.number }) : null]
      .filter(Boolean)
      .join(' — ');
  return (
    <Select
      label={t('members.enrolForm.person')}
      description={t('members.enrolForm.personHint')}
      placeholder={t('members.picker.placeholder')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={candidates.map((c) => ({ value: String(c.personId), label: describe(c), disabled: c.member !== null }))}
      value={value}
      onChange={(id) => {
        const candidate = candidates.find((c) => String(c.personId) === id) ?? null;
        setChosen(candidate);
        onChange(candidate);
      }}
      nothingFoundMessage={query.length >= 2 ? t('members.enrolForm.nobody') : t('members.picker.type')}
      error={error}
      data-autofocus
    />
  );
}
