import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ContractRow } from '../../../src-main/club/contracts/contract.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { localToday } from '../../../src-main/shared/days.ts';
import { FormButtons } from '../../components/FormButtons.tsx';

/** Terminates a contract on the day given (its last day covered). */
export function EndContractModal({ contract, onClose }: { contract: ContractRow; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useApiMutation('club.contracts.end');
  const form = useForm({ mode: 'controlled', initialValues: { endedOn: localToday() } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await end.mutateAsync({ id: contract.id, endedOn: values.endedOn || (undefined as unknown as string) });
      notifySuccess(t('club.contracts.ended', { household: contract.householdName }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('club.contracts.endOf', { household: contract.householdName, offer: contract.offerTitle })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t('club.contracts.endHint')}</Text>
          <FrenchDateInput required data-autofocus label={t('club.contracts.fields.endedOn')} {...form.getInputProps('endedOn')} key={form.key('endedOn')} />
        </Stack>
        <FormButtons submitLabel={t('club.contracts.end')} busy={end.isPending} danger onCancel={onClose} />
      </form>
    </Modal>
  );
}
