import { Alert, Anchor, Avatar, Button, Card, Code, DataList, Grid, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import {
  IconAddressBook,
  IconArrowBackUp,
  IconArrowLeft,
  IconClipboardList,
  IconChecklist,
  IconHistory,
  IconNotes,
  IconPencil,
  IconTags,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TOrganization } from '@tandem/shared';
import { isApiError } from '../../../api/client';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { initials } from '../../../ui/initials';
import { QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { NotFoundScreen } from '../../../ui/StatusScreens';
import { usePermissions } from '../../auth';
import { useCustomFields } from '../../custom-fields';
import { AddressView, ContactList, CustomFieldsList, LifecycleBadge, PersonLink, Section, TagList, useCustomerLabels, useRecordHistory } from '../../customers';
import { Timeline } from '../../timeline';
import { LogInteractionMenu, useInteractionEntries } from '../../interactions';
import { CustomerTasks } from '../../tasks';
import { useDeleteOrganization, useOrganization, useRestoreOrganization } from '../hooks/useOrganizations';
import { OrganizationFormModal } from './OrganizationFormModal';

export function OrganizationPage({ organizationId }: { organizationId: string }) {
  const organization = useOrganization(organizationId);
  if (organization.isPending) return <Skeleton height={400} radius="lg" />;
  if (organization.isError) {
    if (isApiError(organization.error) && organization.error.status === 404) return <NotFoundScreen homeHref="/customers/organizations" />;
    return <QueryError error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return <OrganizationView organization={organization.data} />;
}

/** An organization: tax code, contact, the people who work there, and its history. */
function OrganizationView({ organization }: { organization: TOrganization }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCustomerLabels();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { can } = usePermissions();
  const definitions = useCustomFields('organization');
  const history = useRecordHistory('organizations', organization.id, can('events.read'));
  const interactions = useInteractionEntries({ organizationId: organization.id });
  const remove = useDeleteOrganization();
  const restore = useRestoreOrganization();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const deleted = organization.deletedAt !== null;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/customers/organizations" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('organizations.backToList')}
        </Group>
      </Anchor>
      <Card>
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="md" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 300px' }}>
            <Avatar size={56} radius="md" color="grape" visibleFrom="xs">
              {initials(organization.name.replace(/^(Công ty (TNHH|Cổ phần)|Doanh nghiệp tư nhân|Hợp tác xã)\s+/i, ''))}
            </Avatar>
            <Stack gap={6} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Title order={2} fz={{ base: 20, sm: 24 }} data-testid="organization-name">
                  {organization.name}
                </Title>
                <LifecycleBadge stage={organization.lifecycleStage} size="lg" />
              </Group>
              <Group gap="xs">
                {organization.taxCode ? (
                  <Text size="sm">
                    <Text span c="dimmed">
                      {t('fields.taxCode')}:{' '}
                    </Text>
                    <Code fz="sm" data-testid="organization-taxCode">
                      {organization.taxCode}
                    </Code>
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('organizations.noTaxCode')}
                  </Text>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {[labels.type(organization.customerType), organization.industry, t('people.customerSince', { date: format.date(organization.createdAt) })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('fields.owner')}:{' '}
                </Text>
                <Text span fw={500}>
                  {organization.ownerName ?? t('people.noOwner')}
                </Text>
              </Text>
            </Stack>
          </Group>
          {!deleted ? (
            <Group gap="xs">
              {can('customers.write') ? (
                <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="edit-organization">
                  {t('people.edit')}
                </Button>
              ) : null}
              {can('customers.delete') ? (
                <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                  {t('people.delete')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>
      </Card>
      {deleted ? (
        <Alert color="red" variant="light" icon={<IconTrash size={18} />} title={t('people.inTrash')}>
          <Group justify="space-between">
            <Text size="sm">{t('people.inTrashText', { date: format.date(organization.deletedAt ?? organization.updatedAt) })}</Text>
            {can('customers.delete') ? (
              <Button
                size="xs"
                color="teal"
                leftSection={<IconArrowBackUp size={16} />}
                loading={restore.isPending}
                onClick={() =>
                  restore.mutate(organization.id, {
                    onSuccess: () => notifySuccess(t('organizations.restored', { name: organization.name })),
                    onError: (error) => notifyError(t('organizations.restoreFailed'), errorMessage(error)),
                  })
                }
              >
                {t('lists.restore')}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Section title={t('people.contact')} icon={<IconAddressBook size={18} color="var(--mantine-color-ocean-7)" />}>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <ContactList phones={organization.phones} emails={organization.emails} />
                  {organization.website ? (
                    <Anchor href={/^https?:\/\//.test(organization.website) ? organization.website : `https://${organization.website}`} target="_blank" rel="noopener" size="sm" mt={8} display="block">
                      {organization.website}
                    </Anchor>
                  ) : null}
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <AddressView address={organization.address} />
                </Grid.Col>
              </Grid>
            </Section>
            <Section
              title={t('organizations.people', { count: organization.people.length })}
              icon={<IconUsers size={18} color="var(--mantine-color-ocean-7)" />}
              testId="organization-people"
            >
              {organization.people.length ? (
                <Table verticalSpacing={6}>
                  <Table.Tbody>
                    {organization.people.map((person) => (
                      <Table.Tr key={person.id}>
                        <Table.Td>
                          <PersonLink id={person.id} size="sm" fw={500}>
                            {person.fullName}
                          </PersonLink>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed">
                            {person.jobTitle ?? '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('organizations.noPeople')}
                </Text>
              )}
            </Section>
            <Section title={t('tasks.title')} icon={<IconChecklist size={18} color="var(--mantine-color-ocean-7)" />} testId="tasks-section">
              <CustomerTasks organizationId={organization.id} />
            </Section>
            <Section
              title={t('timeline.title')}
              icon={<IconHistory size={18} color="var(--mantine-color-ocean-7)" />}
              testId="timeline-section"
              action={deleted ? null : <LogInteractionMenu organizationId={organization.id} />}
            >
              {can('events.read') ? null : (
                <Text size="xs" c="dimmed" mb="sm">
                  {t('organizations.noHistoryAccess')}
                </Text>
              )}
              <Timeline
                entries={[...history.entries, ...interactions.entries]}
                loading={(can('events.read') && history.query.isPending) || interactions.query.isPending}
                error={history.query.isError ? history.query.error : interactions.query.isError ? interactions.query.error : undefined}
                onRetry={() => {
                  void history.query.refetch();
                  void interactions.query.refetch();
                }}
                hasMore={history.query.hasNextPage || interactions.query.hasNextPage}
                loadingMore={history.query.isFetchingNextPage || interactions.query.isFetchingNextPage}
                onLoadMore={() => {
                  if (history.query.hasNextPage) void history.query.fetchNextPage();
                  if (interactions.query.hasNextPage) void interactions.query.fetchNextPage();
                }}
                empty={
                  <Text size="sm" c="dimmed">
                    {t('timeline.empty')}
                  </Text>
                }
              />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            {definitions.length ? (
              <Section title={t('personForm.customFields')} icon={<IconClipboardList size={18} color="var(--mantine-color-ocean-7)" />}>
                <CustomFieldsList definitions={definitions} values={organization.customFields} />
              </Section>
            ) : null}
            <Section title={t('fields.tags')} icon={<IconTags size={18} color="var(--mantine-color-ocean-7)" />}>
              <TagList tags={organization.tags} />
            </Section>
            <Section title={t('fields.notes')} icon={<IconNotes size={18} color="var(--mantine-color-ocean-7)" />}>
              <Text size="sm" c={organization.notes ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                {organization.notes ?? t('people.noNotes')}
              </Text>
            </Section>
            <Section title={t('organizations.details')}>
              <DataList gap={4} labelWidth={110}>
                <DataList.Item>
                  <DataList.ItemLabel>{t('fields.source')}</DataList.ItemLabel>
                  <DataList.ItemValue>{organization.source ? labels.source(organization.source) : '—'}</DataList.ItemValue>
                </DataList.Item>
                <DataList.Item>
                  <DataList.ItemLabel>{t('fields.updatedAt')}</DataList.ItemLabel>
                  <DataList.ItemValue>{format.dateTime(organization.updatedAt)}</DataList.ItemValue>
                </DataList.Item>
              </DataList>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <OrganizationFormModal opened={editing} onClose={() => setEditing(false)} organization={organization} onSaved={() => setEditing(false)} />
      <ConfirmModal
        opened={deleting}
        title={t('organizations.deleteTitle')}
        message={t('organizations.deleteText', { name: organization.name })}
        confirmLabel={t('people.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(organization.id, {
            onSuccess: () => {
              setDeleting(false);
              notifySuccess(t('people.deleted', { name: organization.name }));
              void navigate({ to: '/customers/organizations' });
            },
            onError: (error) => notifyError(t('people.deleteFailed'), errorMessage(error)),
          })
        }
      />
    </Stack>
  );
}
