import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorsDocument } from '../../../src-main/federation/export/document.ts';
import type { Level } from '../../../src-main/federation/export/indicators.ts';
import { useFormats } from '../../format/useFormats.ts';

const LEVEL_ORDER: Level[] = ['bureau', 'qpv', 'residence', 'axe', 'type_adhesion'];

/** Column headers of a level: the groups' names as the file gives them (short for axes, full in a tooltip). */
function groupHeaders(document: IndicatorsDocument, level: Level, officeLabel: string): { code: string; label: string; title?: string }[] {
  const { groups } = document;
  switch (level) {
    case 'bureau':
      return [{ code: 'BUREAU', label: officeLabel }];
    case 'qpv':
      return groups.qpv.map((g) => ({ code: g.code, label: g.label }));
    case 'residence':
      return groups.residences.map((g) => ({ code: g.code, label: g.name }));
    case 'axe':
      return groups.axes.map((g) => ({ code: g.code, label: g.label.split(' : ')[0]!, title: g.label }));
    case 'type_adhesion':
      return groups.membershipTypes.map((g) => ({ code: g.code, label: g.name }));
  }
}

/** Every cell of the indicators file, one table per level: indicators in rows, groups in columns. */
export function PreviewTables({ document }: { document: IndicatorsDocument }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <Stack gap="xl">
      {LEVEL_ORDER.map((level) => {
        const indicators = document.indicators.filter((indicator) => indicator.tables.some((table) => table.level === level));
        if (indicators.length === 0) return null;
        const headers = groupHeaders(document, level, t('federation.export.tables.office'));
        return (
          <section key={level} aria-labelledby={`federation-level-${level}`}>
            <Title order={3} id={`federation-level-${level}`} mb="xs">
              {t(`federation.export.levels.${level}`)}
            </Title>
            {/* Focusable, so that a wide table can be scrolled with the keyboard. */}
            <Table.ScrollContainer type="native" minWidth={Math.max(480, 240 + headers.length * 110)} tabIndex={0} role="group" aria-labelledby={`federation-level-${level}`}>
              <Table striped withTableBorder withColumnBorders>
                <Table.Caption>{t('federation.export.tables.caption', { level: t(`federation.export.levels.${level}`) })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('federation.export.tables.indicator')}</Table.Th>
                    {headers.map((header) => (
                      <Table.Th key={header.code} scope="col" title={header.title} ta="right">
                        {header.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {indicators.map((indicator) => {
                    const cells = new Map(indicator.tables.find((table) => table.level === level)!.cells.map((cell) => [cell.group, cell]));
                    return (
                      <Table.Tr key={indicator.id}>
                        <Table.Th scope="row" fw={500}>
                          {indicator.label}
                        </Table.Th>
                        {headers.map((header) => {
                          const cell = cells.get(header.code);
                          return (
                            <Table.Td key={header.code} ta="right">
                              {cell?.secret ? (
                                <Badge variant="outline" color="gray.9" data-secret>
                                  {t('federation.export.tables.secret')}
                                </Badge>
                              ) : (
                                <Text span size="sm">
                                  {format.number(cell?.value)}
                                  {indicator.unit === 'euros' ? ' €' : ''}
                                </Text>
                              )}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </section>
        );
      })}
    </Stack>
  );
}
