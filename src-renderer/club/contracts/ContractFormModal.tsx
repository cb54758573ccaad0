import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ContractRow } from '../../../src-main/club/contracts/contract.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { personName } from '../../households/format.ts';
import { useFormats } from '../../format/useFormats.ts';
import { HouseholdPicker } from '../common/HouseholdPicker.tsx';

interface Values {
  householdId: string;
  offerId: string;
  signedOn: string;
  endsOn: string;
  savingCents: number | string;
  signedByPersonId: string | null;
  reference: string;
  notes: string;
}

interface Props {
  /** Editing a record; otherwise a new one, for this household or this offer when given. */
  contract?: ContractRow;
  householdId?: number;
  offerId?: number;
  onClose: () => void;
}

/** Records that a household signed a contract or used an offer, with the saving it brings (the offer's estimate by default). */
export function ContractFormModal({ contract, householdId, offerId, onClose }: Props) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const record = useApiMutation('club.contracts.record');
  const update = useApiMutation('club.contracts.update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      householdId: String(contract?.householdId ?? householdId ?? ''),
      offerId: String(contract?.offerId ?? offerId ?? ''),
      signedOn: contract?.signedOn ?? localToday(),
      endsOn: contract?.endsOn ?? '',
      savingCents: contract ? centsToEuro(contract.savingCents) : '',
      signedByPersonId: contract?.signedByPersonId ? String(contract.signedByPersonId) : null,
      reference: contract?.reference ?? '',
      notes: contract?.notes ?? '',
    },
  });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const chosenHousehold = Number(form.values.householdId);
  const canReadHouseholds = useCan('households');
  const household = useApiQuery('households.get', { id: chosenHousehold }, canReadHouseholds && chosenHousehold > 0);
  // The offers open to the household's residence once it is known (the backend checks it anyway).
  const offers = useApiQuery('club.offers.list', { residenceId: household.data?.current?.residence.id ?? null }, !contract);
  const offerRows = offers.data?.rows ?? [];
  const offer = offerRows.find((o) => o.id === Number(form.values.offerId));
  const kind = contract?.kind ?? offer?.benefit;

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const common = {
        signedOn: values.signedOn || (undefined as unknown as string),
        endsOn: kind === 'contract' ? values.endsOn || null : null,
        signedByPersonId: values.signedByPersonId ? Number(values.signedByPersonId) : null,
        reference: values.reference,
        notes: values.notes,
      };
      const saved = contract
        ? await update.mutateAsync({ ...common, id: contract.id, savingCents: euroToCents(values.savingCents) })
        : await record.mutateAsync({
            ...common,
            householdId: Number(values.householdId) || (undefined as unknown as number),
            offerId: Number(values.offerId) || (undefined as unknown as number),
            savingCents: values.savingCents === '' ? null : euroToCents(values.savingCents),
          });
      notifySuccess(t(contract ? 'club.contracts.updated' : 'club.contracts.recorded', { household: saved.householdName, offer: saved.offerTitle }));
      onClose();
    }),
  );

  const title = contract ? t('club.contracts.edit') : t('club.contracts.record');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {!contract && !householdId && (
            <HouseholdPicker value={form.values.householdId} onChange={(id) => form.setFieldValue('householdId', id)} error={form.errors.householdId} />
          )}
          {!contract && (
            <Select
              required
              searchable
              allowDeselect={false}
              data-autofocus={householdId ? true : undefined}
              data={offerRows.map((o) => ({ value: String(o.id), label: `${o.title} — ${o.partnerName}` }))}
              {...field('offerId', t('club.contracts.fields.offer'))}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FrenchDateInput required {...field('signedOn', t(kind === 'use' ? 'club.contracts.fields.usedOn' : 'club.contracts.fields.signedOn'))} />
            {kind !== 'use' && <FrenchDateInput description={t('club.contracts.fields.endsOnHint')} {...field('endsOn', t('club.contracts.fields.endsOn'))} />}
            <NumberInput
              {...EURO_INPUT}
              description={offer ? t('club.contracts.fields.savingDefault', { amount: money(offer.defaultSavingCents) }) : undefined}
              placeholder={offer ? money(offer.defaultSavingCents) : undefined}
              {...field('savingCents', t(kind === 'use' ? 'club.contracts.fields.savingOnce' : 'club.contracts.fields.savingYearly'))}
            />
            {household.data && (
              <Select
                clearable
                data={household.data.people.map((p) => ({ value: String(p.id), label: personName(p) }))}
                {...field('signedByPersonId', t('club.contracts.fields.signedBy'))}
              />
            )}
            <TextInput {...field('reference', t('club.contracts.fields.reference'))} />
          </SimpleGrid>
          <Textarea autosize minRows={2} {...field('notes', t('club.contracts.fields.notes'))} />
        </Stack>
        <FormButtons submitLabel={contract ? t('common.save') : t('club.contracts.recordShort')} busy={record.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
