import type { UseFormReturnType } from '@mantine/form';
import { fieldErrors, notifyError } from './notify.ts';

/**
 * Runs a save; on refusal puts the backend's French messages next to the fields concerned,
 * and shows the general message as a notification.
 */
export async function submitWithErrors<T, V>(
  form: UseFormReturnType<V>,
  save: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await save();
  } catch (error) {
    form.setErrors(fieldErrors(error));
    notifyError(error);
    return undefined;
  }
}
