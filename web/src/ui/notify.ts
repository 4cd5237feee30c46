import { notifications } from '@mantine/notifications';

/** A short green confirmation in the corner. */
export const notifySuccess = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
};

/** A red message for an action that failed. */
export const notifyError = (title: string, message: string): void => {
  notifications.show({ color: 'red', title, message, autoClose: 6000 });
};
