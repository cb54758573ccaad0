import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ResidenceSelect } from '../../components/ResidenceSelect.tsx';
import { OfferFormModal } from './OfferFormModal.tsx';
import { OffersTable } from './OffersTable.tsx';

/** Every offer of the club's partners, and the printable booklet of a residence. */
export function OffersPage() {
  const { t } = useTranslation();
  const canWrite = useCan('club', 'write');
  const [includeUnavailable, setIncludeUnavailable] = useState(false);
  const [adding, setAdding] = useState(false);
  const [residenceId, setResidenceId] = useState<number | null>(null);
  const offers = useApiQuery('club.offers.list', { includeUnavailable });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('club.offers.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('club.offers.add')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('club.offers.bookletTitle')}
          </Title>
          <Text size="sm">{t('club.offers.bookletHint')}</Text>
          <Group align="flex-end">
            <ResidenceSelect label={t('club.common.residence')} value={residenceId} onChange={setResidenceId} required />
            <DownloadButton
              label={t('club.offers.bookletDownload')}
              disabled={residenceId === null}
              method="club.offers.booklet"
              input={{ residenceId: residenceId! }}
              success={(file) => t('club.offers.bookletDone', { count: file.count })}
            />
          </Group>
        </Stack>
      </Paper>
      <Checkbox label={t('club.offers.includeUnavailable')} checked={includeUnavailable} onChange={(event) => setIncludeUnavailable(event.currentTarget.checked)} />
      {offers.error && <Alert color="red">{offers.error.message}</Alert>}
      {offers.data && <OffersTable offers={offers.data.rows} />}
      {adding && <OfferFormModal onClose={() => setAdding(false)} />}
    </Stack>
  );
}
