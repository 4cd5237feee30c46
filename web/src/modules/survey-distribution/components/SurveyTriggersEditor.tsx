import { Alert, Button, Group, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TSurvey } from '@tandem/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/client';
import { useErrorMessage } from '../../../ui/errors';
import type { SurveyTriggerEvent } from '../api/distributionApi';
import { MAX_DELAY_MINUTES, splitDelay, toMinutes, triggerEventsFor, type DelayUnit } from '../distribution';
import { useSaveSurveyTriggers, useSurveyTriggers } from '../hooks/useDistribution';

type Row = { event: SurveyTriggerEvent; enabled: boolean; active: boolean; value: number | string; unit: DelayUnit };

/** "Gửi tự động sau…": one row per event that fits the survey's audience, with a delay; saved together. */
export function SurveyTriggersEditor({ survey, canEdit }: { survey: TSurvey; canEdit: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useSurveyTriggers(survey.id);
  const save = useSaveSurveyTriggers(survey.id);
  const events = triggerEventsFor(survey.audience);
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!query.data) return;
    setRows(
      events.map((event) => {
        const existing = query.data.triggers.find((x) => x.event === event);
        const d = splitDelay(existing?.delayMinutes ?? 60);
        return { event, enabled: !!existing, active: existing?.active ?? true, value: d.value, unit: d.unit };
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query.data, survey.audience.type]);
  const patch = (i: number, p: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const submit = async () => {
    const local: Record<string, string> = {};
    const triggers = rows.flatMap((r, i) => {
      if (!r.enabled) return [];
      const minutes = toMinutes(Number(r.value), r.unit);
      if (!Number.isFinite(minutes) || minutes < 0 || minutes > MAX_DELAY_MINUTES) local[`triggers.${i}.delayMinutes`] = t('surveyDistribution.triggers.delayRange');
      return [{ event: r.event, delayMinutes: minutes, active: r.active }];
    });
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await save.mutateAsync(triggers);
      notifications.show({ color: 'green', message: t('surveyDistribution.triggers.saved') });
    } catch (e) {
      setErrors(fieldErrorsOf(e));
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  if (query.error) return <Alert color="red">{errorMessage(query.error)}</Alert>;
  return (
    <Stack gap="sm" data-testid="survey-triggers">
      <Text size="sm" c="dimmed">
        {t('surveyDistribution.triggers.help')}
      </Text>
      {rows.map((r, i) => (
        <Stack key={r.event} gap={4}>
          <Switch
            label={t(`surveyDistribution.triggers.events.${r.event}`)}
            checked={r.enabled}
            disabled={!canEdit}
            onChange={(e) => patch(i, { enabled: e.currentTarget.checked })}
            data-testid={`trigger-${r.event}`}
          />
          {r.enabled ? (
            <Group align="flex-end" gap="xs" wrap="wrap" pl="xl">
              <NumberInput
                label={t('surveyDistribution.triggers.delay')}
                min={0}
                allowDecimal={false}
                value={r.value}
                onChange={(v) => patch(i, { value: v })}
                disabled={!canEdit}
                error={errors[`triggers.${i}.delayMinutes`] ?? errors[`triggers.${i}.event`]}
                w={80}
                data-testid={`trigger-${r.event}-delay`}
              />
              <Select
                aria-label={t('surveyDistribution.triggers.unit')}
                data={(['minutes', 'hours', 'days'] as const).map((u) => ({ value: u, label: t(`surveyDistribution.triggers.units.${u}`) }))}
                value={r.unit}
                onChange={(v) => v && patch(i, { unit: v as DelayUnit })}
                allowDeselect={false}
                disabled={!canEdit}
                w={100}
              />
              <Switch label={t('surveyDistribution.triggers.active')} checked={r.active} disabled={!canEdit} onChange={(e) => patch(i, { active: e.currentTarget.checked })} mb={8} />
            </Group>
          ) : null}
        </Stack>
      ))}
      {survey.status !== 'active' ? (
        <Text size="xs" c="dimmed">
          {t('surveyDistribution.triggers.inactive')}
        </Text>
      ) : null}
      {canEdit ? (
        <Group>
          <Button size="xs" variant="light" onClick={() => void submit()} loading={save.isPending} data-testid="save-triggers">
            {t('surveyDistribution.triggers.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
