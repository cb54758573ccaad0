import { Anchor, Group, List, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { ApiError } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { playRefusal, playSuccess, setSoundsEnabled, soundsEnabled } from '../../conciergerie/counter/sounds.ts';
import type { Language } from '../../format/index.ts';
import { DoorFeedback, type DoorMessage } from './DoorFeedback.tsx';
import { SummaryBadges } from './SummaryBadges.tsx';
import { formatEventStart } from '../events/dates.ts';

const k = 'agenda.registrations.door';

/**
 * Check-in at the door: one input that keeps the focus, for member cards as a keyboard-wedge scanner types them
 * (fast, then Enter). Each card is checked in at once, with a colour, a short sound and a spoken message; the counts
 * follow live. Cards are handled one after the other, in the order they were scanned.
 */
export function AttendanceDesk() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const eventId = Number(useParams<{ id: string }>().id);
  const list = useApiQuery('agenda.registrations.list', { eventId }, Number.isInteger(eventId) && eventId > 0);
  const checkIn = useApiMutation('agenda.registrations.checkIn');
  const inputRef = useRef<HTMLInputElement>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [code, setCode] = useState('');
  const [feedback, setFeedback] = useState<DoorMessage | null>(null);
  const [sounds, setSounds] = useState(soundsEnabled);

  useEffect(() => inputRef.current?.focus(), [list.data?.event.id]);

  const scan = (typed: string, walkIn = false, paymentMethod: PaymentMethod | null = null) => {
    chain.current = chain.current.then(async () => {
      try {
        const result = await checkIn.mutateAsync({ eventId, code: typed, walkIn, paymentMethod });
        const tone = result.kind === 'checked_in' || result.kind === 'walk_in' ? 'success' : 'info';
        if (tone === 'success') playSuccess();
        setFeedback({ tone, message: result.message, walkInCode: result.kind === 'offer_walk_in' ? result.memberNumber : undefined });
      } catch (error) {
        playRefusal();
        setFeedback({ tone: 'error', message: error instanceof ApiError ? error.message : String(error) });
      }
      inputRef.current?.focus();
    });
  };

  if (!list.data) return null;
  const { event, summary, confirmed } = list.data;
  const here = confirmed.filter((r) => r.attendedAt !== null);
  const expected = confirmed.filter((r) => r.attendedAt === null);

  return (
    <Stack>
      <Anchor component={Link} href={`/evenements/${eventId}`}>
        {t(`${k}.back`)}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>{t(`${k}.title`, { title: event.title })}</Title>
        <Switch
          label={t(`${k}.sounds`)}
          checked={sounds}
          onChange={(e) => {
            setSounds(e.currentTarget.checked);
            setSoundsEnabled(e.currentTarget.checked);
          }}
        />
      </Group>
      <Text>{[formatEventStart(event.startsAt, language), event.place].filter(Boolean).join(' · ')}</Text>
      <SummaryBadges summary={summary} />
      {event.status === 'cancelled' ? (
        <Text c="red.9">{t(`${k}.cancelledEvent`)}</Text>
      ) : (
        <TextInput
          ref={inputRef}
          size="lg"
          label={t(`${k}.input`)}
          description={t(`${k}.hint`)}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            const typed = code.trim();
            setCode('');
            if (typed) scan(typed);
          }}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
      )}
      <DoorFeedback
        feedback={feedback}
        paid={event.priceCents > 0}
        onWalkIn={(card, method) => scan(card, true, method)}
        onDismiss={() => {
          setFeedback(null);
          inputRef.current?.focus();
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t(`${k}.expectedList`)} ({expected.length})
          </Title>
          {expected.length === 0 ? (
            <Text c="gray.7">{t(`${k}.everyoneHere`)}</Text>
          ) : (
            <List>
              {expected.map((r) => (
                <List.Item key={r.id}>{[r.name, r.memberNumber].filter(Boolean).join(' — ')}</List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t(`${k}.attendedList`)} ({here.length})
          </Title>
          {here.length === 0 ? (
            <Text c="gray.7">{t(`${k}.noneYet`)}</Text>
          ) : (
            <List>
              {here.map((r) => (
                <List.Item key={r.id}>{r.name}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
