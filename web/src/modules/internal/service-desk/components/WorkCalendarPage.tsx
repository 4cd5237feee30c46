import { ActionIcon, Alert, Anchor, Badge, Button, Card, Chip, Grid, Group, SegmentedControl, Skeleton, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarOff, IconClock, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDay, useFormatters } from '../../../../i18n/format';
import { useErrorMessage } from '../../../../ui/errors';
import { QueryError } from '../../../../ui/ListStates';
import { notifySuccess } from '../../../../ui/notify';
import { useInternalPermissions } from '../../common/permissions';
import type { TWorkCalendar } from '../../common/types';
import { DayInput } from '../../common/ui';
import { todayInVietnam } from '../../employees/tenure';
import { checkPeriods, normalizeClock, weeklyHours } from '../hours';
import { useSaveWorkCalendar, useWorkCalendar } from '../hooks/useServiceDesk';

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const;

/** Working days, hours and holidays (Tết included): what SLA clocks count. */
export function WorkCalendarPage() {
  const calendar = useWorkCalendar();
  if (calendar.isPending) return <Skeleton h={480} radius="lg" />;
  if (calendar.isError) return <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />;
  return <CalendarEditor key={calendar.dataUpdatedAt} calendar={calendar.data} />;
}

type PeriodRow = { start: string; end: string };
type HolidayRow = { date: string; name: string };

