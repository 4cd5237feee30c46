import { Alert, Anchor, Avatar, Badge, Button, Card, DataList, Grid, Group, Menu, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconAffiliate,
  IconArrowLeft,
  IconBriefcase,
  IconChevronDown,
  IconDiscount2,
  IconDots,
  IconId,
  IconLink,
  IconLock,
  IconPencil,
  IconPhone,
  IconTrash,
  IconUser,
} from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { telHref, useFormatters } from '../../../../i18n/format';
import { ConfirmModal } from '../../../../ui/ConfirmModal';
import { useErrorMessage } from '../../../../ui/errors';
import { initials } from '../../../../ui/initials';
import { QueryError } from '../../../../ui/ListStates';
import { notifyError, notifySuccess } from '../../../../ui/notify';
import { ResponsiveTabList } from '../../../../ui/ResponsiveTabs';
import { NotFoundScreen } from '../../../../ui/StatusScreens';
import { useSession } from '../../../auth';
import { EmployeeInteractions } from '../../../interactions';
import { PersonLink } from '../../../customers';
import { useMemberDirectory } from '../../../members';
import { useInternalPermissions } from '../../common/permissions';
import type { EmployeeTab } from '../../searchParams';
import type { TEmployee } from '../../common/types';
import { EmployeeStatusBadge, Panel } from '../../common/ui';
import { HrTab } from '../../hr/components/HrTab';
import { EmployeeBenefitsPanel } from '../../benefits/components/EmployeeBenefitsPanel';
import { DiscountUsageList } from '../../purchases/components/DiscountUsageList';
import { ReferralShare } from '../../referrals/components/ReferralShare';
import { useDeleteEmployee, useEmployee, useLinkedPerson } from '../hooks/useEmployees';
import { useTenureText } from '../useTenureText';
import { EmployeeFormModal } from './EmployeeFormModal';
import { DepartmentLink, EmployeeLink } from '../../common/links';

type EmployeePageProps = { employeeId: string; tab?: EmployeeTab; onTabChange: (tab: EmployeeTab) => void };

/** One employee: work, contact, links to their account and customer record, referral link; HR data for HR. */
export function EmployeePage({ employeeId, tab, onTabChange }: EmployeePageProps) {
  const employee = useEmployee(employeeId);
  if (employee.isPending) return <Skeleton h={420} radius="lg" />;
  if (employee.isError) {
    if (isApiError(employee.error) && employee.error.status === 404) return <NotFoundScreen homeHref="/internal/employees" />;
    return <QueryError error={employee.error} onRetry={() => void employee.refetch()} />;
  }
  return <EmployeeView employee={employee.data} tab={tab} onTabChange={onTabChange} />;
}

