import { Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTool } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';

/** A ticket for the copy scanned: the scanner types the barcode and Enter moves on to the problem. */
export function OpenTicketForm() {
  const { t } = useTranslation();
  const open = useApiMutation('repairs.open');
  const barcodeInput = useRef<HTMLInputElement>(null);
  const problemInput = useRef<HTMLInputElement>(null);
  const form = useForm({ initialValues: { barcode: '', problem: '', repairer: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const ticket = await open.mutateAsync(values);
      notifySuccess(t('repairs.opened', { barcode: ticket.barcode, title: ticket.title, id: ticket.id }));
      form.reset();
      barcodeInput.current?.focus();
    }),
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate>
        <Title order={2} size="h4" mb="sm">
          {t('repairs.openTitle')}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            {...form.getInputProps('barcode')}
            ref={barcodeInput}
            label={t('repairs.fields.barcode')}
            description={t('repairs.barcodeHint')}
            autoComplete="off"
            autoFocus
            required
            w={220}
            onKeyDown={(event) => {
              // A scanner ends with Enter: go on to the problem rather than submit half a ticket.
              if (event.key === 'Enter' && form.values.problem.trim() === '') {
                event.preventDefault();
                problemInput.current?.focus();
              }
            }}
          />
          <TextInput {...form.getInputProps('problem')} ref={problemInput} label={t('repairs.fields.problem')} description={t('repairs.problemHint')} required w={{ base: '100%', sm: 360 }} />
          <TextInput {...form.getInputProps('repairer')} label={t('repairs.fields.repairer')} description={t('repairs.repairerHint')} w={240} />
          <Button type="submit" mt={{ base: 0, sm: 47 }} loading={open.isPending} leftSection={<IconTool size={16} aria-hidden />}>
            {t('repairs.open')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
