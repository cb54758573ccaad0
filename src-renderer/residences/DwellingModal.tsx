import { Button, Group, Modal, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dwelling } from '../../src-main/residences/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { dwellingInput, dwellingToForm, emptyDwelling, TYPOLOGY_OPTIONS, type DwellingFormValues } from './form-values.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';

interface Props {
  residenceId: number;
  /** The dwelling to edit; absent to add a new one. */
  dwelling?: Dwelling;
  onClose: () => void;
}

export function DwellingModal({ residenceId, dwelling, onClose }: Props) {
  const { t } = useTranslation();
  const add = useApiMutation('dwellings.add');
  const update = useApiMutation('dwellings.update');
  const form = useForm<DwellingFormValues>({ mode: 'uncontrolled', initialValues: dwelling ? dwellingToForm(dwelling) : emptyDwelling });
  const field = (name: keyof DwellingFormValues) => ({ key: form.key(name), ...form.getInputProps(name), label: t(`dwellings.fields.${name}`) });
  // Lift: yes / no / not known (null), used by housing-exchange matching; kept apart from the bulk rows' values.
  const [lift, setLift] = useState(dwelling?.hasLift === true ? 'yes' : dwelling?.hasLift === false ? 'no' : 'unknown');
  const hasLift = lift === 'unknown' ? null : lift === 'yes';

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = dwelling
        ? await update.mutateAsync({ id: dwelling.id, ...dwellingInput(values), hasLift })
        : await add.mutateAsync({ residenceId, ...dwellingInput(values), hasLift });
      notifySuccess(t(dwelling ? 'dwellings.updated' : 'dwellings.added', { id: saved.internalId }));
      onClose();
    }),
  );

  return (
    <Modal opened onClose={onClose} title={dwelling ? t('dwellings.editOne', { id: dwelling.internalId }) : t('dwellings.add')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput required data-autofocus {...field('internalId')} />
          <TextInput {...field('rplsId')} />
          <Select data={TYPOLOGY_OPTIONS} allowDeselect={false} required {...field('typology')} />
          <NumberInput min={-3} max={60} allowDecimal={false} required {...field('floor')} />
          <NumberInput min={0} decimalScale={2} decimalSeparator="," {...field('surfaceM2')} />
          <TextInput {...field('building')} />
          <TextInput {...field('entrance')} />
          <TextInput {...field('door')} />
          <Select
            label={t('exchange.lift.label')}
            description={t('exchange.lift.hint')}
            allowDeselect={false}
            data={(['unknown', 'yes', 'no'] as const).map((value) => ({ value, label: t(`exchange.lift.${value}`) }))}
            value={lift}
            onChange={(value) => setLift(value ?? 'unknown')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
