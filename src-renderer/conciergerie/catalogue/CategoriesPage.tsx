import { Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CatalogueCategory } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { ITEM_KINDS, type ItemKind } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { EditArchiveButtons } from '../../components/EditArchiveButtons.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';

function NewCategoryForm() {
  const { t } = useTranslation();
  const create = useApiMutation('catalogue.createCategory');
  const form = useForm<{ kind: ItemKind; name: string }>({ initialValues: { kind: 'object', name: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const category = await create.mutateAsync(values);
      notifySuccess(t('catalogue.categories.created', { name: category.name }));
      form.setFieldValue('name', '');
    }),
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate>
        <Title order={2} size="h4" mb="sm">
          {t('catalogue.categories.new')}
        </Title>
        <Group align="flex-start">
          <Select {...form.getInputProps('kind')} label={t('catalogue.fields.kind')} data={ITEM_KINDS.map((value) => ({ value, label: t(`catalogue.kinds.${value}`) }))} allowDeselect={false} w={160} />
          <TextInput {...form.getInputProps('name')} label={t('catalogue.categories.name')} w={280} />
          <Button type="submit" mt={25} loading={create.isPending} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('common.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

function RenameModal({ category, onClose }: { category: CatalogueCategory; onClose: () => void }) {
  const { t } = useTranslation();
  const rename = useApiMutation('catalogue.renameCategory');
  const form = useForm({ initialValues: { name: category.name } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await rename.mutateAsync({ id: category.id, name: values.name });
      notifySuccess(t('catalogue.categories.renamed', { name: values.name.trim() }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('catalogue.categories.renameTitle', { name: category.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput {...form.getInputProps('name')} label={t('catalogue.categories.name')} data-autofocus />
          <FormButtons submitLabel={t('common.save')} busy={rename.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The categories of each kind of record: created, renamed, archived (no longer offered) and restored. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [renaming, setRenaming] = useState<CatalogueCategory | null>(null);
  const categories = useApiQuery('catalogue.categories', { kind: null, includeArchived });
  const setArchived = useApiMutation('catalogue.setCategoryArchived');
  const setArchivedTo = (category: CatalogueCategory, archived: boolean) =>
    setArchived.mutate(
      { id: category.id, archived },
      { onSuccess: () => notifySuccess(t(archived ? 'catalogue.categories.archived' : 'catalogue.categories.restored', { name: category.name })), onError: notifyError },
    );
  const rows = categories.data?.rows ?? [];

  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('catalogue.title')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>{t('catalogue.categories.title')}</Title>
        <Switch label={t('catalogue.categories.showArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      </Group>
      {canWrite && <NewCategoryForm />}
      {ITEM_KINDS.map((kind) => {
        const ofKind = rows.filter((category) => category.kind === kind);
        return (
          <Stack key={kind} gap="xs">
            <Title order={2} size="h4">
              {t(`catalogue.kindsPlural.${kind}`)}
            </Title>
            {ofKind.length === 0 ? (
              <Text size="sm">{t('catalogue.categories.none')}</Text>
            ) : (
              <Table withTableBorder striped aria-label={t(`catalogue.kindsPlural.${kind}`)}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('catalogue.categories.name')}</Table.Th>
                    <Table.Th>{t('catalogue.categories.records')}</Table.Th>
                    {canWrite && <Table.Th>{t('catalogue.copyFields.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ofKind.map((category) => (
                    <Table.Tr key={category.id}>
                      <Table.Td>
                        {category.name}
                        {category.archived && (
                          <Badge ml="xs" size="sm" variant="filled" color="gray.8">
                            {t('common.archived')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{category.itemCount}</Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <EditArchiveButtons
                            name={t('catalogue.categories.one', { name: category.name })}
                            editLabel={t('catalogue.categories.renameTitle', { name: category.name })}
                            archived={category.archived}
                            onEdit={() => setRenaming(category)}
                            onArchive={(archived) => setArchivedTo(category, archived)}
                          />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        );
      })}
      {renaming && <RenameModal category={renaming} onClose={() => setRenaming(null)} />}
    </Stack>
  );
}