function CalendarEditor({ calendar }: { calendar: TWorkCalendar }) {
  const { t } = useTranslation('internal');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const { can } = useInternalPermissions();
  const editable = can('servicedesk.configure');
  const save = useSaveWorkCalendar();
  const [days, setDays] = useState<string[]>(calendar.workDays.map(String));
  const [periods, setPeriods] = useState<PeriodRow[]>(calendar.periods);
  const [holidays, setHolidays] = useState<HolidayRow[]>(calendar.holidays);
  const [publicHolidays, setPublicHolidays] = useState(calendar.publicHolidays);
  const [newDate, setNewDate] = useState('');
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const thisYear = todayInVietnam().slice(0, 4);
  // Statutory days are computed by the server for every year; it sends last, this and next year's for display.
  const statutory = publicHolidays ? calendar.publicHolidayList : [];
  const years = [...new Set([...holidays.map((h) => h.date.slice(0, 4)), ...statutory.map((h) => h.date.slice(0, 4)), thisYear])].sort();
  const [year, setYear] = useState(thisYear);

  const problems = checkPeriods(periods);
  const hours = weeklyHours(days.map(Number), periods.filter((_, i) => !problems[i]));
  const dirty =
    JSON.stringify([days.map(Number).sort(), periods, holidays, publicHolidays]) !==
    JSON.stringify([[...calendar.workDays].sort(), calendar.periods, calendar.holidays, calendar.publicHolidays]);

  const addHoliday = () => {
    const date = parseDay(newDate);
    if (!date) return setAddError(t('common.dayInvalid'));
    if (!newName.trim()) return setAddError(t('calendar.nameRequired'));
    if (holidays.some((h) => h.date === date)) return setAddError(t('calendar.duplicate'));
    setHolidays([...holidays, { date, name: newName.trim() }].sort((a, b) => a.date.localeCompare(b.date)));
    setYear(date.slice(0, 4));
    setNewDate('');
    setNewName('');
    setAddError(null);
  };

  const submit = () => {
    setFailure(null);
    if (!days.length) return setFailure(t('calendar.noDays'));
    if (!periods.length || problems.some(Boolean)) return setFailure(t('calendar.periodsInvalid'));
    save.mutate(
      { workDays: days.map(Number).sort(), periods, holidays, publicHolidays },
      { onSuccess: () => notifySuccess(t('calendar.saved')), onError: (error) => setFailure(errorMessage(error)) },
    );
  };

  const ownDates = new Set(holidays.map((h) => h.date));
  const shownHolidays = [
    ...holidays.filter((h) => h.date.startsWith(year)).map((h) => ({ ...h, statutory: false })),
    ...statutory.filter((h) => h.date.startsWith(year) && !ownDates.has(h.date)).map((h) => ({ ...h, statutory: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/internal/services" size="sm" c="dimmed" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('serviceEditor.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={2} fz={{ base: 22, sm: 26 }}>
          {t('calendar.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('calendar.lead')}
        </Text>
      </Stack>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card>
              <Text fw={600} mb="xs">
                {t('calendar.days')}
              </Text>
              <Chip.Group multiple value={days} onChange={editable ? setDays : undefined}>
                <Group gap={6}>
                  {WEEK.map((d) => (
                    <Chip key={d} value={String(d)} disabled={!editable} variant="light" data-testid={`day-${d}`}>
                      {t(`calendar.weekday.${d}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Card>
            <Card>
              <Group justify="space-between" mb="xs">
                <Group gap={8}>
                  <IconClock size={18} color="var(--mantine-color-ocean-7)" />
                  <Text fw={600}>{t('calendar.hours')}</Text>
                </Group>
                <Badge variant="light" size="lg" tt="none" data-testid="weekly-hours">
                  {t('calendar.weekly', { hours: format.number(hours) })}
                </Badge>
              </Group>
              <Stack gap="xs">
                {periods.map((period, i) => (
                  <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                    <TextInput
                      aria-label={t('calendar.start')}
                      value={period.start}
                      onChange={(e) => setPeriods(periods.map((p, j) => (j === i ? { ...p, start: e.currentTarget.value } : p)))}
                      onBlur={(e) => {
                        const value = normalizeClock(e.currentTarget.value);
                        if (value) setPeriods(periods.map((p, j) => (j === i ? { ...p, start: value } : p)));
                      }}
                      readOnly={!editable}
                      w={90}
                      error={problems[i] ? true : undefined}
                    />
                    <Text mt={6}>–</Text>
                    <TextInput
                      aria-label={t('calendar.end')}
                      value={period.end}
                      onChange={(e) => setPeriods(periods.map((p, j) => (j === i ? { ...p, end: e.currentTarget.value } : p)))}
                      onBlur={(e) => {
                        const value = normalizeClock(e.currentTarget.value);
                        if (value) setPeriods(periods.map((p, j) => (j === i ? { ...p, end: value } : p)));
                      }}
                      readOnly={!editable}
                      w={90}
                      error={problems[i] ? t(`calendar.problem.${problems[i]}`) : undefined}
                    />
                    {editable ? (
                      <ActionIcon variant="subtle" color="red" mt={4} onClick={() => setPeriods(periods.filter((_, j) => j !== i))} aria-label={t('calendar.removePeriod')} disabled={periods.length === 1}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    ) : null}
                  </Group>
                ))}
                {editable && periods.length < 6 ? (
                  <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} w="fit-content" onClick={() => setPeriods([...periods, { start: '18:00', end: '20:00' }])}>
                    {t('calendar.addPeriod')}
                  </Button>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('calendar.timeZone', { zone: calendar.timeZone })}
                </Text>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card data-testid="holidays">
            <Group justify="space-between" mb="xs" gap="xs">
              <Group gap={8}>
                <IconCalendarOff size={18} color="var(--mantine-color-red-7)" />
                <Text fw={600}>{t('calendar.holidays')}</Text>
              </Group>
              {years.length > 1 ? <SegmentedControl size="xs" value={year} onChange={setYear} data={years} /> : null}
            </Group>
            <Switch
              checked={publicHolidays}
              onChange={(e) => setPublicHolidays(e.currentTarget.checked)}
              disabled={!editable}
              label={t('calendar.publicHolidays')}
              description={t('calendar.publicHolidaysHint')}
              mb="sm"
              data-testid="public-holidays"
            />
            <Text size="sm" c="dimmed" mb="sm">
              {t('calendar.ownDaysLead')}
            </Text>
            <Table.ScrollContainer minWidth={360}>
              <Table verticalSpacing={6} fz="sm">
                <Table.Tbody>
                  {shownHolidays.map((h) => (
                    <Table.Tr key={`${h.date}-${h.statutory}`} data-testid={h.statutory ? 'statutory-holiday-row' : 'holiday-row'}>
                      <Table.Td w={110} style={{ whiteSpace: 'nowrap' }}>
                        {format.day(h.date)}
                      </Table.Td>
                      <Table.Td w={70} c="dimmed">
                        {t(`calendar.weekdayShort.${isoWeekday(h.date)}`)}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          {h.name}
                          {/tết/i.test(h.name) && !/dương lịch/i.test(h.name) ? (
                            <Badge color="red" size="xs" variant="light">
                              {t('calendar.tet')}
                            </Badge>
                          ) : null}
                          {h.statutory ? (
                            <Badge color="gray" size="xs" variant="outline">
                              {t('calendar.statutory')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      {editable ? (
                        <Table.Td w={40}>
                          {h.statutory ? null : (
                            <ActionIcon variant="subtle" color="red" size="sm" onClick={() => setHolidays(holidays.filter((x) => x.date !== h.date))} aria-label={t('calendar.removeHoliday', { name: h.name })}>
                              <IconTrash size={14} />
                            </ActionIcon>
                          )}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {!shownHolidays.length ? (
              <Text size="sm" c="dimmed" py="sm">
                {t('calendar.noHolidays')}
              </Text>
            ) : null}
            {editable ? (
              <Group gap="xs" align="flex-start" mt="sm" wrap="wrap">
                <DayInput aria-label={t('calendar.holidayDate')} value={newDate} onChange={(e) => setNewDate(e.currentTarget.value)} w={130} data-testid="holiday-date" />
                <TextInput
                  aria-label={t('calendar.holidayName')}
                  placeholder={t('calendar.holidayNamePlaceholder')}
                  value={newName}
                  onChange={(e) => setNewName(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      addHoliday();
                    }
                  }}
                  style={{ flex: '1 1 200px' }}
                  error={addError}
                  data-testid="holiday-name"
                />
                <Button variant="light" leftSection={<IconPlus size={14} />} onClick={addHoliday} data-testid="holiday-add">
                  {t('calendar.addHoliday')}
                </Button>
              </Group>
            ) : null}
          </Card>
        </Grid.Col>
      </Grid>

      {failure ? (
        <Alert color="red" variant="light">
          {failure}
        </Alert>
      ) : null}
      {editable ? (
        <Group justify="flex-end" className="tandem-form-footer">
          <Text size="sm" c="dimmed" mr="auto">
            {dirty ? t('calendar.unsaved') : ''}
          </Text>
          <Button onClick={submit} loading={save.isPending} disabled={!dirty} data-testid="calendar-save">
            {t('common.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** 1 = Monday … 7 = Sunday, read from the day itself (no time zone involved). */
function isoWeekday(isoDay: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
