import { ActionIcon, Button, NumberInput, Select, Table, TextInput, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyDwelling, TYPOLOGY_OPTIONS, type DwellingFormValues, type NewResidenceValues } from './form-values.ts';

/** A grid to type several dwellings at once while creating a residence; every cell has its own label. */
export function DwellingRowsEditor({ form }: { form: UseFormReturnType<NewResidenceValues> }) {
  const { t } = useTranslation();
  const rows = form.getValues().dwellings;
  const cell = (index: number, name: keyof DwellingFormValues) => {
    const path = `dwellings.${index}.${name}`;
    return { key: form.key(path), ...form.getInputProps(path), 'aria-label': `${t(`dwellings.fields.${name}`)} (${index + 1})` };
  };
  return (
    <>
      <Table.ScrollContainer minWidth={800}>
        <Table withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              {(['internalId', 'rplsId', 'typology', 'floor', 'surfaceM2', 'building', 'entrance', 'door'] as const).map((name) => (
                <Table.Th key={name}>{t(`dwellings.fields.${name}`)}</Table.Th>
              ))}
              <Table.Th>
                <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((_row, index) => (
              <Table.Tr key={index}>
                <Table.Td><TextInput size="xs" {...cell(index, 'internalId')} /></Table.Td>
                <Table.Td><TextInput size="xs" {...cell(index, 'rplsId')} /></Table.Td>
                <Table.Td><Select size="xs" data={TYPOLOGY_OPTIONS} allowDeselect={false} {...cell(index, 'typology')} /></Table.Td>
                <Table.Td><NumberInput size="xs" min={-3} max={60} allowDecimal={false} {...cell(index, 'floor')} /></Table.Td>
                <Table.Td><NumberInput size="xs" min={0} decimalScale={2} decimalSeparator="," {...cell(index, 'surfaceM2')} /></Table.Td>
                <Table.Td><TextInput size="xs" {...cell(index, 'building')} /></Table.Td>
                <Table.Td><TextInput size="xs" {...cell(index, 'entrance')} /></Table.Td>
                <Table.Td><TextInput size="xs" {...cell(index, 'door')} /></Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red.9" aria-label={t('dwellings.removeRow', { n: index + 1 })} onClick={() => form.removeListItem('dwellings', index)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('dwellings', { ...emptyDwelling })} mt="xs">
        {t('dwellings.addRow')}
      </Button>
    </>
  );
}
