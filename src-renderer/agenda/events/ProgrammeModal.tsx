import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../src-main/shared/days.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ResidenceSelect } from '../../components/ResidenceSelect.tsx';
import type { Language } from '../../format/index.ts';
import { monthsAround, monthTitle } from './dates.ts';

/** Chooses a residence and a month, then downloads the printable programme (PDF) for its notice board. */
export function ProgrammeModal({ residenceId: initialResidence, onClose }: { residenceId: number | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const today = localToday();
  const [residenceId, setResidenceId] = useState<number | null>(initialResidence);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [note, setNote] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('agenda.events.publish.programmeTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text size="sm">{t('agenda.events.publish.programmeHint')}</Text>
        <ResidenceSelect label={t('agenda.events.filters.residence')} value={residenceId} onChange={setResidenceId} required />
        <Select
          label={t('agenda.events.publish.month')}
          allowDeselect={false}
          data={monthsAround(today).map((value) => ({ value, label: monthTitle(`${value}-01`, language) }))}
          value={month}
          onChange={(value) => value && setMonth(value)}
        />
        <TextInput label={t('agenda.events.publish.note')} placeholder={t('agenda.events.publish.notePlaceholder')} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        <DownloadButton
          label={t('agenda.events.publish.download')}
          disabled={residenceId === null}
          method="agenda.calendar.programme"
          input={{ residenceId: residenceId!, month, note }}
          success={(file) => t('agenda.events.publish.programmeDone', { count: file.count })}
        />
      </Stack>
    </Modal>
  );
}
