import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OFFER_BENEFITS, OFFER_KINDS, OFFER_TARGETS, type OfferBenefit, type OfferKind, type OfferTarget } from '../../../src-main/club/offers/fields.ts';
import type { Offer } from '../../../src-main/club/offers/schemas.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { ResidencesMultiSelect } from '../../components/ResidenceSelect.tsx';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';

type NumberValue = number | string;

interface Values {
  partnerId: string;
  title: string;
  kind: OfferKind;
  /** A percent, or euros. */
  value: NumberValue;
  usualPriceCents: NumberValue;
  benefit: OfferBenefit;
  defaultSavingCents: NumberValue;
  conditions: string;
  validFrom: string;
  validUntil: string;
  target: OfferTarget;
  residenceIds: string[];
}

function initialValues(offer: Offer | undefined, partnerId: number | undefined): Values {
  if (!offer) {
    return {
      partnerId: partnerId ? String(partnerId) : '',
      title: '',
      kind: 'percentage',
      value: '',
      usualPriceCents: '',
      benefit: 'use',
      defaultSavingCents: '',
      conditions: '',
      validFrom: localToday(),
      validUntil: '',
      target: 'all',
      residenceIds: [],
    };
  }
  return {
    partnerId: String(offer.partnerId),
    title: offer.title,
    kind: offer.kind,
    value: offer.kind === 'percentage' ? offer.value : centsToEuro(offer.value),
    usualPriceCents: offer.usualPriceCents === null ? '' : centsToEuro(offer.usualPriceCents),
    benefit: offer.benefit,
    defaultSavingCents: centsToEuro(offer.defaultSavingCents),
    conditions: offer.conditions,
    validFrom: offer.validFrom,
    validUntil: offer.validUntil ?? '',
    target: offer.target,
    residenceIds: offer.residences.map((r) => String(r.id)),
  };
}

/** Creating or editing an offer: what it gives (percentage, fixed amount, special price), to whom, until when. */
export function OfferFormModal({ offer, partnerId, onClose }: { offer?: Offer; partnerId?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('club.offers.create');
  const update = useApiMutation('club.offers.update');
  const partners = useApiQuery('club.partners.list', {});
  const form = useForm<Values>({ mode: 'controlled', initialValues: initialValues(offer, partnerId) });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const { kind, target } = form.values;

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = {
        partnerId: Number(values.partnerId) || (undefined as unknown as number),
        title: values.title,
        kind: values.kind,
        value: values.kind === 'percentage' ? (values.value === '' ? (undefined as unknown as number) : Number(values.value)) : euroToCents(values.value),
        usualPriceCents: values.kind === 'special_price' && values.usualPriceCents !== '' ? euroToCents(values.usualPriceCents) : null,
        benefit: values.benefit,
        defaultSavingCents: euroToCents(values.defaultSavingCents),
        conditions: values.conditions,
        validFrom: values.validFrom || (undefined as unknown as string),
        validUntil: values.validUntil || null,
        target: values.target,
        residenceIds: values.target === 'residences' ? values.residenceIds.map(Number) : [],
      };
      const saved = offer ? await update.mutateAsync({ ...fields, id: offer.id }) : await create.mutateAsync(fields);
      notifySuccess(t(offer ? 'club.offers.updated' : 'club.offers.created', { title: saved.title }));
      onClose();
    }),
  );

  const partnerOptions = (partners.data?.rows ?? [])
    .filter((p) => p.status !== 'ended' || p.id === offer?.partnerId)
    .map((p) => ({ value: String(p.id), label: `${p.name} — ${t(`club.categories.${p.category}`)}` }));
  return (
    <Modal opened onClose={onClose} title={offer ? t('club.offers.edit') : t('club.offers.add')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select required searchable allowDeselect={false} data={partnerOptions} {...field('partnerId', t('club.common.partner'))} />
            <TextInput required data-autofocus {...field('title', t('club.offers.fields.title'))} />
            <Select required allowDeselect={false} data={OFFER_KINDS.map((value) => ({ value, label: t(`club.offers.kinds.${value}`) }))} {...field('kind', t('club.offers.fields.kind'))} />
            {kind === 'percentage' ? (
              <NumberInput required min={1} max={100} allowDecimal={false} suffix=" %" clampBehavior="none" {...field('value', t('club.offers.fields.percent'))} />
            ) : (
              <NumberInput required {...EURO_INPUT} {...field('value', t(kind === 'fixed_amount' ? 'club.offers.fields.amountOff' : 'club.offers.fields.clubPrice'))} />
            )}
            {kind === 'special_price' && <NumberInput {...EURO_INPUT} {...field('usualPriceCents', t('club.offers.fields.usualPrice'))} />}
            <Select
              required
              allowDeselect={false}
              description={t('club.offers.fields.benefitHint')}
              data={OFFER_BENEFITS.map((value) => ({ value, label: t(`club.offers.benefits.${value}`) }))}
              {...field('benefit', t('club.offers.fields.benefit'))}
            />
            <NumberInput required description={t('club.offers.fields.savingHint')} {...EURO_INPUT} {...field('defaultSavingCents', t('club.offers.fields.saving'))} />
            <FrenchDateInput required {...field('validFrom', t('club.offers.fields.validFrom'))} />
            <FrenchDateInput description={t('club.offers.fields.validUntilHint')} {...field('validUntil', t('club.offers.fields.validUntil'))} />
            <Select required allowDeselect={false} data={OFFER_TARGETS.map((value) => ({ value, label: t(`club.offers.targets.${value}`) }))} {...field('target', t('club.offers.fields.target'))} />
          </SimpleGrid>
          {target === 'residences' && (
            <ResidencesMultiSelect
              label={t('club.offers.fields.residences')}
              value={form.values.residenceIds}
              onChange={(ids) => form.setFieldValue('residenceIds', ids)}
              error={form.errors.residenceIds}
            />
          )}
          <Textarea autosize minRows={2} {...field('conditions', t('club.offers.fields.conditions'))} />
        </Stack>
        <FormButtons submitLabel={offer ? t('common.save') : t('club.offers.add')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
