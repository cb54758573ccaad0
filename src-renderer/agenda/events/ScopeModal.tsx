import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Scope = 'one' | 'series';

/** "Cette séance seulement / Toute la série (séances à venir)", as calendar apps ask. */
export function ScopeModal({ title, onChoose, onClose }: { title: string; onChoose: (scope: Scope) => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{t('agenda.events.scope.question')}</Text>
        <Button variant="default" onClick={() => onChoose('one')} data-autofocus>
          {t('agenda.events.scope.one')}
        </Button>
        <Button variant="default" onClick={() => onChoose('series')}>
          {t('agenda.events.scope.series')}
        </Button>
      </Stack>
    </Modal>
  );
}
