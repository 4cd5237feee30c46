import { Alert, Anchor, Avatar, Button, Card, DataList, Grid, Group, Menu, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  IconAddressBook,
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowLeft,
  IconBuildingStore,
  IconChevronDown,
  IconClipboardList,
  IconDots,
  IconGitMerge,
  IconChecklist,
  IconHistory,
  IconMail,
  IconNotes,
  IconPencil,
  IconTags,
  IconTrash,
} from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPerson } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../ui/errors';
import { initials } from '../../../ui/initials';
import { QueryError } from '../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { NotFoundScreen } from '../../../ui/StatusScreens';
import { isApiError } from '../../../api/client';
import { usePermissions } from '../../auth';
import { useCustomFields } from '../../custom-fields';
import { AddressView, ContactList, CustomFieldsList, DuplicateMatches, LifecycleBadge, OrganizationLink, PersonLink, Section, TagList, useCustomerLabels } from '../../customers';
import { useConsentHistory, useDeletePerson, usePerson, usePersonDuplicates, useRestorePerson } from '../hooks/usePeople';
import { ConsentSection } from './ConsentSection';
import { MergePeopleModal } from './MergePeopleModal';
import { PersonFormModal } from './PersonFormModal';
import { PersonTimeline } from './PersonTimeline';
import { CustomerTasks } from '../../tasks';
import { SendEmailModal } from '../../email';
import { LogInteractionMenu } from '../../interactions';

/** One person: who they are, how to reach them, what they agreed to, and what happened with them. */
export function PersonPage({ personId }: { personId: string }) {
  const person = usePerson(personId);
  if (person.isPending) return <PersonSkeleton />;
  if (person.isError) {
    if (isApiError(person.error) && person.error.status === 404) return <NotFoundScreen homeHref="/customers/people" />;
    return <QueryError error={person.error} onRetry={() => void person.refetch()} />;
  }
  return <PersonView person={person.data} />;
}

