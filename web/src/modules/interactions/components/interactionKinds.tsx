import { IconMail, IconMapPin, IconMessageCircle, IconNote, IconPhoneCall, IconUsersGroup } from '@tabler/icons-react';
import type { InteractionKind } from '@tandem/shared';
import type { ReactNode } from 'react';

export const KIND_ICON: Record<InteractionKind, (size: number) => ReactNode> = {
  call: (size) => <IconPhoneCall size={size} />,
  email: (size) => <IconMail size={size} />,
  chat: (size) => <IconMessageCircle size={size} />,
  meeting: (size) => <IconUsersGroup size={size} />,
  visit: (size) => <IconMapPin size={size} />,
  note: (size) => <IconNote size={size} />,
};

export const KIND_COLOR: Record<InteractionKind, string> = { call: 'teal', email: 'blue', chat: 'violet', meeting: 'orange', visit: 'grape', note: 'gray' };

/** Channels offered in the form (stored lower-case; webhooks may send others, shown as they are). */
export const CHANNELS = ['hotline', 'mobile', 'zalo', 'messenger', 'web_chat', 'email', 'store', 'office', 'other'] as const;
/** The channel a kind usually happens on. */
export const DEFAULT_CHANNEL: Record<InteractionKind, string | null> = { call: 'hotline', email: 'email', chat: 'zalo', meeting: 'office', visit: 'store', note: null };

/** Call outcomes offered in the form (stored as these codes; other text is shown as it is). */
export const CALL_OUTCOMES = ['answered', 'no_answer', 'busy', 'callback_requested', 'voicemail', 'wrong_number'] as const;


/** "mm:ss" (or a plain number of minutes) → seconds; null when empty, NaN when unreadable. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (!value) return null;
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d{1,3}$/.test(value)) return Number(value) * 60;
  return Number.NaN;
}

/** 185 → "3:05"; an hour or more → "1:02:05". */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const p = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${p(m)}:${p(s)}` : `${m}:${p(s)}`;
}

export const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
