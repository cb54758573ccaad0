import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { ApiError } from '../api/client.ts';

const closeButtonProps = () => ({ 'aria-label': i18next.t('common.close') });

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green.9', message, autoClose: 4000, closeButtonProps: closeButtonProps() });
}

/** Shows the backend's French message; anything else gets a generic one. */
export function notifyError(error: unknown): void {
  const message = error instanceof ApiError ? error.message : String(error);
  notifications.show({ color: 'red.9', title: i18next.t('common.errorTitle'), message, autoClose: 8000, closeButtonProps: closeButtonProps() });
}

/** Field errors keyed by the contract's dotted paths, for Mantine forms. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.payload.issues.filter((i) => i.path).map((i) => [i.path, i.message]));
}
