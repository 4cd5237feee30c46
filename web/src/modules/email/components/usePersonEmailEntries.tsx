import { IconMail, IconMailExclamation, IconMailOff } from '@tabler/icons-react';
import type { EmailStatus } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../timeline';
import { usePersonEmailTimeline } from '../hooks/useEmail';
import { STATUS_COLOR, useBlockedReason } from './EmailStatusBadge';

type EmailData = { status: EmailStatus; toAddress: string | null; blockedReason: string | null; lastError: string | null; attempts: number; maxAttempts: number; userName: string | null; purpose: string };

/** The person's e-mails as timeline entries: sent, waiting in the outbox, blocked or failed with the error. */
export function usePersonEmailEntries(personId: string) {
  const { t } = useTranslation();
  const blocked = useBlockedReason();
  const query = usePersonEmailTimeline(personId);
  const entries: TimelineEntry[] = (query.data?.pages.flatMap((p) => p.data) ?? []).map((item) => {
    const d = item.data as EmailData;
    const body = [
      t(`email.status.${d.status}`),
      d.toAddress,
      d.status === 'blocked' ? blocked(d.blockedReason) : null,
      d.status === 'failed' || (d.status === 'queued' && d.lastError) ? `${t('email.messages.attempts', { n: d.attempts, max: d.maxAttempts })} · ${d.lastError ?? ''}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      id: `email-${item.id}`,
      kind: 'email',
      occurredAt: item.at,
      icon: d.status === 'failed' ? <IconMailExclamation size={14} /> : d.status === 'blocked' ? <IconMailOff size={14} /> : <IconMail size={14} />,
      color: STATUS_COLOR[d.status],
      title: t('email.timelineTitle', { subject: item.title }),
      body,
      actorName: d.userName,
    };
  });
  return { entries, query };
}
