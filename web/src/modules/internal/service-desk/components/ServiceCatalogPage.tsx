import { Anchor, Badge, Button, Card, EmptyState, Group, Select, SimpleGrid, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarTime, IconForms, IconHeadset, IconPencil, IconPlus, IconSearch, IconSend } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../ui/ListStates';
import { PageHeader } from '../../../../ui/PageHeader';
import { foldedIncludes } from '../../../../ui/fold';
import { InternalTabs } from '../../common/InternalTabs';
import { useInternalPermissions } from '../../common/permissions';
import type { TService } from '../../common/types';
import { useDepartments } from '../../departments/hooks/useDepartments';
import { useServices } from '../hooks/useServiceDesk';
import { RequestFormModal } from './RequestFormModal';
import { ServiceSla } from './ServiceSla';
import { DepartmentLink } from '../../common/links';
import { DepartmentSelect } from '../../common/ui';

type ServiceCatalogPageProps = { departmentId?: string; onDepartmentChange: (departmentId: string | undefined) => void };

/** What each department offers the others, and the door to ask for it. */
export function ServiceCatalogPage({ departmentId, onDepartmentChange }: ServiceCatalogPageProps) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const services = useServices();
  const departments = useDepartments();
  const [query, setQuery] = useState('');
  const [asking, setAsking] = useState<TService | null>(null);

  const visible = (services.data ?? [])
    .filter((s) => s.active || can('servicedesk.configure'))
    .filter((s) => !departmentId || s.departmentId === departmentId)
    .filter((s) => !query.trim() || foldedIncludes(`${s.name} ${s.description ?? ''} ${s.departmentName}`, query));
  const groups = new Map<string, { name: string; services: TService[] }>();
  for (const service of visible) {
    const group = groups.get(service.departmentId) ?? { name: service.departmentName, services: [] };
    group.services.push(service);
    groups.set(service.departmentId, group);
  }

  return (
    <>
      <PageHeader
        title={t('services.title')}
        description={t('services.description')}
        actions={
          can('servicedesk.configure') ? (
            <Group gap="xs">
              <Button component={Link} to="/internal/calendar" variant="default" leftSection={<IconCalendarTime size={16} />}>
                {t('calendar.title')}
              </Button>
              <Button renderRoot={(root) => <Link {...root} to="/internal/services/new" search={departmentId ? { departmentId } : {}} />} leftSection={<IconPlus size={16} />} data-testid="add-service">
                {t('services.add')}
              </Button>
            </Group>
          ) : null
        }
      />
      <InternalTabs active="services" />

      <Group gap="sm" mb="md" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('services.search')}
          aria-label={t('services.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          miw={220}
        />
        <DepartmentSelect
          aria-label={t('common.department')}
          placeholder={t('common.allDepartments')}
          departments={departments.data ?? []}
          value={departmentId ?? null}
          onChange={(value) => onDepartmentChange(value ?? undefined)}
          clearable
          searchable
          miw={220}
          data-testid="catalog-department"
        />
      </Group>

      {services.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} h={170} radius="lg" />
          ))}
        </SimpleGrid>
      ) : services.isError ? (
        <QueryError error={services.error} onRetry={() => void services.refetch()} />
      ) : groups.size === 0 ? (
        <EmptyState variant="light" icon={<IconHeadset size={28} />} title={services.data.length ? t('services.noMatch') : t('services.empty')} description={services.data.length ? undefined : t('services.emptyText')} py="xl">
          {!services.data.length && can('servicedesk.configure') ? (
            <EmptyState.Actions>
              <Button renderRoot={(root) => <Link {...root} to="/internal/services/new" search={{}} />} leftSection={<IconPlus size={16} />}>
                {t('services.add')}
              </Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      ) : (
        <Stack gap="xl">
          {[...groups.entries()].map(([id, group]) => (
            <Stack key={id} gap="sm" data-testid="catalog-group">
              <Group gap="xs" justify="space-between">
                <DepartmentLink id={id} c="var(--mantine-color-text)">
                  <Title order={3} fz="md">
                    {group.name}
                  </Title>
                </DepartmentLink>
                <Text size="xs" c="dimmed">
                  {t('services.count', { count: group.services.length })}
                </Text>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {group.services.map((service) => (
                  <ServiceCard key={service.id} service={service} onAsk={() => setAsking(service)} />
                ))}
              </SimpleGrid>
            </Stack>
          ))}
        </Stack>
      )}
      <RequestFormModal service={asking} onClose={() => setAsking(null)} />
    </>
  );
}

function ServiceCard({ service, onAsk }: { service: TService; onAsk: () => void }) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  return (
    <Card data-testid="service-card" data-name={service.name} opacity={service.active ? 1 : 0.7} style={{ display: 'flex', flexDirection: 'column' }}>
      <Stack gap={6} style={{ flex: 1 }}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Text fw={600}>{service.name}</Text>
          {!service.active ? (
            <Badge color="gray" size="sm" style={{ flex: 'none' }}>
              {t('services.inactive')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {service.description || t('services.noDescription')}
        </Text>
        <ServiceSla service={service} />
        <Group gap={4} c="dimmed">
          <IconForms size={13} />
          <Text size="xs">{t('services.fieldCount', { count: service.formFields.length })}</Text>
        </Group>
      </Stack>
      <Group mt="md" gap="xs" justify="space-between">
        {service.active && can('requests.create') ? (
          <Button size="sm" leftSection={<IconSend size={15} />} onClick={onAsk} data-testid="service-ask">
            {t('services.ask')}
          </Button>
        ) : (
          <span />
        )}
        {can('servicedesk.configure') ? (
          <Button
            renderRoot={(root) => <Link {...root} to="/internal/services/$serviceId/edit" params={{ serviceId: service.id }} />}
            size="sm"
            variant="subtle"
            color="gray"
            leftSection={<IconPencil size={15} />}
            data-testid="service-edit"
          >
            {t('common.edit')}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
