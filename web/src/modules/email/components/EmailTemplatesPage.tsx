import { ActionIcon, Alert, Badge, Button, Card, Code, Group, Modal, Select, Stack, Table, Tabs, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { EMAIL_VARIABLES, type TEmailTemplate } from '@tandem/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ListSkeleton, QueryError } from '../../../ui/ListStates';
import { PageHeader } from '../../../ui/PageHeader';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useErrorMessage } from '../../../ui/errors';
import { useFormFailure } from '../../../ui/useFormFailure';
import { usePermissions } from '../../auth';
import { useDeleteEmailTemplate, useEmailTemplates, useSaveEmailTemplate } from '../hooks/useEmail';

/** E-mail templates: a subject and text in Vietnamese and English with {{variables}}. */
export function EmailTemplatesPage() {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const templates = useEmailTemplates();
  const remove = useDeleteEmailTemplate();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<TEmailTemplate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TEmailTemplate | null>(null);
  const manage = can('email.templates');

  return (
    <>
      <PageHeader
        title={t('email.templates.title')}
        description={t('email.templates.description')}
        actions={
          manage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="template-new">
              {t('email.templates.new')}
            </Button>
          ) : null
        }
      />
      <Card p={0}>
        {templates.isPending ? (
          <ListSkeleton rows={3} />
        ) : templates.isError ? (
          <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
        ) : templates.data.data.length === 0 ? (
          <Text c="dimmed" size="sm" p="lg">
            {t('email.templates.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="templates-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('email.templates.name')}</Table.Th>
                  <Table.Th>{t('email.templates.subjectVi')}</Table.Th>
                  <Table.Th>{t('email.templates.purpose')}</Table.Th>
                  <Table.Th>{t('email.templates.variables')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {templates.data.data.map((tpl) => (
                  <Table.Tr key={tpl.id} data-testid="template-row">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {tpl.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {tpl.subjectVi}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {tpl.subjectEn}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={tpl.purpose === 'marketing' ? 'grape' : 'blue'}>
                        {t(`email.purposes.${tpl.purpose}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {tpl.variables.map((v) => (
                          <Code key={v}>{`{{${v}}}`}</Code>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {manage ? (
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <ActionIcon variant="subtle" aria-label={t('email.templates.edit')} onClick={() => setEditing(tpl)}>
                            <IconPencil size={16} />
                          </ActionIcon>
                          <ActionIcon variant="subtle" color="red" aria-label={t('email.templates.delete')} onClick={() => setDeleting(tpl)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('email.templates.new') : t('email.templates.edit')} size="xl">
        {editing !== null ? <TemplateForm template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('email.templates.deleteTitle')}
        message={t('email.templates.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('email.templates.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifySuccess(t('email.templates.deleted'));
            },
            onError: (error) => notifyError(t('email.templates.deleteFailed'), errorMessage(error)),
          })
        }
      />
    </>
  );
}

type Values = { name: string; purpose: 'transactional' | 'marketing'; subjectVi: string; bodyVi: string; subjectEn: string; bodyEn: string };

const KNOWN = new Set<string>(EMAIL_VARIABLES);

function TemplateForm({ template, onDone }: { template: TEmailTemplate | null; onDone: () => void }) {
  const { t } = useTranslation();
  /** The same check as the server's, in the user's language: empty, or a variable Tandem does not know. */
  const textError = (v: string) => {
    if (!v.trim()) return t('email.templates.required');
    const unknown = [...v.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]!).find((name) => !KNOWN.has(name));
    return unknown ? t('email.templates.unknownVariable', { variable: `{{${unknown}}}` }) : null;
  };
  const save = useSaveEmailTemplate();
  const form = useForm<Values>({
    initialValues: {
      name: template?.name ?? '',
      purpose: template?.purpose ?? 'transactional',
      subjectVi: template?.subjectVi ?? '',
      bodyVi: template?.bodyVi ?? '',
      subjectEn: template?.subjectEn ?? '',
      bodyEn: template?.bodyEn ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('email.templates.required')),
      subjectVi: (v) => textError(v),
      bodyVi: (v) => textError(v),
      subjectEn: (v) => textError(v),
      bodyEn: (v) => textError(v),
    },
  });
  const { failure, reset, handleError } = useFormFailure(form);
  // A field error in the hidden language tab would go unseen: open the tab that has one.
  const [lang, setLang] = useState<string | null>('vi');
  const enError = Boolean(form.errors.subjectEn || form.errors.bodyEn);
  const viError = Boolean(form.errors.subjectVi || form.errors.bodyVi);
  // Errors from the server land on fields of either language: show the tab that has them.
  useEffect(() => {
    if (viError && !enError) setLang('vi');
    else if (enError && !viError) setLang('en');
  }, [viError, enError]);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (v) => {
          reset();
          save.mutate(
            { id: template?.id ?? null, body: v },
            {
              onSuccess: () => {
                notifySuccess(t('email.templates.saved'));
                onDone();
              },
              onError: handleError,
            },
          );
        },
        (errors) => setLang(errors.subjectVi || errors.bodyVi ? 'vi' : errors.subjectEn || errors.bodyEn ? 'en' : lang),
      )}
    >
      <Stack>
        {failure ? <Alert color="red">{failure}</Alert> : null}
        <Group grow align="flex-start">
          <TextInput label={t('email.templates.name')} required {...form.getInputProps('name')} data-testid="template-name" />
          <Select
            label={t('email.templates.purpose')}
            data={(['transactional', 'marketing'] as const).map((value) => ({ value, label: t(`email.purposes.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('purpose')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('email.templates.variablesHelp')} {EMAIL_VARIABLES.map((v) => `{{${v}}}`).join(', ')}
        </Text>
        <Tabs value={lang} onChange={setLang}>
          <Tabs.List>
            <Tabs.Tab value="vi" color={viError ? 'red' : undefined}>
              Tiếng Việt
            </Tabs.Tab>
            <Tabs.Tab value="en" color={enError ? 'red' : undefined}>
              English
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="vi" pt="sm">
            <Stack>
              <TextInput label={t('email.templates.subject')} required {...form.getInputProps('subjectVi')} data-testid="template-subject-vi" />
              <Textarea label={t('email.templates.body')} required autosize minRows={8} maxRows={20} {...form.getInputProps('bodyVi')} data-testid="template-body-vi" />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="en" pt="sm">
            <Stack>
              <TextInput label={t('email.templates.subject')} required {...form.getInputProps('subjectEn')} data-testid="template-subject-en" />
              <Textarea label={t('email.templates.body')} required autosize minRows={8} maxRows={20} {...form.getInputProps('bodyEn')} data-testid="template-body-en" />
            </Stack>
          </Tabs.Panel>
        </Tabs>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('email.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="template-save">
            {t('email.templates.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
