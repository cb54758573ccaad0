import { ActionIcon, Code, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client.ts';
import { downloadText } from '../../components/download.ts';
import { useFormats } from '../../format/useFormats.ts';

type ExportFile = Output<'federation.export.preview'>['files'][number];

/** The files that would leave, with their sizes and SHA-256, and the raw text of any of them. */
export function PreviewFiles({ files }: { files: ExportFile[] }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [shown, setShown] = useState(files[0]?.name ?? '');
  const file = files.find((f) => f.name === shown) ?? files[0];
  return (
    <Stack>
      <Table.ScrollContainer minWidth={720}>
        <Table withTableBorder>
          <Table.Caption>{t('federation.export.files.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('federation.export.files.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('federation.export.files.size')}
              </Table.Th>
              <Table.Th scope="col">{t('federation.export.files.sha256')}</Table.Th>
              <Table.Th scope="col">{t('federation.export.files.download')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((f) => (
              <Table.Tr key={f.name}>
                <Table.Th scope="row" fw={500}>
                  {f.name}
                </Table.Th>
                <Table.Td ta="right">{t('federation.export.files.bytes', { size: format.number(f.bytes) })}</Table.Td>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }}>{f.sha256}</Code>
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="blue.9" aria-label={t('federation.export.files.downloadOne', { name: f.name })} onClick={() => downloadText(f.name, f.content, `${f.mediaType};charset=utf-8`)}>
                    <IconDownload size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Select label={t('federation.export.files.show')} data={files.map((f) => f.name)} value={file?.name ?? null} onChange={(name) => name && setShown(name)} allowDeselect={false} w={320} />
      {file && (
        <>
          <Text size="sm" c="dimmed">
            {t('federation.export.files.rawHint')}
          </Text>
          {/* A focusable region, so that the keyboard can scroll it. */}
          <Code block tabIndex={0} role="region" aria-label={t('federation.export.files.raw', { name: file.name })} data-testid="raw-file" style={{ maxHeight: 420, overflow: 'auto' }}>
            {file.content.replace(/^\uFEFF/, '')}
          </Code>
        </>
      )}
    </Stack>
  );
}
