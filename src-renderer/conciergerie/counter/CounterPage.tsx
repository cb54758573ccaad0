import { Button, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { MemberPanel } from './MemberPanel.tsx';
import { PendingLoan } from './PendingLoan.tsx';
import { ReturnPanel } from './ReturnPanel.tsx';
import { ScanFeedback } from './ScanFeedback.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { setSoundsEnabled, soundsEnabled } from './sounds.ts';
import { useCounterDesk } from './useCounterDesk.ts';

/**
 * The counter mode: one input for member cards and copy barcodes, as a keyboard-wedge scanner types them (fast,
 * then Enter), the member's card, the loan being prepared or the copy being taken back, and the keys to use.
 */
export function CounterPage() {
  const { t } = useTranslation();
  const desk = useCounterDesk();
  const [sounds, setSounds] = useState(soundsEnabled);
  const { memberId, member, returning, returnOptions, pending, canWrite } = desk;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('counter.title')}</Title>
        <Switch
          label={t('counter.sounds')}
          checked={sounds}
          onChange={(event) => {
            setSounds(event.currentTarget.checked);
            setSoundsEnabled(event.currentTarget.checked);
          }}
        />
      </Group>
      <TextInput
        ref={desk.inputRef}
        size="lg"
        label={t('counter.input')}
        description={memberId === null ? t('counter.inputHintNoMember') : t('counter.inputHintMember')}
        value={desk.code}
        onChange={(event) => desk.setCode(event.currentTarget.value)}
        onKeyDown={desk.onKeyDown}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
      />
      {canWrite && (
        <Group>
          <Button variant="default" leftSection={<IconEraser size={16} aria-hidden />} onClick={desk.clearAll}>
            {t('counter.clear')}
          </Button>
          {desk.lastLoanIds.length > 0 && <DownloadButton method="loans.formPdf" input={{ loanIds: desk.lastLoanIds }} label={t('counter.printForm')} />}
        </Group>
      )}
      <ScanFeedback feedback={desk.feedback} onPlaceHold={(itemId) => void desk.onPlaceHold(itemId)} onPickMember={desk.pickMember} />
      {returning && returnOptions && canWrite && (
        <ReturnPanel scan={returning} options={returnOptions} onOptionsChange={desk.setReturnOptions} onConfirm={() => void desk.confirmReturn()} busy={desk.busy} />
      )}
      {pending.length > 0 && canWrite && (
        <PendingLoan
          pending={pending}
          options={desk.loanOptions}
          onOptionsChange={desk.setLoanOptions}
          onRemove={desk.removePending}
          onConfirm={() => void desk.confirmLoan()}
          busy={desk.busy}
        />
      )}
      {member && memberId !== null && <MemberPanel member={member} onRenew={(id) => void desk.onRenew(id)} canWrite={canWrite} />}
      {memberId === null && !returning && <Text>{t('counter.idle')}</Text>}
      <ShortcutHelp />
    </Stack>
  );
}
