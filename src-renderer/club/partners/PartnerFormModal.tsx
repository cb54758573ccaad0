import { Fieldset, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '../../../src-main/club/partners/contract.ts';
import { PARTNER_CATEGORIES, type PartnerCategory, TRADE_CODES, type Trade } from '../../../src-main/club/partners/fields.ts';
import { formatPhone } from '../../../src-main/shared/phone.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';

interface Values {
  name: string;
  siret: string;
  nafCode: string;
  category: string;
  trade: string | null;
  contactName: string;
  phone: string;
  email: string;
  address: { line: string; postcode: string; city: string };
  agreementStartOn: string;
  agreementEndOn: string;
  notes: string;
  status: 'candidate' | 'active';
  statusOn: string;
}

function initialValues(partner: PartnerDetail | undefined): Values {
  return {
    name: partner?.name ?? '',
    siret: partner?.siret ?? '',
    nafCode: partner?.nafCode ?? '',
    category: partner?.category ?? '',
    trade: partner?.trade ?? null,
    contactName: partner?.contactName ?? '',
    phone: formatPhone(partner?.phone),
    email: partner?.email ?? '',
    address: partner ? { ...partner.address } : { line: '', postcode: '', city: '' },
    agreementStartOn: partner?.agreementStartOn ?? '',
    agreementEndOn: partner?.agreementEndOn ?? '',
    notes: partner?.notes ?? '',
    status: 'active',
    statusOn: '',
  };
}

/** Adding or editing a partner. The backend checks the SIRET, the NAF code and the one-firm-per-trade rule. */
export function PartnerFormModal({ partner, onClose, onSaved }: { partner?: PartnerDetail; onClose: () => void; onSaved?: (saved: PartnerDetail) => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('club.partners.create');
  const update = useApiMutation('club.partners.update');
  const settings = useApiQuery('club.settings.get', {});
  const form = useForm<Values>({ mode: 'controlled', initialValues: initialValues(partner) });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const category = form.values.category as PartnerCategory | '';
  const exclusive = !!settings.data?.exclusivityEnabled && category !== '' && settings.data.exclusiveCategories.includes(category);

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = {
        name: values.name,
        siret: values.siret,
        nafCode: values.nafCode || null,
        category: (values.category || undefined) as PartnerCategory,
        trade: (values.trade || null) as Trade | null,
        contactName: values.contactName,
        phone: values.phone || null,
        email: values.email || null,
        address: values.address,
        agreementStartOn: values.agreementStartOn || null,
        agreementEndOn: values.agreementEndOn || null,
        notes: values.notes,
      };
      const saved = partner
        ? await update.mutateAsync({ ...fields, id: partner.id })
        : await create.mutateAsync({ ...fields, status: values.status, statusOn: values.statusOn || null });
      notifySuccess(t(partner ? 'club.partners.updated' : 'club.partners.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    }),
  );

  return (
    <Modal opened onClose={onClose} title={partner ? t('club.partners.edit') : t('club.partners.add')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required data-autofocus {...field('name', t('club.partners.fields.name'))} />
            <TextInput required description={t('club.partners.fields.siretHint')} {...field('siret', t('club.partners.fields.siret'))} />
            <Select
              required
              allowDeselect={false}
              data={PARTNER_CATEGORIES.map((value) => ({ value, label: t(`club.categories.${value}`) }))}
              {...field('category', t('club.partners.fields.category'))}
            />
            <Select
              required={exclusive}
              clearable
              searchable
              description={exclusive ? t('club.partners.fields.tradeExclusive') : undefined}
              data={TRADE_CODES.map((value) => ({ value, label: t(`club.trades.${value}`) }))}
              {...field('trade', t('club.partners.fields.trade'))}
            />
            <TextInput description={t('club.partners.fields.nafHint')} {...field('nafCode', t('club.partners.fields.naf'))} />
            <TextInput {...field('contactName', t('club.partners.fields.contact'))} />
            <TextInput type="tel" {...field('phone', t('club.partners.fields.phone'))} />
            <TextInput type="email" {...field('email', t('club.partners.fields.email'))} />
          </SimpleGrid>
          <Fieldset legend={t('club.partners.fields.address')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput {...field('address.line', t('club.partners.fields.street'))} />
              <TextInput {...field('address.postcode', t('club.partners.fields.postcode'))} />
              <TextInput {...field('address.city', t('club.partners.fields.city'))} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('club.partners.fields.agreement')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FrenchDateInput {...field('agreementStartOn', t('club.partners.fields.agreementStartOn'))} />
              <FrenchDateInput description={t('club.partners.fields.agreementEndHint')} {...field('agreementEndOn', t('club.partners.fields.agreementEndOn'))} />
            </SimpleGrid>
          </Fieldset>
          {!partner && (
            <Fieldset legend={t('club.partners.fields.initialStatus')}>
              <Stack gap="xs">
                <SegmentedControl
                  aria-label={t('club.partners.fields.initialStatus')}
                  data={[
                    { value: 'active', label: t('club.partners.startActive') },
                    { value: 'candidate', label: t('club.partners.startCandidate') },
                  ]}
                  {...form.getInputProps('status')}
                />
                <Text size="sm" c="gray.7">
                  {t('club.partners.initialStatusHint')}
                </Text>
                <FrenchDateInput {...field('statusOn', t('club.partners.fields.statusOn'))} />
              </Stack>
            </Fieldset>
          )}
          <Textarea autosize minRows={2} {...field('notes', t('club.partners.fields.notes'))} />
        </Stack>
        <FormButtons submitLabel={partner ? t('common.save') : t('club.partners.add')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
