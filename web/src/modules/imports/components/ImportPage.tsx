import { Alert, Anchor, Button, Card, Group, List, SegmentedControl, Stack, Stepper, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconDownload, IconFileImport } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, OnDuplicate, TImportPreview } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { useErrorMessage } from '../../../ui/errors';
import { FileDrop } from '../../../ui/FileDrop';
import { PageHeader } from '../../../ui/PageHeader';
import { CustomersTabs } from '../../customers';
import { usePreviewImport, useStartImport } from '../hooks/useImports';
import { choicesFromPreview, conflictingTargets, hasNameColumn, mappingOf, templateCsv, type ColumnChoices } from '../importTargets';
import { ImportProgress } from './ImportProgress';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { RecentImports } from './RecentImports';

type Step = 0 | 1 | 2 | 3;

/** Khách hàng → Nhập từ tệp: upload, map columns, preview every row problem, then import and follow it. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`);
  const [step, setStep] = useState<Step>(0);
  const [entity, setEntity] = useState<ImportEntity>('person');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TImportPreview | null>(null);
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const [importId, setImportId] = useState<string | null>(null);
  const check = usePreviewImport();
  const start = useStartImport();

  const reset = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setChoices({});
    setImportId(null);
    check.reset();
    start.reset();
  };

  const readFile = () => {
    if (!file) return;
    check.mutate(
      { file, entity, onDuplicate },
      {
        onSuccess: (result) => {
          setPreview(result);
          setChoices(choicesFromPreview(result.columns, result.mapping));
          setStep(1);
        },
      },
    );
  };

  const checkRows = () => {
    if (!file) return;
    check.mutate(
      { file, entity, onDuplicate, mapping: mappingOf(choices) },
      {
        onSuccess: (result) => {
          setPreview(result);
          setStep(2);
        },
      },
    );
  };

  const run = () => {
    if (!file) return;
    start.mutate(
      { file, entity, onDuplicate, mapping: mappingOf(choices) },
      {
        onSuccess: (created) => {
          setImportId(created.id);
          setStep(3);
        },
      },
    );
  };

  const downloadTemplate = () => {
    const url = URL.createObjectURL(new Blob([templateCsv(entity)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = entity === 'person' ? 'mau-khach-hang.csv' : 'mau-to-chuc.csv';
    link.click();
    URL.revokeObjectURL(url);
  };

  const mappingProblem =
    step === 1 && conflictingTargets(choices).size > 0
      ? t('imports.fixConflicts')
      : step === 1 && !hasNameColumn(entity, choices)
        ? t(entity === 'person' ? 'imports.needName' : 'imports.needOrganizationName')
        : null;
  const failure = check.isError ? errorMessage(check.error) : start.isError ? errorMessage(start.error) : null;

  return (
    <>
      <PageHeader title={t('customers.title')} description={t('imports.description')} />
      <CustomersTabs active="import" />
      <Stack gap="lg">
        <Card p={{ base: 'md', sm: 'xl' }}>
          <Stepper active={step} size="sm" mb="xl" allowNextStepsSelect={false} onStepClick={(next) => step < 3 && next < step && setStep(next as Step)}>
            {/* On a phone only the current step is named, under the numbers. */}
            <Stepper.Step label={isPhone ? undefined : t('imports.steps.upload')} />
            <Stepper.Step label={isPhone ? undefined : t('imports.steps.mapping')} />
            <Stepper.Step label={isPhone ? undefined : t('imports.steps.preview')} />
            <Stepper.Step label={isPhone ? undefined : t('imports.steps.run')} />
          </Stepper>
          {isPhone ? (
            <Text fw={600} mt={-8} mb="md">
              {[t('imports.steps.upload'), t('imports.steps.mapping'), t('imports.steps.preview'), t('imports.steps.run')][step]}
            </Text>
          ) : null}

          {failure ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} mb="md" role="alert" data-testid="import-error">
              {failure}
            </Alert>
          ) : null}

          {step === 0 ? (
            <Stack gap="md">
              <Group justify="space-between" align="flex-end">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('imports.whatToImport')}
                  </Text>
                  <SegmentedControl
                    value={entity}
                    onChange={(value) => {
                      setEntity(value === 'organization' ? 'organization' : 'person');
                      setPreview(null);
                    }}
                    data={[
                      { value: 'person', label: t('customers.tabs.people') },
                      { value: 'organization', label: t('customers.tabs.organizations') },
                    ]}
                    data-testid="import-entity"
                  />
                </Stack>
                <Anchor component="button" type="button" size="sm" onClick={downloadTemplate}>
                  <Group gap={4}>
                    <IconDownload size={14} />
                    {t('imports.template')}
                  </Group>
                </Anchor>
              </Group>
              <FileDrop
                accept={['.csv', '.xlsx']}
                file={file}
                onFile={(next) => {
                  setFile(next);
                  check.reset();
                }}
                title={t('imports.dropTitle')}
                hint={t('imports.dropHint')}
                wrongKind={t('imports.wrongKind')}
                formatSize={(bytes) => (bytes < 1024 * 1024 ? `${format.number(Math.ceil(bytes / 1024))} KB` : `${format.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`)}
                testId="import-file"
              />
              <List size="xs" c="dimmed" spacing={2}>
                <List.Item>{t('imports.tip1')}</List.Item>
                <List.Item>{t('imports.tip2')}</List.Item>
                <List.Item>{t('imports.tip3')}</List.Item>
              </List>
              <Group justify="flex-end">
                <Button rightSection={<IconArrowRight size={16} />} disabled={!file} loading={check.isPending} onClick={readFile} data-testid="import-next">
                  {t('imports.readFile')}
                </Button>
              </Group>
            </Stack>
          ) : null}

          {step === 1 && preview ? (
            <Stack gap="md">
              <MappingStep
                entity={entity}
                preview={preview}
                choices={choices}
                onChoices={setChoices}
                onDuplicate={onDuplicate}
                onDuplicateChange={setOnDuplicate}
              />
              {mappingProblem ? (
                <Text size="sm" c="red">
                  {mappingProblem}
                </Text>
              ) : null}
              <Group justify="space-between">
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(0)}>
                  {t('imports.back')}
                </Button>
                <Button rightSection={<IconArrowRight size={16} />} disabled={mappingProblem !== null} loading={check.isPending} onClick={checkRows} data-testid="import-check">
                  {t('imports.checkRows')}
                </Button>
              </Group>
            </Stack>
          ) : null}

          {step === 2 && preview ? (
            <Stack gap="md">
              <PreviewStep preview={preview} />
              <Group justify="space-between">
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(1)}>
                  {t('imports.backToMapping')}
                </Button>
                <Button
                  leftSection={<IconFileImport size={18} />}
                  disabled={preview.counts.valid === 0}
                  loading={start.isPending}
                  onClick={run}
                  data-testid="import-run"
                >
                  {preview.complete
                    ? t('imports.run', { count: preview.counts.valid })
                    : t('imports.runAll')}
                </Button>
              </Group>
            </Stack>
          ) : null}

          {step === 3 && importId ? (
            <ImportProgress
              importId={importId}
              entity={entity}
              onOpenList={() => void navigate({ to: entity === 'person' ? '/customers/people' : '/customers/organizations' })}
              onAnother={reset}
            />
          ) : null}
        </Card>
        <RecentImports
          onOpen={(id, kind) => {
            setEntity(kind);
            setImportId(id);
            setStep(3);
          }}
        />
      </Stack>
    </>
  );
}