function EmployeeView({ employee, tab, onTabChange }: { employee: TEmployee; tab?: EmployeeTab; onTabChange: (tab: EmployeeTab) => void }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const session = useSession();
  const { can } = useInternalPermissions();
  const remove = useDeleteEmployee();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const isSelf = employee.userId === session.user.id;

  // The HR tab exists only for roles that may read salary and contracts; nobody else even asks for them.
  const tabs = [
    { value: 'profile' as const, label: t('employee.tabs.profile'), icon: <IconUser size={16} /> },
    ...(can('hr.sensitive') ? [{ value: 'hr' as const, label: t('employee.tabs.hr'), icon: <IconLock size={16} /> }] : []),
    ...(isSelf || can('purchases.manage') ? [{ value: 'discounts' as const, label: t('employee.tabs.discounts'), icon: <IconDiscount2 size={16} /> }] : []),
  ];
  const active = tabs.find((x) => x.value === tab)?.value ?? 'profile';

  const doDelete = () =>
    remove.mutate(employee.id, {
      onSuccess: () => {
        notifySuccess(t('employee.deleted', { name: employee.fullName }));
        void navigate({ to: '/internal/employees' });
      },
      onError: (error) => notifyError(t('employee.deleteFailed'), errorMessage(error)),
    });

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/internal/employees" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('employee.back')}
        </Group>
      </Anchor>

      <Card>
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="md" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Avatar size={64} radius="xl" color="initials" name={employee.fullName}>
              {initials(employee.fullName)}
            </Avatar>
            <Stack gap={6} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Title order={2} fz={{ base: 20, sm: 24 }} data-testid="employee-name-heading">
                  {employee.fullName}
                </Title>
                <EmployeeStatusBadge status={employee.status} />
                {isSelf ? (
                  <Badge variant="outline" size="sm">
                    {t('employee.you')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {[employee.positionTitle, employee.departmentName].filter(Boolean).join(' · ') || t('employee.noDepartment')}
              </Text>
              {employee.status === 'left' && employee.leftDate ? (
                <Text size="sm" c="red.7">
                  {t('employee.leftOn', { date: format.day(employee.leftDate) })}
                  {employee.leftReason ? ` — ${employee.leftReason}` : ''}
                </Text>
              ) : null}
            </Stack>
          </Group>
          {can('internal.manage') ? (
            <Group gap="xs">
              <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="edit-employee">
                {t('common.edit')}
              </Button>
              <Menu position="bottom-end" shadow="md">
                <Menu.Target>
                  <Button variant="default" px="xs" aria-label={t('common.more')} rightSection={<IconChevronDown size={14} />}>
                    <IconDots size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                    {t('employee.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          ) : null}
        </Group>
      </Card>

      <Tabs
        value={active}
        onChange={(value) => {
          const next = tabs.find((x) => x.value === value);
          if (next) onTabChange(next.value);
        }}
        keepMounted={false}
      >
        {tabs.length > 1 ? (
          <Card p={0} mb="md">
            <ResponsiveTabList items={tabs} value={active} onChange={onTabChange} label={t('employee.sections')} />
          </Card>
        ) : null}
        <Tabs.Panel value="profile">
          <ProfileTab employee={employee} isSelf={isSelf} />
          <EmployeeInteractions employeeId={employee.id} />
        </Tabs.Panel>
        {can('hr.sensitive') ? (
          <Tabs.Panel value="hr">
            <HrTab employee={employee} />
          </Tabs.Panel>
        ) : null}
        {isSelf || can('purchases.manage') ? (
          <Tabs.Panel value="discounts">
            <Panel title={t('employee.discountsTitle')} icon={<IconDiscount2 size={18} color="var(--mantine-color-teal-7)" />}>
              <DiscountUsageList employeeId={isSelf ? undefined : employee.id} />
            </Panel>
          </Tabs.Panel>
        ) : null}
      </Tabs>

      <EmployeeFormModal opened={editing} onClose={() => setEditing(false)} employee={employee} />
      <ConfirmModal
        opened={deleting}
        title={t('employee.deleteTitle')}
        message={t('employee.deleteText', { name: employee.fullName })}
        confirmLabel={t('employee.delete')}
        loading={remove.isPending}
        onConfirm={doDelete}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function ProfileTab({ employee, isSelf }: { employee: TEmployee; isSelf: boolean }) {
  const { t } = useTranslation('internal');
  const { can } = useInternalPermissions();
  const format = useFormatters();
  const tenure = useTenureText();
  const members = useMemberDirectory();
  const person = useLinkedPerson(employee.personId);
  const dash = (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Panel title={t('employee.work')} icon={<IconBriefcase size={18} color="var(--mantine-color-ocean-7)" />} testId="employee-work">
            <DataList gap={8} labelWidth={150} size="sm">
              <Fact label={t('common.department')}>
                {employee.departmentId ? (
                  <DepartmentLink id={employee.departmentId} size="sm">
                    {employee.departmentName}
                  </DepartmentLink>
                ) : (
                  dash
                )}
              </Fact>
              <Fact label={t('employeeForm.position')}>{employee.positionTitle ?? dash}</Fact>
              <Fact label={t('employees.manager')}>
                {employee.managerId ? (
                  <EmployeeLink id={employee.managerId} size="sm">
                    {employee.managerName}
                  </EmployeeLink>
                ) : (
                  dash
                )}
              </Fact>
              <Fact label={t('employees.startDate')} testId="employee-start-date">
                {format.day(employee.startDate)}
              </Fact>
              <Fact label={t('employees.tenure')} testId="employee-tenure">
                {tenure(employee)}
              </Fact>
              <Fact label={t('employee.contract')} testId="employee-contract-type">
                {employee.contractType ? t(`contractType.${employee.contractType}`) : dash}
              </Fact>
              <Fact label={t('employeeForm.code')}>{employee.employeeCode ?? dash}</Fact>
              <Fact label={t('employees.status')}>
                <EmployeeStatusBadge status={employee.status} />
              </Fact>
            </DataList>
          </Panel>
          <Panel title={t('employee.contact')} icon={<IconPhone size={18} color="var(--mantine-color-ocean-7)" />}>
            <DataList gap={8} labelWidth={150} size="sm">
              <Fact label={t('employeeForm.email')}>
                {employee.email ? (
                  <Anchor href={`mailto:${employee.email}`} size="sm" className="tandem-break">
                    {employee.email}
                  </Anchor>
                ) : (
                  dash
                )}
              </Fact>
              <Fact label={t('employeeForm.phone')}>
                {employee.phone ? (
                  <Anchor href={telHref(employee.phone)} size="sm">
                    {format.phone(employee.phone)}
                  </Anchor>
                ) : (
                  dash
                )}
              </Fact>
              <Fact label={t('employeeForm.birthday')}>{employee.birthday ? format.day(employee.birthday) : dash}</Fact>
              <Fact label={t('employeeForm.gender')}>{employee.gender ? t(`employeeForm.${employee.gender}`) : dash}</Fact>
            </DataList>
          </Panel>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Panel title={t('employee.links')} icon={<IconLink size={18} color="var(--mantine-color-ocean-7)" />} testId="employee-links">
            <DataList gap={8} labelWidth={130} size="sm">
              <Fact label={t('employeeForm.account')} testId="employee-account-link">
                {employee.userId ? (
                  <Group gap={6}>
                    <IconId size={14} />
                    {members.nameOf(employee.userId) ?? t('employee.accountLinked')}
                  </Group>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('employee.noAccount')}
                  </Text>
                )}
              </Fact>
              <Fact label={t('employeeForm.person')} testId="employee-person-link">
                {employee.personId ? (
                  <PersonLink id={employee.personId} size="sm">
                    {person.data?.fullName ?? t('employee.openPerson')}
                  </PersonLink>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('employee.noPerson')}
                  </Text>
                )}
              </Fact>
            </DataList>
            {!employee.personId ? (
              <Text size="xs" c="dimmed" mt="xs">
                {t('employee.personWhy')}
              </Text>
            ) : null}
          </Panel>
          <Panel title={t('employee.referral')} icon={<IconAffiliate size={18} color="var(--mantine-color-grape-7)" />} testId="employee-referral">
            {employee.status === 'left' ? (
              <Alert color="gray" variant="light">
                {t('employee.referralInactive')}
              </Alert>
            ) : (
              <ReferralShare employee={employee} own={isSelf} />
            )}
          </Panel>
          {/* HR sees benefits with amounts in the HR tab; everyone else sees which ones, here. */}
          {can('hr.sensitive') ? null : <EmployeeBenefitsPanel employee={employee} />}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
