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
    <Badge color={STATUS_COLOR[status]} variant="light" styles={{ label: { overflow: 'visible' } }} style={{ flexShrink: 0 }} data-testid="email-status">
      {t(`email.status.${status}`)}
    </Badge>
  );
}

/** Who queued a message, in words: `care_plan:<id>` → "Care plan" (the id is not for people). */
export function useEmailSource() {
  const { t } = useTranslation();
  return (source: string) => {
    const kind = source.split(':')[0] ?? source;
    return t(`email.sources.${kind}`, { defaultValue: kind });
  };
}

/** Why a blocked message was not sent, in words. */
export function useBlockedReason() {
  const { t } = useTranslation();
  return (reason: string | null | undefined) => (reason ? t(`email.blocked.${reason}`, { defaultValue: reason }) : '');
}
