import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { downloadBase64 } from '../../components/download.ts';

const MEDIA_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

/** Downloads the TFPB report of a year (one QPV, or every QPV with qpvCode null) as .xlsx or PDF. */
export function ReportButton({ year, qpvCode, format, label }: { year: number; qpvCode: string | null; format: 'xlsx' | 'pdf'; label: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await call('federation.tfpb.report', { year, qpvCode, format });
      downloadBase64(file.fileName, file.base64, MEDIA_TYPES[format]);
      notifySuccess(t('federation.tfpb.downloaded', { fileName: file.fileName }));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={busy} onClick={run}>
      {label}
    </Button>
  );
}
