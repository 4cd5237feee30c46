import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconCircleCheck, IconDownload, IconPlayerPlay, IconPlayerStop, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { issuesCsvUrl } from '../api/importsApi';
import { isMoving, useImport, useImportAction, useJob } from '../hooks/useImports';

type ImportProgressProps = {
  importId: string;
  entity: ImportEntity;
  onOpenList: () => void;
  onAnother: () => void;
};

/** A running import's progress bar, then what it did, with its row problems to download and an undo. */
export function ImportProgress({ importId, entity, onOpenList, onAnother }: ImportProgressProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const job = useJob(importId);
  const moving = job.data ? isMoving(job.data.state) : true;
  const details = useImport(importId, false);
  const rollback = useImportAction('rollback');
  const resume = useImportAction('resume');
  const cancel = useImportAction('cancel');
  const [confirmRollback, setConfirmRollback] = useState(false);

  const data = job.data;
  const state = data?.state ?? 'queued';
  const percent = data?.total ? Math.min(100, Math.round((data.processed / data.total) * 100)) : null;
  const done = !moving;
  const stats = data
    ? [
        { key: 'inserted', label: t('imports.result.inserted'), value: data.inserted, color: 'teal' },
        { key: 'updated', label: t('imports.result.updated'), value: data.updated, color: 'ocean' },
        { key: 'skipped', label: t('imports.result.skipped'), value: data.skipped, color: 'orange' },
        { key: 'errors', label: t('imports.result.errors'), value: data.errors, color: data.errors ? 'red' : 'gray' },
      ]
    : [];
  // Whether it may be undone or resumed is read once the job stops moving.
  const info = done ? details.data : undefined;

  return (
    <Stack gap="lg" data-testid="import-progress" data-state={state}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={40} radius="xl" variant="light" color={state === 'completed' ? 'teal' : state === 'failed' ? 'red' : state === 'rolled_back' ? 'gray' : 'ocean'}>
          {state === 'completed' ? <IconCircleCheck size={22} /> : state === 'failed' || state === 'interrupted' ? <IconAlertTriangle size={22} /> : <IconUsers size={22} />}
        </ThemeIcon>
        <div>
          <Text fw={600} data-testid="import-state">
            {t(`imports.states.${state}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {data?.total != null
              ? t('imports.progressOf', { processed: format.number(data.processed), total: format.number(data.total) })
              : t('imports.counting')}
          </Text>
        </div>
      </Group>
      <Progress
        value={percent ?? 100}
        striped={moving}
        animated={moving}
        size="lg"
        radius="xl"
        color={state === 'failed' ? 'red' : state === 'rolled_back' ? 'gray' : done ? 'teal' : undefined}
        aria-label={t('imports.progressLabel')}
        data-testid="import-progress-bar"
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {stats.map((stat) => (
          <Paper key={stat.key} withBorder p="sm" radius="md" data-testid={`result-${stat.key}`}>
            <Text size="xs" c="dimmed">
              {stat.label}
            </Text>
            <Text fz={26} fw={700} c={stat.value ? stat.color : 'dimmed'}>
              {format.number(stat.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {data?.failure ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('imports.failedTitle')}>
          {data.failure}
        </Alert>
      ) : null}
      {state === 'rolled_back' ? (
        <Alert color="gray" icon={<IconArrowBackUp size={18} />}>
          {t('imports.rolledBackText')}
        </Alert>
      ) : null}
      <Group gap="xs">
        {moving && state === 'running' ? (
          <Button
            variant="default"
            leftSection={<IconPlayerStop size={16} />}
            loading={cancel.isPending}
            onClick={() => cancel.mutate(importId, { onError: (error) => notifyError(t('imports.actionFailed'), errorMessage(error)) })}
          >
            {t('imports.cancel')}
          </Button>
        ) : null}
        {done && state !== 'rolled_back' ? (
          <Button leftSection={<IconUsers size={16} />} onClick={onOpenList} data-testid="import-open-list">
            {entity === 'person' ? t('imports.openPeople') : t('imports.openOrganizations')}
          </Button>
        ) : null}
        {done && data && data.errors + data.skipped > 0 ? (
          <Button component="a" href={issuesCsvUrl(importId)} download variant="default" leftSection={<IconDownload size={16} />} data-testid="import-download-errors">
            {t('imports.downloadIssues')}
          </Button>
        ) : null}
        {info?.canResume ? (
          <Button
            variant="light"
            leftSection={<IconPlayerPlay size={16} />}
            loading={resume.isPending}
            onClick={() => resume.mutate(importId, { onError: (error) => notifyError(t('imports.actionFailed'), errorMessage(error)) })}
          >
            {t('imports.resume')}
          </Button>
        ) : null}
        {info?.canRollback && state !== 'rolling_back' ? (
          <Button variant="subtle" color="red" leftSection={<IconArrowBackUp size={16} />} onClick={() => setConfirmRollback(true)} data-testid="import-rollback">
            {t('imports.rollback')}
          </Button>
        ) : null}
        {done ? (
          <Button variant="subtle" onClick={onAnother}>
            {t('imports.another')}
          </Button>
        ) : null}
      </Group>
      <ConfirmModal
        opened={confirmRollback}
        title={t('imports.rollbackTitle')}
        message={t('imports.rollbackText', { inserted: data?.inserted ?? 0, updated: data?.updated ?? 0 })}
        confirmLabel={t('imports.rollback')}
        loading={rollback.isPending}
        onClose={() => setConfirmRollback(false)}
        onConfirm={() =>
          rollback.mutate(importId, {
            onSuccess: () => {
              setConfirmRollback(false);
              notifySuccess(t('imports.rollbackStarted'));
            },
            onError: (error) => notifyError(t('imports.actionFailed'), errorMessage(error)),
          })
        }
      />
    </Stack>
  );
}
