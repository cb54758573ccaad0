import { Alert, Button, Code, Fieldset, FileInput, Group, Loader, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconCertificate, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityCertificate } from '../../src-main/settings/fields.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { formatDateTime } from '../format/datetime.ts';
import type { Language } from '../format/index.ts';
import { certificateFileText } from './certificate-file.ts';

const ACCEPTED_FILES = '.pem,.crt,.cer,application/x-pem-file,application/x-x509-ca-cert,application/pkix-cert';

/** One certificate as the office can check it with the federation: never its raw text. */
function CertificateFacts({ certificate }: { certificate: AuthorityCertificate }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const expired = Date.parse(certificate.validTo) < Date.now();
  const rows: [string, ReactNode][] = [
    [t('officeSettings.federation.certificate.issuer'), certificate.issuer],
    [t('officeSettings.federation.certificate.kind'), t(`officeSettings.federation.certificate.${certificate.authority ? 'authority' : 'server'}`)],
    [t('officeSettings.federation.certificate.validFrom'), formatDateTime(certificate.validFrom, language)],
    [
      t('officeSettings.federation.certificate.validTo'),
      <Group key="validTo" gap="xs">
        {formatDateTime(certificate.validTo, language)}
        {expired && (
          <Text span size="sm" fw={600} c="red.9">
            {t('officeSettings.federation.certificate.expired')}
          </Text>
        )}
      </Group>,
    ],
    [t('officeSettings.federation.certificate.sha256'), <Code key="sha256" style={{ wordBreak: 'break-all' }}>{certificate.sha256}</Code>],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder captionSide="top">
      <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">
        {t('officeSettings.federation.certificate.caption', { subject: certificate.subject })}
      </Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={200}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The certificate of the federation's own authority: chosen as a file or pasted, checked and saved by the backend at
 * once, shown by its subject, issuer, dates and fingerprint, and removable. Read-only below admin on 'settings'.
 */
export function FederationCertificate({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const shown = useApiQuery('settings.federationCertificate', {});
  const save = useApiMutation('settings.saveFederationCertificate');
  const remove = useApiMutation('settings.removeFederationCertificate');
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<{ from: 'file' | 'paste'; message: string } | null>(null);

  const submit = (from: 'file' | 'paste', pem: string) => {
    setProblem(null);
    save.mutate(
      { pem },
      {
        onSuccess: () => {
          setPasted('');
          notifySuccess(t('officeSettings.federation.certificate.saved'));
        },
        onError: (error) => {
          setProblem({ from, message: error.message });
          notifyError(error);
        },
      },
    );
  };
  const chooseFile = (file: File | null) => {
    if (!file) return;
    certificateFileText(file).then(
      (pem) => submit('file', pem),
      () => setProblem({ from: 'file', message: t('officeSettings.federation.certificate.unreadable') }),
    );
  };
  const removeCertificate = () => {
    setProblem(null);
    remove.mutate({}, { onSuccess: () => notifySuccess(t('officeSettings.federation.certificate.removed')), onError: notifyError });
  };

  const certificates = shown.data?.certificates;
  const problemOf = (from: 'file' | 'paste') => (problem?.from === from ? problem.message : undefined);
  return (
    <Fieldset legend={t('officeSettings.federation.certificate.legend')}>
      <Stack gap="sm">
        <Text size="sm">{t('officeSettings.federation.certificate.intro')}</Text>
        {shown.error && <Alert color="red">{shown.error.message}</Alert>}
        {!certificates ? (
          !shown.error && <Loader aria-label={t('common.loading')} />
        ) : certificates.length === 0 ? (
          <Text size="sm" fw={600}>
            {t('officeSettings.federation.certificate.none')}
          </Text>
        ) : (
          <>
            <Text size="sm">{t('officeSettings.federation.certificate.checkFingerprint')}</Text>
            {certificates.map((certificate) => (
              <CertificateFacts key={certificate.sha256} certificate={certificate} />
            ))}
            {!readOnly && (
              <Group>
                <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} loading={remove.isPending} onClick={removeCertificate}>
                  {t('officeSettings.federation.certificate.remove')}
                </Button>
              </Group>
            )}
          </>
        )}
        {!readOnly && (
          <>
            <FileInput
              label={t('officeSettings.federation.certificate.file')}
              description={t('officeSettings.federation.certificate.fileHint')}
              placeholder={t('officeSettings.federation.certificate.filePlaceholder')}
              accept={ACCEPTED_FILES}
              leftSection={<IconCertificate size={16} aria-hidden />}
              // Nothing is kept chosen: the file is read, sent and saved at once.
              value={null}
              onChange={chooseFile}
              error={problemOf('file')}
              disabled={save.isPending}
              // Mantine's placeholder grey is too pale for WCAG AA.
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            />
            <Textarea
              label={t('officeSettings.federation.certificate.paste')}
              description={t('officeSettings.federation.certificate.pasteHint')}
              value={pasted}
              onChange={(event) => setPasted(event.currentTarget.value)}
              error={problemOf('paste')}
              autosize
              minRows={3}
              maxRows={10}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Group>
              <Button variant="default" loading={save.isPending} onClick={() => submit('paste', pasted)}>
                {t('officeSettings.federation.certificate.savePasted')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
