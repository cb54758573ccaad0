import { ActionIcon, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SKILL_CATEGORIES, type SkillCategory, type SkillDirection } from '../../src-main/skills/categories.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { useCan } from '../auth/AuthContext.ts';
import { DirectionBadge } from './SkillsDirectory.tsx';

interface PersonOption {
  id: number;
  name: string;
}

function AddSkillModal({ people, onClose }: { people: PersonOption[]; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('skills.add');
  const form = useForm({
    mode: 'controlled',
    initialValues: { personId: people.length === 1 ? String(people[0]!.id) : '', direction: 'offer', category: '', label: '', availability: '' },
  });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await add.mutateAsync({
        personId: Number(values.personId) || (undefined as unknown as number),
        direction: values.direction as SkillDirection,
        category: (values.category || undefined) as SkillCategory,
        label: values.label,
        availability: values.availability,
      });
      notifySuccess(t('skills.added'));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('skills.add')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select required data-autofocus data={people.map((p) => ({ value: String(p.id), label: p.name }))} allowDeselect={false} {...field('personId', t('skills.fields.person'))} />
            <Select
              required
              allowDeselect={false}
              data={(['offer', 'want'] as const).map((value) => ({ value, label: t(`skills.directions.${value}`) }))}
              {...field('direction', t('skills.fields.direction'))}
            />
            <Select required data={SKILL_CATEGORIES.map((value) => ({ value, label: t(`skills.categories.${value}`) }))} {...field('category', t('skills.fields.category'))} />
            <TextInput required {...field('label', t('skills.fields.label'))} />
          </SimpleGrid>
          <TextInput description={t('skills.fields.availabilityHint')} {...field('availability', t('skills.fields.availability'))} />
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('common.add')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

/**
 * The skills section of a household page: what its people offer or want, with add and remove for roles that may
 * write in the households module. `people`: the household's people, with the name to show.
 */
export function HouseholdSkills({ householdId, people }: { householdId: number; people: PersonOption[] }) {
  const { t } = useTranslation();
  const canWrite = useCan('households', 'write');
  const skills = useApiQuery('skills.ofHousehold', { id: householdId }, householdId > 0);
  const remove = useApiMutation('skills.remove');
  const [adding, setAdding] = useState(false);
  const rows = skills.data?.rows ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('skills.householdTitle')}
          </Title>
          {canWrite && people.length > 0 && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
              {t('skills.add')}
            </Button>
          )}
        </Group>
        {rows.length === 0 ? (
          <Text>{t('skills.householdNone')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skills.columns.person')}</Table.Th>
                <Table.Th>{t('skills.columns.direction')}</Table.Th>
                <Table.Th>{t('skills.columns.category')}</Table.Th>
                <Table.Th>{t('skills.columns.label')}</Table.Th>
                <Table.Th>{t('skills.columns.availability')}</Table.Th>
                {canWrite && (
                  <Table.Th>
                    <VisuallyHidden>{t('skills.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((skill) => (
                <Table.Tr key={skill.id}>
                  <Table.Td>{skill.personName}</Table.Td>
                  <Table.Td>
                    <DirectionBadge direction={skill.direction} />
                  </Table.Td>
                  <Table.Td>{t(`skills.categories.${skill.category}`)}</Table.Td>
                  <Table.Td>{skill.label}</Table.Td>
                  <Table.Td>{skill.availability || t('common.none')}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('skills.remove', { label: skill.label })}
                        onClick={() => remove.mutate({ id: skill.id }, { onSuccess: () => notifySuccess(t('skills.removed')), onError: notifyError })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {adding && <AddSkillModal people={people} onClose={() => setAdding(false)} />}
    </Paper>
  );
}
