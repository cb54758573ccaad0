import { Button, FileButton, Group, Image, Input, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS, LOGO_TYPES, logoProblem, logoWeightProblem, type OfficeSettings } from '../../src-main/settings/fields.ts';
import { useApiMutation } from '../api/hooks.ts';
import { SettingsSection } from './OfficeSettingsSection.tsx';
import { type OfficeFormValues, officeInput, officeToForm } from './OfficeSettingsValues.ts';

const LOGO_ID = 'office-logo';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Name, legal form, SIREN / SIRET / RNA, address, phone, email and the logo printed on receipts. */
export function OfficeIdentity({ initial, readOnly }: { initial: OfficeSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveOffice = useApiMutation('settings.saveOffice');
  const form = useForm<OfficeFormValues>({ mode: 'uncontrolled', initialValues: officeToForm(initial) });
  const [logo, setLogo] = useState(initial.logo);
  const field = (name: string) => ({ key: form.key(name), ...form.getInputProps(name) });
  const legalForms = LEGAL_FORMS.map((value) => ({ value, label: t(`officeSettings.identity.legalForms.${value}`) }));

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    // Checked here for a quick answer; the backend checks it again when the identity is saved.
    const problem = (LOGO_TYPES as readonly string[]).includes(file.type)
      ? (logoWeightProblem(file.size) ?? logoProblem(await readAsDataUrl(file)))
      : logoProblem(`data:${file.type || 'application/octet-stream'};base64,`);
    if (problem) {
      form.setFieldError('logo', problem);
      return;
    }
    form.clearFieldError('logo');
    setLogo(await readAsDataUrl(file));
  };

  const logoError = form.errors.logo;
  return (
    <SettingsSection
      legend={t('officeSettings.identity.legend')}
      readOnly={readOnly}
      form={form}
      saving={saveOffice.isPending}
      savedMessage={t('officeSettings.identity.saved')}
      save={async (values) => {
        const stored = await saveOffice.mutateAsync(officeInput(values, logo));
        setLogo(stored.logo);
        return officeToForm(stored);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('officeSettings.identity.name')} required {...field('name')} />
        <Select label={t('officeSettings.identity.legalForm')} data={legalForms} allowDeselect={false} required {...field('legalForm')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('officeSettings.identity.siren')} description={t('officeSettings.identity.sirenHint')} inputMode="numeric" maxLength={11} {...field('siren')} />
        <TextInput label={t('officeSettings.identity.siret')} description={t('officeSettings.identity.siretHint')} inputMode="numeric" maxLength={17} {...field('siret')} />
        <TextInput label={t('officeSettings.identity.rna')} description={t('officeSettings.identity.rnaHint')} maxLength={10} {...field('rna')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('officeSettings.identity.addressLine')} autoComplete="street-address" {...field('address.line')} />
        <TextInput label={t('officeSettings.identity.postcode')} inputMode="numeric" maxLength={5} autoComplete="postal-code" {...field('address.postcode')} />
        <TextInput label={t('officeSettings.identity.city')} autoComplete="address-level2" {...field('address.city')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('officeSettings.identity.phone')} description={t('officeSettings.identity.phoneHint')} type="tel" autoComplete="tel" {...field('phone')} />
        <TextInput label={t('officeSettings.identity.email')} type="email" autoComplete="email" {...field('email')} />
      </SimpleGrid>
      <Input.Wrapper id={LOGO_ID} labelElement="div" label={t('officeSettings.identity.logo')} description={t('officeSettings.identity.logoHint')} error={logoError}>
        <Group mt="xs" align="center">
          {logo ? (
            <Image src={logo} alt={t('officeSettings.identity.logoPreview')} h={80} w="auto" maw={240} fit="contain" radius="sm" bd="1px solid var(--mantine-color-gray-4)" p={4} />
          ) : (
            <Text size="sm">
              {t('officeSettings.identity.noLogo')}
            </Text>
          )}
          {!readOnly && (
            <>
              <FileButton onChange={(file) => void pickLogo(file)} accept={LOGO_TYPES.join(',')} inputProps={{ 'aria-label': t('officeSettings.identity.logo') }}>
                {(props) => (
                  <Button
                    variant="default"
                    leftSection={<IconPhoto size={16} aria-hidden />}
                    aria-describedby={`${LOGO_ID}-description${logoError ? ` ${LOGO_ID}-error` : ''}`}
                    {...props}
                  >
                    {t('officeSettings.identity.chooseLogo')}
                  </Button>
                )}
              </FileButton>
              {logo && (
                <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setLogo(null)}>
                  {t('officeSettings.identity.removeLogo')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Input.Wrapper>
    </SettingsSection>
  );
}
