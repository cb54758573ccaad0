import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../src-main/contract.ts';
import { call, type Input } from '../api/client.ts';
import { fieldErrors } from '../app/notify.ts';
import { ApiError } from '../api/client.ts';

/**
 * A sign-in style form: sends one auth method, shows the backend's French message under the form or next to the
 * field concerned, and refreshes the whole app once the session changed.
 */
export function useAuthForm<M extends MethodName, V extends Record<string, string>>(method: M, initialValues: V, toInput: (values: V) => Input<M>) {
  const queryClient = useQueryClient();
  const form = useForm<V & { general?: string }>({ mode: 'uncontrolled', initialValues });
  const onSubmit = form.onSubmit(async (values) => {
    try {
      await call(method, toInput(values));
      await queryClient.resetQueries();
    } catch (error) {
      const errors = fieldErrors(error);
      form.setErrors(Object.keys(errors).length > 0 ? errors : { general: error instanceof ApiError ? error.message : String(error) });
    }
  });
  return { form, onSubmit };
}
