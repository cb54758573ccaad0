import { NumberInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type FederationSettings, MAX_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD, type UpdatesSettings } from '../../src-main/settings/fields.ts';
import { useApiMutation } from '../api/hooks.ts';
import { SettingsSection } from './OfficeSettingsSection.tsx';
import { type FederationFormValues, federationInput, federationToForm, type UpdatesFormValues, updatesToForm } from './OfficeSettingsValues.ts';

/** Where the federation export is sent. */
export function FederationSettingsForm({ initial, readOnly }: { initial: FederationSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveFederation = useApiMutation('settings.saveFederation');
  const form = useForm<FederationFormValues>({ mode: 'uncontrolled', initialValues: federationToForm(initial) });
  const field = (name: keyof FederationFormValues) => ({ key: form.key(name), ...form.getInputProps(name) });
  return (
    <SettingsSection
      legend={t('officeSettings.federation.legend')}
      readOnly={readOnly}
      form={form}
      saving={saveFederation.isPending}
      savedMessage={t('officeSettings.federation.saved')}
      save={async (values) => federationToForm(await saveFederation.mutateAsync(federationInput(values)))}
    >
      <TextInput label={t('officeSettings.federation.label')} maxLength={100} {...field('label')} />
      <TextInput label={t('officeSettings.federation.endpointUrl')} description={t('officeSettings.federation.endpointUrlHint')} type="url" placeholder="https://" {...field('endpointUrl')} />
      <NumberInput
        label={t('officeSettings.federation.suppressionThreshold')}
        description={t('officeSettings.federation.suppressionThresholdHint', { min: MIN_SUPPRESSION_THRESHOLD, max: MAX_SUPPRESSION_THRESHOLD })}
        min={MIN_SUPPRESSION_THRESHOLD}
        max={MAX_SUPPRESSION_THRESHOLD}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        {...field('suppressionThreshold')}
      />
    </SettingsSection>
  );
}

/** The address of the update feed (empty: online updates off). */
export function UpdatesSettingsForm({ initial, readOnly }: { initial: UpdatesSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveUpdates = useApiMutation('settings.saveUpdates');
  const form = useForm<UpdatesFormValues>({ mode: 'uncontrolled', initialValues: updatesToForm(initial) });
  return (
    <SettingsSection
      legend={t('officeSettings.updates.legend')}
      readOnly={readOnly}
      form={form}
      saving={saveUpdates.isPending}
      savedMessage={t('officeSettings.updates.saved')}
      save={async (values) => updatesToForm(await saveUpdates.mutateAsync(values))}
    >
      <TextInput
        label={t('officeSettings.updates.feedUrl')}
        description={t('officeSettings.updates.feedUrlHint')}
        type="url"
        placeholder="https://"
        key={form.key('feedUrl')}
        {...form.getInputProps('feedUrl')}
      />
    </SettingsSection>
  );
}
