import { Anchor, Badge, Button, Card, FileInput, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Table, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconDownload, IconFileText, IconLock, IconPencil, IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../i18n/format';
import { useErrorMessage } from '../../../../ui/errors';
import { QueryError } from '../../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import type { TContract, TEmployee } from '../../common/types';
import { Panel } from '../../common/ui';
import { todayInVietnam } from '../../employees/tenure';
import { documentFileUrl } from '../api/hrApi';
import { useContracts, useDocuments, useUploadDocument } from '../hooks/useHr';
import { ContractFormModal } from './ContractFormModal';
import { EmployeeBenefitsPanel } from '../../benefits/components/EmployeeBenefitsPanel';

/** Contracts with salary and allowances, and HR documents: HR and the owner only (`hr.sensitive`). */
export function HrTab({ employee }: { employee: TEmployee }) {
  const { t } = useTranslation('internal');
  return (
    <Stack gap="md" data-testid="hr-tab">
      <Group gap={6} c="dimmed">
        <IconLock size={14} />
        <Text size="xs">{t('hr.confidential')}</Text>
      </Group>
      <Contracts employee={employee} />
      <EmployeeBenefitsPanel employee={employee} />
      <Documents employee={employee} />
    </Stack>
  );
}

const isCurrent = (c: TContract, today: string) => c.startDate <= today && (c.endDate === null || c.endDate >= today);

function Contracts({ employee }: { employee: TEmployee }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const contracts = useContracts(employee.id, true);
  const [editing, setEditing] = useState<TContract | 'new' | null>(null);
  const today = todayInVietnam();
  const list = [...(contracts.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));

  return (
    <Panel
      title={t('contracts.title')}
      icon={<IconFileText size={18} color="var(--mantine-color-ocean-7)" />}
      action={
        <Button size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="add-contract">
          {t('contracts.add')}
        </Button>
      }
      testId="contracts"
    >
      {contracts.isPending ? (
        <Skeleton h={120} />
      ) : contracts.isError ? (
        <QueryError error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : list.length ? (
        <Stack gap="sm">
          {list.map((c) => {
            const allowances = c.allowances.reduce((sum, a) => sum + a.amount, 0);
            const current = isCurrent(c, today);
            return (
              <Paper key={c.id} withBorder p="md" radius="md" data-testid="contract" style={current ? { borderColor: 'var(--mantine-color-teal-4)' } : undefined}>
                <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
                  <Stack gap={2}>
                    <Group gap={6}>
                      <Text fw={600}>{t(`contractType.${c.type}`)}</Text>
                      {current ? (
                        <Badge color="teal" size="sm">
                          {t('contracts.current')}
                        </Badge>
                      ) : c.startDate > today ? (
                        <Badge color="blue" size="sm">
                          {t('contracts.upcoming')}
                        </Badge>
                      ) : (
                        <Badge color="gray" size="sm">
                          {t('contracts.ended')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {c.endDate ? t('contracts.term', { from: format.day(c.startDate), to: format.day(c.endDate) }) : t('contracts.termOpen', { from: format.day(c.startDate) })}
                      {c.number ? ` · ${t('contracts.numberShort', { number: c.number })}` : ''}
                    </Text>
                  </Stack>
                  <Button variant="subtle" size="compact-sm" color="gray" leftSection={<IconPencil size={14} />} onClick={() => setEditing(c)}>
                    {t('common.edit')}
                  </Button>
                </Group>
                <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
                  <div>
                    <Text size="xs" c="dimmed">
                      {t('contracts.salary')}
                    </Text>
                    <Text fw={700} data-testid="contract-salary">
                      {c.salary === null ? '—' : format.money(c.salary)}
                    </Text>
                  </div>
                  <div>
                    <Text size="xs" c="dimmed">
                      {t('contracts.allowances')}
                    </Text>
                    <Text fw={600}>{format.money(allowances)}</Text>
                  </div>
                  <div>
                    <Text size="xs" c="dimmed">
                      {t('contracts.monthlyTotal')}
                    </Text>
                    <Text fw={700} c="ocean.7">
                      {format.money((c.salary ?? 0) + allowances)}
                    </Text>
                  </div>
                </SimpleGrid>
                {c.allowances.length ? (
                  <Table mt="xs" fz="sm" verticalSpacing={4} withRowBorders={false}>
                    <Table.Tbody>
                      {c.allowances.map((a, i) => (
                        <Table.Tr key={`${a.name}-${i}`} data-testid="allowance">
                          <Table.Td c="dimmed" pl={0}>
                            {a.name}
                          </Table.Td>
                          <Table.Td ta="right">{format.money(a.amount)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ) : null}
                {c.notes ? (
                  <Text size="sm" mt="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {c.notes}
                  </Text>
                ) : null}
              </Paper>
            );
          })}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('contracts.empty')}
        </Text>
      )}
      <ContractFormModal opened={editing !== null} onClose={() => setEditing(null)} employeeId={employee.id} contract={editing === 'new' ? null : editing} />
    </Panel>
  );
}

const DOCUMENT_KINDS = ['contract', 'id_card', 'degree', 'decision', 'health', 'other'] as const;
type DocumentKind = (typeof DOCUMENT_KINDS)[number];
const isDocumentKind = (value: string | null): value is DocumentKind => value !== null && (DOCUMENT_KINDS as readonly string[]).includes(value);
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.txt,application/pdf,image/png,image/jpeg,image/webp,text/plain';
const MAX_BYTES = 10 * 1024 * 1024;

function Documents({ employee }: { employee: TEmployee }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const documents = useDocuments(employee.id, true);
  const upload = useUploadDocument(employee.id);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind | null>('contract');
  const [fileError, setFileError] = useState<string | null>(null);

  const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${format.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`);
  const kindLabel = (value: string | null) => (isDocumentKind(value) ? t(`documents.kind.${value}`) : (value ?? ''));

  const send = () => {
    if (!file) return setFileError(t('documents.chooseFile'));
    if (file.size > MAX_BYTES) return setFileError(t('documents.tooLarge'));
    upload.mutate(
      { file, title: title.trim() || file.name, kind },
      {
        onSuccess: () => {
          notifySuccess(t('documents.uploaded'));
          setFile(null);
          setTitle('');
        },
        onError: (error) => notifyError(t('documents.uploadFailed'), errorMessage(error)),
      },
    );
  };

  return (
    <Panel title={t('documents.title')} icon={<IconFileText size={18} color="var(--mantine-color-grape-7)" />} testId="documents">
      {documents.isPending ? (
        <Skeleton h={80} />
      ) : documents.isError ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.length ? (
        <Table.ScrollContainer minWidth={520}>
          <Table fz="sm" verticalSpacing="xs">
            <Table.Tbody>
              {documents.data.map((d) => (
                <Table.Tr key={d.id} data-testid="document">
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <ThemeIcon variant="light" color="grape" size={32} radius="md">
                        <IconFileText size={16} />
                      </ThemeIcon>
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={500} truncate="end">
                          {d.title}
                        </Text>
                        <Text size="xs" c="dimmed" truncate="end">
                          {d.fileName} · {size(d.size)} · {format.date(d.createdAt)}
                        </Text>
                      </Stack>
                    </Group>
                  </Table.Td>
                  <Table.Td>{d.kind ? <Badge variant="light" color="gray">{kindLabel(d.kind)}</Badge> : null}</Table.Td>
                  <Table.Td ta="right">
                    <Anchor href={documentFileUrl(employee.id, d.id)} download={d.fileName} size="sm" data-testid="document-download">
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <IconDownload size={14} />
                        {t('documents.download')}
                      </Group>
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed" mb="sm">
          {t('documents.empty')}
        </Text>
      )}

      <Card withBorder radius="md" p="sm" mt="sm" bg="var(--mantine-color-default-hover)">
        <Text size="sm" fw={600} mb="xs">
          {t('documents.upload')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <FileInput
            placeholder={t('documents.chooseFile')}
            aria-label={t('documents.file')}
            accept={ACCEPT}
            value={file}
            onChange={(next) => {
              setFile(next);
              setFileError(null);
              if (next && !title.trim()) setTitle(next.name.replace(/\.[^.]+$/, ''));
            }}
            leftSection={<IconUpload size={16} />}
            clearable
            error={fileError}
            data-testid="document-file"
          />
          <TextInput placeholder={t('documents.titlePlaceholder')} aria-label={t('documents.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="document-title" />
          <Select
            aria-label={t('documents.kindLabel')}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
            value={kind}
            onChange={(value) => setKind(isDocumentKind(value) ? value : null)}
            clearable
          />
        </SimpleGrid>
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {t('documents.hint')}
          </Text>
          <Button size="xs" leftSection={<IconUpload size={14} />} onClick={send} loading={upload.isPending} data-testid="document-upload">
            {t('documents.uploadButton')}
          </Button>
        </Group>
      </Card>
    </Panel>
  );
}