function PersonView({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCustomerLabels();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { can } = usePermissions();
  const definitions = useCustomFields('person');
  const deleted = person.deletedAt !== null;
  const duplicates = usePersonDuplicates(person.id, !deleted);
  const consents = useConsentHistory(person.id);
  const remove = useDeletePerson();
  const restore = useRestorePerson();
  const [editing, setEditing] = useState(false);
  const [emailing, setEmailing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState<string[] | null>(null);
  const matches = duplicates.data ?? [];

  const doRestore = () =>
    restore.mutate(person.id, {
      onSuccess: () => notifySuccess(t('people.restored', { name: person.fullName })),
      onError: (error) => notifyError(t('people.restoreFailed'), errorMessage(error)),
    });

  const facts = [
    person.birthday ? { label: t('fields.birthday'), value: format.day(person.birthday) } : null,
    person.gender ? { label: t('fields.gender'), value: labels.gender(person.gender) } : null,
  ].filter((f) => f !== null);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/customers/people" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('people.backToList')}
        </Group>
      </Anchor>

      <Card>
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="md" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 300px' }}>
            <Avatar size={56} radius="xl" color="initials" name={person.fullName} visibleFrom="xs">
              {initials(person.fullName)}
            </Avatar>
            <Stack gap={6} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Title order={2} fz={{ base: 20, sm: 24 }} data-testid="person-name">
                  {person.fullName}
                </Title>
                <LifecycleBadge stage={person.lifecycleStage} size="lg" />
              </Group>
              <Text size="sm" c="dimmed">
                {[
                  labels.type(person.customerType),
                  person.source ? t('people.fromSource', { source: labels.source(person.source) }) : null,
                  t('people.customerSince', { date: format.date(person.createdAt) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('fields.owner')}:{' '}
                </Text>
                <Text span fw={500} data-testid="person-owner">
                  {person.ownerName ?? t('people.noOwner')}
                </Text>
              </Text>
            </Stack>
          </Group>
          {!deleted && (can('customers.write') || can('customers.delete') || can('email.send')) ? (
            <Group gap="xs">
              {can('email.send') ? (
                <Button variant="light" leftSection={<IconMail size={16} />} onClick={() => setEmailing(true)} data-testid="send-email">
                  {t('email.compose.action')}
                </Button>
              ) : null}
              {can('customers.write') ? (
                <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="edit-person">
                  {t('people.edit')}
                </Button>
              ) : null}
              {can('customers.delete') || can('customers.merge') ? (
                <Menu position="bottom-end" shadow="md" withinPortal>
                  <Menu.Target>
                    <Button variant="default" px="xs" aria-label={t('people.more')} rightSection={<IconChevronDown size={14} />}>
                      <IconDots size={16} />
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {can('customers.merge') && matches.length ? (
                      <Menu.Item leftSection={<IconGitMerge size={16} />} onClick={() => setMerging([person.id, ...matches.map((m) => m.id)])}>
                        {t('merge.withDuplicates')}
                      </Menu.Item>
                    ) : null}
                    {can('customers.delete') ? (
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)} data-testid="delete-person">
                        {t('people.delete')}
                      </Menu.Item>
                    ) : null}
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Group>
          ) : null}
        </Group>
      </Card>

      {person.mergedIntoId ? (
        <Alert color="gray" icon={<IconGitMerge size={18} />} title={t('people.mergedTitle')}>
          <PersonLink id={person.mergedIntoId}>
            {t('people.openMerged')}
          </PersonLink>
        </Alert>
      ) : deleted ? (
        <Alert color="red" variant="light" icon={<IconTrash size={18} />} title={t('people.inTrash')} data-testid="person-deleted">
          <Group justify="space-between">
            <Text size="sm">{t('people.inTrashText', { date: format.date(person.deletedAt ?? person.updatedAt) })}</Text>
            {can('customers.delete') ? (
              <Button size="xs" color="teal" leftSection={<IconArrowBackUp size={16} />} onClick={doRestore} loading={restore.isPending} data-testid="restore-person">
                {t('lists.restore')}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : null}

      {matches.length ? (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('people.possibleDuplicates', { count: matches.length })} data-testid="duplicates-banner">
          <Stack gap="sm">
            <DuplicateMatches matches={matches} kind="person" />
            {can('customers.merge') ? (
              <Button
                size="xs"
                variant="white"
                color="yellow.9"
                leftSection={<IconGitMerge size={16} />}
                w="fit-content"
                onClick={() => setMerging([person.id, ...matches.map((m) => m.id)])}
                data-testid="merge-duplicates"
              >
                {t('merge.action')}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Section title={t('people.contact')} icon={<IconAddressBook size={18} color="var(--mantine-color-ocean-7)" />} testId="contact-section">
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <ContactList phones={person.phones} emails={person.emails} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Stack gap="xs">
                    <AddressView address={person.address} />
                    {facts.length ? (
                      <DataList gap={4} labelWidth={90}>
                        {facts.map((fact) => (
                          <DataList.Item key={fact.label}>
                            <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
                            <DataList.ItemValue data-testid={fact.label === t('fields.birthday') ? 'person-birthday' : undefined}>{fact.value}</DataList.ItemValue>
                          </DataList.Item>
                        ))}
                      </DataList>
                    ) : null}
                  </Stack>
                </Grid.Col>
              </Grid>
            </Section>
            <Section title={t('fields.organizations')} icon={<IconBuildingStore size={18} color="var(--mantine-color-ocean-7)" />}>
              {person.organizations.length ? (
                <Stack gap={6}>
                  {person.organizations.map((org) => (
                    <Group key={org.id} gap="xs">
                      <OrganizationLink id={org.id} size="sm" fw={500}>
                        {org.name}
                      </OrganizationLink>
                      {org.jobTitle ? (
                        <Text size="sm" c="dimmed">
                          · {org.jobTitle}
                        </Text>
                      ) : null}
                    </Group>
                  ))}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('people.noOrganizations')}
                </Text>
              )}
            </Section>
            {definitions.length ? (
              <Section title={t('personForm.customFields')} icon={<IconClipboardList size={18} color="var(--mantine-color-ocean-7)" />}>
                <CustomFieldsList definitions={definitions} values={person.customFields} />
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <ConsentSection person={person} history={consents.data ?? []} canWrite={can('customers.write')} />
            <Section title={t('fields.tags')} icon={<IconTags size={18} color="var(--mantine-color-ocean-7)" />}>
              <TagList tags={person.tags} />
            </Section>
            <Section title={t('fields.notes')} icon={<IconNotes size={18} color="var(--mantine-color-ocean-7)" />}>
              <Text size="sm" c={person.notes ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }} className="tandem-break">
                {person.notes ?? t('people.noNotes')}
              </Text>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <Section title={t('tasks.title')} icon={<IconChecklist size={18} color="var(--mantine-color-ocean-7)" />} testId="tasks-section">
        <CustomerTasks personId={person.id} />
      </Section>
      <Section
        title={t('timeline.title')}
        icon={<IconHistory size={18} color="var(--mantine-color-ocean-7)" />}
        testId="timeline-section"
        action={deleted ? null : <LogInteractionMenu personId={person.id} />}
      >
        <PersonTimeline person={person} consents={consents.data ?? []} />
      </Section>

      <PersonFormModal opened={editing} onClose={() => setEditing(false)} person={person} onSaved={() => setEditing(false)} />
      <SendEmailModal opened={emailing} onClose={() => setEmailing(false)} person={person} />
      <MergePeopleModal
        opened={merging !== null}
        ids={merging ?? []}
        preferredTargetId={person.id}
        onClose={() => setMerging(null)}
        onMerged={(merged) => {
          setMerging(null);
          if (merged.id !== person.id) void navigate({ to: '/customers/people/$personId', params: { personId: merged.id } });
        }}
      />
      <ConfirmModal
        opened={deleting}
        title={t('people.deleteTitle')}
        message={t('people.deleteText', { name: person.fullName })}
        confirmLabel={t('people.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(person.id, {
            onSuccess: () => {
              setDeleting(false);
              notifySuccess(t('people.deleted', { name: person.fullName }));
              void navigate({ to: '/customers/people' });
            },
            onError: (error) => notifyError(t('people.deleteFailed'), errorMessage(error)),
          })
        }
      />
    </Stack>
  );
}

function PersonSkeleton() {
  return (
    <Stack gap="md">
      <Skeleton height={16} width={120} />
      <Skeleton height={110} radius="lg" />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton height={320} radius="lg" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={320} radius="lg" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
