import { ActionIcon, Anchor, Button, CopyButton, Group, Paper, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentWorkspace } from '../../../auth';
import type { TEmployee } from '../../common/types';

/**
 * An employee's referral link with a copy button and a ready-to-send message (no QR code: people paste
 * it in Zalo, Messenger or an SMS). The phone's share sheet opens it when the browser has one.
 */
export function ReferralShare({ employee, own }: { employee: Pick<TEmployee, 'fullName' | 'referralCode' | 'referralUrl'>; own: boolean }) {
  const { t } = useTranslation('internal');
  const { workspace } = useCurrentWorkspace();
  const company = workspace?.name ?? '';
  const message = own
    ? t('referral.shareTextOwn', { company, url: employee.referralUrl })
    : t('referral.shareText', { name: employee.fullName, company, url: employee.referralUrl });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  return (
    <Stack gap="sm" data-testid="referral-share">
      <Group gap="xs" wrap="nowrap">
        <TextInput value={employee.referralUrl} readOnly aria-label={t('referral.link')} style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} data-testid="referral-url" />
        <CopyButton value={employee.referralUrl} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('referral.copyLink')}>
              <ActionIcon variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} size={36} onClick={copy} aria-label={t('referral.copyLink')} data-testid="copy-referral-link">
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t('referral.code', { code: employee.referralCode })} ·{' '}
        <Anchor href={employee.referralUrl} target="_blank" rel="noopener" size="xs">
          {t('referral.open')} <IconExternalLink size={11} />
        </Anchor>
      </Text>
      <Paper withBorder p="xs" radius="md" bg="var(--mantine-color-default-hover)">
        <Textarea value={message} readOnly autosize minRows={2} variant="unstyled" aria-label={t('referral.message')} data-testid="referral-message" />
      </Paper>
      <Group gap="xs">
        <CopyButton value={message} timeout={2000}>
          {({ copied, copy }) => (
            <Button variant="light" size="xs" color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy} data-testid="copy-referral-message">
              {copied ? t('common.copied') : t('referral.copyMessage')}
            </Button>
          )}
        </CopyButton>
        {canShare ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconShare size={14} />}
            onClick={() => void navigator.share({ text: message }).catch(() => undefined)}
          >
            {t('referral.share')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
