import { Anchor, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SKILL_CATEGORIES, type SkillCategory, type SkillDirection } from '../../src-main/skills/categories.ts';
import { useApiQuery } from '../api/hooks.ts';
import { BackToHouseholds } from '../followup/FoyersToolLinks.tsx';

export function DirectionBadge({ direction }: { direction: SkillDirection }) {
  const { t } = useTranslation();
  return (
    <Badge color={direction === 'offer' ? 'teal.9' : 'violet.9'} variant="filled">
      {t(`skills.directions.${direction}`)}
    </Badge>
  );
}

/** "Who can help with sewing in Les Tilleuls?": the know-how exchange directory. */
export function SkillsDirectory() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [category, setCategory] = useState<SkillCategory | null>(null);
  const [direction, setDirection] = useState<SkillDirection | null>('offer');
  const [residenceId, setResidenceId] = useState<string | null>(null);
  const residences = useApiQuery('residences.list', { limit: 500, sort: 'name' });
  const found = useApiQuery('skills.search', { query: debounced, category, direction, residenceId: residenceId ? Number(residenceId) : null });
  const total = found.data?.total ?? 0;

  return (
    <Stack>
      <BackToHouseholds />
      <Title order={1}>{t('skills.title')}</Title>
      <Text>{t('skills.intro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('skills.search')}
          placeholder={t('skills.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          w={340}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <Select
          label={t('skills.category')}
          placeholder={t('skills.allCategories')}
          clearable
          data={SKILL_CATEGORIES.map((value) => ({ value, label: t(`skills.categories.${value}`) }))}
          value={category}
          onChange={(value) => setCategory(value as SkillCategory | null)}
        />
        <Select
          label={t('skills.direction')}
          data={[
            { value: 'all', label: t('skills.directions.all') },
            { value: 'offer', label: t('skills.directions.offer') },
            { value: 'want', label: t('skills.directions.want') },
          ]}
          allowDeselect={false}
          value={direction ?? 'all'}
          onChange={(value) => setDirection(value === 'offer' || value === 'want' ? value : null)}
        />
        <Select
          label={t('skills.residence')}
          placeholder={t('skills.allResidences')}
          clearable
          searchable
          data={(residences.data?.rows ?? []).map((residence) => ({ value: String(residence.id), label: residence.name }))}
          value={residenceId}
          onChange={setResidenceId}
        />
      </Group>
      <Text size="sm" c="gray.7" aria-live="polite">
        {found.isLoading ? t('common.loading') : t('common.results', { count: total })}
      </Text>
      {found.data && found.data.rows.length === 0 ? (
        <Text>{t('skills.none')}</Text>
      ) : (
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('skills.columns.person')}</Table.Th>
              <Table.Th>{t('skills.columns.residence')}</Table.Th>
              <Table.Th>{t('skills.columns.direction')}</Table.Th>
              <Table.Th>{t('skills.columns.category')}</Table.Th>
              <Table.Th>{t('skills.columns.label')}</Table.Th>
              <Table.Th>{t('skills.columns.availability')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {found.data?.rows.map((skill) => (
              <Table.Tr key={skill.id}>
                <Table.Td>
                  <Anchor component={Link} href={`~/foyers/${skill.householdId}`} fw={600}>
                    {skill.personName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{skill.residenceName ?? t('skills.outsideStock')}</Table.Td>
                <Table.Td>
                  <DirectionBadge direction={skill.direction} />
                </Table.Td>
                <Table.Td>{t(`skills.categories.${skill.category}`)}</Table.Td>
                <Table.Td>{skill.label}</Table.Td>
                <Table.Td>{skill.availability || t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
