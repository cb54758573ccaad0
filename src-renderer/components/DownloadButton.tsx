import { Button, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { downloadBase64, downloadText } from './download.ts';

type File = { fileName: string; count: number } & ({ base64: string } | { text: string });

interface Props extends ButtonProps {
  label: string;
  /** Asks the backend for the file (a PDF as base64, or a CSV as text). */
  load: () => Promise<File>;
  /** The notification once saved, from the number of lines, letters or labels. */
  done: (count: number) => string;
}

/** A button that fetches a file from the backend and hands it to the browser's download. */
export function DownloadButton({ label, load, done, ...props }: Props) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await load();
      if ('base64' in file) downloadBase64(file.fileName, file.base64, 'application/pdf');
      else downloadText(file.fileName, file.text);
      notifySuccess(done(file.count));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={busy} onClick={run} {...props}>
      {label}
    </Button>
  );
}
