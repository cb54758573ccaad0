import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { notifySuccess } from '../../app/notify.ts';
import { EnrolForm } from './EnrolForm.tsx';
import { useEnrolledMessage } from './format.ts';

/** Inscrire un adhérent, then straight to their page (card and receipt to print). */
export function EnrolPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const enrolledMessage = useEnrolledMessage();
  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('members.title')}
      </Anchor>
      <Title order={1}>{t('members.enrol')}</Title>
      <EnrolForm
        onDone={(enrolled) => {
          notifySuccess(enrolledMessage(enrolled));
          navigate(`/${enrolled.id}`);
        }}
        onCancel={() => navigate('/')}
      />
    </Stack>
  );
}
