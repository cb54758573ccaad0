import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TfpbAction } from '../../../src-main/federation/tfpb/contract.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { useAxisOptions } from './axes.ts';

interface Values {
  axis: string;
  subAction: string;
  label: string;
  status: 'planned' | 'done';
  dwellings: number | string;
  cost: number | string;
  claimed: number | string;
  cofunders: string;
  sessions: number | string;
  participants: number | string;
  households: number | string;
  partners: string;
  resultIndicator: string;
  documents: string;
}

const whole = (value: number | string) => (value === '' ? 0 : Number(value));

function initialValues(action: TfpbAction | undefined): Values {
  if (!action) {
    return { axis: '', subAction: '', label: '', status: 'planned', dwellings: '', cost: '', claimed: '', cofunders: '', sessions: '', participants: '', households: '', partners: '', resultIndicator: '', documents: '' };
  }
  return {
    ...action,
    axis: String(action.axis),
    dwellings: action.dwellings ?? '',
    cost: centsToEuro(action.costCents),
    claimed: centsToEuro(action.claimedCents),
  };
}

/** Adds a hand-typed action to a QPV's year, or edits one (a derived action keeps its axis and counts). */
export function ActionModal({ year, qpvCode, action, onClose }: { year: number; qpvCode: string; action?: TfpbAction; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('federation.tfpb.create');
  const update = useApiMutation('federation.tfpb.update');
  const axisOptions = useAxisOptions();
  const derived = action !== undefined && action.source !== 'manual';
  const form = useForm<Values>({ mode: 'controlled', initialValues: initialValues(action) });

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = {
        axis: Number(values.axis),
        subAction: values.subAction,
        label: values.label,
        status: values.status,
        dwellings: values.dwellings === '' ? null : Number(values.dwellings),
        costCents: values.cost === '' ? 0 : euroToCents(values.cost),
        claimedCents: values.claimed === '' ? 0 : euroToCents(values.claimed),
        cofunders: values.cofunders,
        sessions: whole(values.sessions),
        participants: whole(values.participants),
        households: whole(values.households),
        partners: values.partners,
        resultIndicator: values.resultIndicator,
        documents: values.documents,
      };
      const saved = action ? await update.mutateAsync({ ...fields, id: action.id }) : await create.mutateAsync({ ...fields, year, qpvCode });
      notifySuccess(t('federation.tfpb.saved', { label: saved.label }));
      onClose();
    }),
  );

  const title = action ? t('federation.tfpb.editOf', { label: action.label }) : t('federation.tfpb.form.newTitle', { year, code: qpvCode });
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {derived && (
            <Alert color="blue" variant="light">
              {t('federation.tfpb.form.derivedHint')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('federation.tfpb.form.axis')} required disabled={derived} allowDeselect={false} data={axisOptions} key={form.key('axis')} {...form.getInputProps('axis')} />
            <Select
              label={t('federation.tfpb.form.status')}
              allowDeselect={false}
              data={(['planned', 'done'] as const).map((status) => ({ value: status, label: t(`federation.tfpb.status.${status}`) }))}
              key={form.key('status')}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <TextInput label={t('federation.tfpb.form.label')} required data-autofocus key={form.key('label')} {...form.getInputProps('label')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('federation.tfpb.form.subAction')} key={form.key('subAction')} {...form.getInputProps('subAction')} />
            <NumberInput label={t('federation.tfpb.form.dwellings')} description={t('federation.tfpb.form.dwellingsHint')} min={0} allowDecimal={false} key={form.key('dwellings')} {...form.getInputProps('dwellings')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('federation.tfpb.form.cost')} min={0} {...EURO_INPUT} key={form.key('cost')} {...form.getInputProps('cost')} error={form.errors.costCents} />
            <NumberInput
              label={t('federation.tfpb.form.claimed')}
              description={t('federation.tfpb.form.claimedHint')}
              min={0}
              {...EURO_INPUT}
              key={form.key('claimed')}
              {...form.getInputProps('claimed')}
              error={form.errors.claimedCents}
            />
            <TextInput label={t('federation.tfpb.form.cofunders')} key={form.key('cofunders')} {...form.getInputProps('cofunders')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('federation.tfpb.form.sessions')} min={0} allowDecimal={false} disabled={derived} key={form.key('sessions')} {...form.getInputProps('sessions')} />
            <NumberInput label={t('federation.tfpb.form.participants')} min={0} allowDecimal={false} disabled={derived} key={form.key('participants')} {...form.getInputProps('participants')} />
            <NumberInput label={t('federation.tfpb.form.households')} min={0} allowDecimal={false} disabled={derived} key={form.key('households')} {...form.getInputProps('households')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('federation.tfpb.form.partners')} key={form.key('partners')} {...form.getInputProps('partners')} />
            <TextInput label={t('federation.tfpb.form.resultIndicator')} key={form.key('resultIndicator')} {...form.getInputProps('resultIndicator')} />
            <TextInput label={t('federation.tfpb.form.documents')} key={form.key('documents')} {...form.getInputProps('documents')} />
          </SimpleGrid>
        </Stack>
        <FormButtons submitLabel={t('common.save')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
