import { Badge } from '@mantine/core';
import type { EmailStatus } from '@tandem/shared';
import { useTranslation } from 'react-i18next';

export const STATUS_COLOR: Record<EmailStatus, string> = {
  queued: 'blue',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
  outbox: 'orange',
  blocked: 'gray',
};

/** A message's status in words and colour. */
export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid="email-status">
      {t(`email.status.${status}`)}
    </Badge>
  );
}

/** Why a blocked message was not sent, in words. */
export function useBlockedReason() {
  const { t } = useTranslation();
  return (reason: string | null | undefined) => (reason ? t(`email.blocked.${reason}`, { defaultValue: reason }) : '');
}
