import { Button, FileButton, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { resizedJpegBase64 } from './photo-resize.ts';

/** The record's photo: shown, replaced from a local file (resized here first), removed. */
export function RecordPhoto({ itemId, title, hasPhoto, canWrite }: { itemId: number; title: string; hasPhoto: boolean; canWrite: boolean }) {
  const { t } = useTranslation();
  const photo = useApiQuery('catalogue.photo', { itemId }, hasPhoto);
  const setPhoto = useApiMutation('catalogue.setPhoto');
  const removePhoto = useApiMutation('catalogue.removePhoto');
  const [reading, setReading] = useState(false);

  const pick = async (file: File | null) => {
    if (!file) return;
    setReading(true);
    let base64: string;
    try {
      base64 = await resizedJpegBase64(file);
    } catch {
      notifyError(t('catalogue.photo.unreadable'));
      return;
    } finally {
      setReading(false);
    }
    setPhoto.mutate({ itemId, base64 }, { onSuccess: () => notifySuccess(t('catalogue.photo.saved')), onError: notifyError });
  };
  const remove = () => removePhoto.mutate({ itemId }, { onSuccess: () => notifySuccess(t('catalogue.photo.removed')), onError: notifyError });
  const shown = hasPhoto ? photo.data?.photo : null;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('catalogue.photo.title')}
        </Title>
        {shown ? (
          <Image src={`data:${shown.mime};base64,${shown.base64}`} alt={t('catalogue.photo.alt', { title })} maw={320} mah={320} fit="contain" radius="sm" />
        ) : (
          <Text size="sm" c="gray.7">
            {t('catalogue.photo.none')}
          </Text>
        )}
        {canWrite && (
          <Group gap="sm">
            <FileButton onChange={(file) => void pick(file)} accept="image/jpeg,image/png,image/webp">
              {(props) => (
                <Button variant="default" leftSection={<IconPhoto size={16} aria-hidden />} loading={reading || setPhoto.isPending} {...props}>
                  {hasPhoto ? t('catalogue.photo.replace') : t('catalogue.photo.choose')}
                </Button>
              )}
            </FileButton>
            {hasPhoto && (
              <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} onClick={remove} loading={removePhoto.isPending}>
                {t('catalogue.photo.remove')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
