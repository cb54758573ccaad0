import { Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, type RoomKind } from '../../../src-main/agenda/events/fields.ts';
import type { Room } from '../../../src-main/agenda/events/schemas.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { ResidenceSelect } from '../../components/ResidenceSelect.tsx';

interface Values {
  name: string;
  kind: RoomKind;
  residenceId: number | null;
  capacity: number | string;
}

/** Adding or editing a room: its name, type, residence and capacity. */
export function RoomFormModal({ room, onClose }: { room?: Room; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('agenda.rooms.create');
  const update = useApiMutation('agenda.rooms.update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: room?.name ?? '', kind: room?.kind ?? 'other', residenceId: room?.residenceId ?? null, capacity: room?.capacity ?? '' },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = { name: values.name, kind: values.kind, residenceId: values.residenceId, capacity: values.capacity === '' ? null : Number(values.capacity) };
      const saved = room ? await update.mutateAsync({ ...fields, id: room.id }) : await create.mutateAsync(fields);
      notifySuccess(room ? t('agenda.events.rooms.saved') : t('agenda.events.rooms.created', { name: saved.name }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={room ? t('agenda.events.rooms.edit') : t('agenda.events.rooms.add')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput required data-autofocus label={t('agenda.events.rooms.name')} key={form.key('name')} {...form.getInputProps('name')} />
          <Select
            required
            allowDeselect={false}
            label={t('agenda.events.rooms.kind')}
            data={ROOM_KINDS.map((value) => ({ value, label: t(`agenda.events.rooms.kinds.${value}`) }))}
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          />
          <ResidenceSelect
            label={t('agenda.events.rooms.residence')}
            allLabel={t('agenda.events.rooms.noResidence')}
            value={form.values.residenceId}
            onChange={(id) => form.setFieldValue('residenceId', id)}
          />
          <NumberInput
            min={1}
            max={1000}
            allowDecimal={false}
            label={t('agenda.events.rooms.capacity')}
            description={t('agenda.events.rooms.capacityHint')}
            key={form.key('capacity')}
            {...form.getInputProps('capacity')}
          />
        </Stack>
        <FormButtons submitLabel={room ? t('common.save') : t('agenda.events.rooms.add')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
