import { Button, type ButtonProps } from '@mantine/core';
import { IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodName } from '../../src-main/contract.ts';
import { call, type Input, type Output } from '../api/client.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { downloadBase64, downloadText } from './download.ts';

/** What the backend sends for a file: a PDF as base64, or a CSV as text. */
type BackendFile = { fileName: string } & ({ base64: string } | { text: string });

/** The methods that answer with a file. */
type FileMethod = { [M in MethodName]: Output<M> extends BackendFile ? M : never }[MethodName];

const FORMATS = {
  pdf: { type: 'application/pdf', Icon: IconFileTypePdf },
  csv: { type: 'text/csv;charset=utf-8', Icon: IconFileTypeCsv },
};

interface Props<M extends FileMethod> extends ButtonProps {
  method: M;
  input: Input<M>;
  label: string;
  /** The file's media type, which also picks the icon. */
  format?: keyof typeof FORMATS;
  /** A longer name for screen readers when the label is short ("Reçu" → "Télécharger le reçu 2026-000042"). */
  ariaLabel?: string;
  /** The notification once saved, from the backend's answer (how many lines, letters or labels it holds). */
  success?: (file: Output<M>) => string;
  /** After the file is saved (closing the dialog that asked for it, say). */
  onDownloaded?: () => void;
}

/** Asks the backend for a file (receipt, card, programme, mailing list…) and saves it through the browser's download. */
export function DownloadButton<M extends FileMethod>({ method, input, label, format = 'pdf', ariaLabel, success, onDownloaded, ...button }: Props<M>) {
  const [busy, setBusy] = useState(false);
  const { type, Icon } = FORMATS[format];
  const download = async () => {
    setBusy(true);
    try {
      const answer = await call(method, input);
      const file: BackendFile = answer;
      if ('base64' in file) downloadBase64(file.fileName, file.base64, type);
      else downloadText(file.fileName, file.text, type);
      if (success) notifySuccess(success(answer));
      onDownloaded?.();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<Icon size={16} aria-hidden />} loading={busy} onClick={download} aria-label={ariaLabel} {...button}>
      {label}
    </Button>
  );
}
