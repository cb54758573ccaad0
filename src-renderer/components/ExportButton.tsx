import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { type ExportColumn, type ExportFormat, exportList } from './export-list.ts';

interface Props<T> {
  /** File name without date nor extension, e.g. "residences". */
  baseName: string;
  columns: readonly ExportColumn<T>[];
  /** Every row of the list as it is filtered and sorted on screen (all pages), fetched when asked. */
  loadRows: () => Promise<readonly T[]>;
  disabled?: boolean;
}

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** « Exporter » with a choice of CSV or .xlsx: the list as shown, every page, French headers. */
export function ExportButton<T>({ baseName, columns, loadRows, disabled }: Props<T>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const rows = await loadRows();
      await exportList(format, baseName, columns, rows, today());
      notifySuccess(t('imports.exportList.done', { count: rows.length }));
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          disabled={disabled}
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('imports.exportList.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('imports.exportList.menu')}>
        <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={() => void run('csv')}>
          {t('imports.exportList.csv')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => void run('xlsx')}>
          {t('imports.exportList.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
