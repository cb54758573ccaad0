import { Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CatalogueItem } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { Fact } from '../../components/Fact.tsx';
import { formatMoney } from '../../format/index.ts';
import { CopiesSection } from './CopiesSection.tsx';
import { KitParts } from './KitParts.tsx';
import { RecordEditModal } from './RecordEditModal.tsx';
import { RecordPhoto } from './RecordPhoto.tsx';

/** A record: what it is, its photo, its copies with their whereabouts, a kit's parts, and the edit form. */
export function RecordPage({ item }: { item: CatalogueItem }) {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const defaults = useApiQuery('catalogue.formDefaults', {});
  const [editing, setEditing] = useState(false);
  const none = t('common.none');
  const loanDays = item.loanDays ?? defaults.data?.loanDays;

  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('catalogue.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{item.title}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="filled" color="gray.8">
              {t(`catalogue.kinds.${item.kind}`)}
            </Badge>
            {item.categoryName && (
              <Badge variant="outline" color="gray.8">
                {item.categoryName}
              </Badge>
            )}
          </Group>
        </div>
        {canWrite && (
          <Button variant="default" onClick={() => setEditing(true)} leftSection={<IconPencil size={16} aria-hidden />}>
            {t('catalogue.editRecord')}
          </Button>
        )}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md" h="100%">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Fact label={t(`catalogue.authorLabel.${item.kind}`)}>{item.author || none}</Fact>
              {item.kind === 'book' && <Fact label={t('catalogue.fields.isbn')}>{item.isbn ?? none}</Fact>}
              <Fact label={t('catalogue.fields.replacementValueCents')}>{formatMoney(item.replacementValueCents)}</Fact>
              <Fact label={t('catalogue.fields.depositCents')}>{item.depositCents > 0 ? formatMoney(item.depositCents) : t('catalogue.noDeposit')}</Fact>
              <Fact label={t('catalogue.loanLength')}>
                {loanDays === undefined ? none : `${t('catalogue.days', { count: loanDays })}${item.loanDays === null ? ` ${t('catalogue.counterDefault')}` : ''}`}
              </Fact>
            </SimpleGrid>
            {item.description && (
              <Stack gap={4} mt="md">
                <Fact label={t('catalogue.fields.description')}>{item.description}</Fact>
              </Stack>
            )}
            <Stack gap={4} mt="md">
              <Fact label={t('catalogue.fields.conditions')}>{item.conditions || t('catalogue.noConditions')}</Fact>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <RecordPhoto itemId={item.id} title={item.title} hasPhoto={item.hasPhoto} canWrite={canWrite} />
        </Grid.Col>
      </Grid>
      <CopiesSection item={item} canWrite={canWrite} />
      {item.kind === 'kit' && <KitParts copies={item.copies} canWrite={canWrite} />}
      {editing && <RecordEditModal item={item} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
