import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type SecretRevealProps = { value: string; testId?: string };

/** A secret or link shown in full, with a copy button beside it. */
export function SecretReveal({ value, testId }: SecretRevealProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="stretch">
      <Code
        block
        data-testid={testId}
        className="tandem-break"
        style={{ flex: 1, fontSize: 13, whiteSpace: 'pre-wrap', userSelect: 'all' }}
      >
        {value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
            <ActionIcon
              onClick={copy}
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              size="xl"
              aria-label={t('common.copy')}
              data-testid={testId ? `${testId}-copy` : undefined}
            >
              {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
