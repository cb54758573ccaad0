import { Button, type ButtonProps } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodName } from '../../../src-main/contract.ts';
import { call, type Input, type Output } from '../../api/client.ts';
import { notifyError } from '../../app/notify.ts';
import { downloadBase64 } from '../../components/download.ts';

interface Props<M extends MethodName> extends ButtonProps {
  method: M;
  input: Input<M>;
  label: string;
  /** A longer name for screen readers when the label is short ("Reçu" → "Télécharger le reçu 2026-000042"). */
  ariaLabel?: string;
  /** After the file is saved: the backend's whole answer (the labels' count, say). */
  onDownloaded?: (file: Output<M>) => void;
}

/** Asks the backend for a PDF (receipt, card, ticket, day sheet) and saves it through the browser's download. */
export function PdfButton<M extends MethodName>({ method, input, label, ariaLabel, onDownloaded, ...button }: Props<M>) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const answer = await call(method, input);
      const file = answer as unknown as { fileName: string; base64: string };
      downloadBase64(file.fileName, file.base64, 'application/pdf');
      onDownloaded?.(answer);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />} loading={busy} onClick={download} aria-label={ariaLabel} {...button}>
      {label}
    </Button>
  );
}
