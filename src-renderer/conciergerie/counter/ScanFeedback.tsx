import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface Feedback {
  tone: 'success' | 'error' | 'info';
  message: string;
  details?: string[];
  /** A copy refused because it is out or put aside: the member may join its waiting list. */
  holdOffer?: { itemId: number; title: string };
  /** Members found by name when what was typed is no code. */
  members?: { id: number; number: string; name: string }[];
}

const LOOK = {
  // Green fails the contrast check with white text even at shade 9: teal does not.
  success: { color: 'teal.9', icon: IconCheck },
  error: { color: 'red.9', icon: IconX },
  info: { color: 'blue.9', icon: IconInfoCircle },
} as const;

interface Props {
  feedback: Feedback | null;
  onPlaceHold: (itemId: number) => void;
  onPickMember: (memberId: number) => void;
}

function FeedbackCard({ feedback, onPlaceHold, onPickMember }: Props & { feedback: Feedback }) {
  const { t } = useTranslation();
  const { color, icon: Icon } = LOOK[feedback.tone];
  return (
    <Stack gap="xs">
      {/* A group, not Mantine's default role "alert": the live regions around it decide how it is announced. */}
      <Alert role="group" variant="filled" color={color} icon={<Icon aria-hidden />} title={feedback.message}>
        {feedback.details && feedback.details.length > 0 && (
          <List>
            {feedback.details.map((detail) => (
              <List.Item key={detail}>{detail}</List.Item>
            ))}
          </List>
        )}
      </Alert>
      {(feedback.holdOffer || feedback.members) && (
        <Group gap="xs">
          {feedback.holdOffer && (
            <Button variant="default" onClick={() => onPlaceHold(feedback.holdOffer!.itemId)}>
              {t('counter.placeHold', { title: feedback.holdOffer.title })}
            </Button>
          )}
          {feedback.members?.map((member) => (
            <Button key={member.id} variant="default" onClick={() => onPickMember(member.id)}>
              {`${member.number} — ${member.name}`}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/**
 * The outcome of the last scan or action, in colour and words. Refusals go to an assertive live region (read out at
 * once), the rest to a polite one.
 */
export function ScanFeedback(props: Props) {
  const { feedback } = props;
  return (
    <>
      <div role="alert">{feedback?.tone === 'error' && <FeedbackCard {...props} feedback={feedback} />}</div>
      <div role="status" aria-live="polite">
        {feedback && feedback.tone !== 'error' && <FeedbackCard {...props} feedback={feedback} />}
      </div>
    </>
  );
}
