import { Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { TCarePlanPreview } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { useErrorMessage } from '../../../ui/errors';
import { PersonLink } from '../../customers';

type CarePlanPreviewPanelProps = { preview: TCarePlanPreview | null; loading: boolean; error: unknown; waiting?: boolean };

/** "If it ran now, this rule would act on N customers", with some of them, before it is switched on. */
export function CarePlanPreviewPanel({ preview, loading, error, waiting }: CarePlanPreviewPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  if (error) {
    return (
      <Alert color="orange" title={t('carePlans.preview.failed')}>
        {errorMessage(error)}
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-blue-light)" data-testid="care-plan-preview">
      <Stack gap="xs">
        <Group gap="xs">
          <IconUsers size={18} />
          {waiting || !preview ? (
            <Text size="sm" c="dimmed">
              {t('carePlans.preview.waiting')}
            </Text>
          ) : (
            <Text size="sm" fw={600} data-testid="care-plan-preview-count" data-count={preview.count}>
              {t('carePlans.preview.count', { count: preview.count, formatted: format.number(preview.count) })}
            </Text>
          )}
          {loading ? <Loader size="xs" /> : null}
        </Group>
        {preview && preview.sample.length > 0 ? (
          <Stack gap={2}>
            {preview.sample.map((s) => (
              <Group key={`${s.personId}:${s.triggerDate}`} gap="xs" wrap="nowrap">
                <PersonLink id={s.personId} size="sm" target="_blank">
                  {s.fullName}
                </PersonLink>
                <Text size="xs" c="dimmed">
                  {t('carePlans.preview.dueOn', { date: format.day(s.triggerDate) })}
                </Text>
              </Group>
            ))}
            {preview.count > preview.sample.length ? (
              <Text size="xs" c="dimmed">
                {t('carePlans.preview.more', { count: preview.count - preview.sample.length })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('carePlans.preview.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
