import { ActionIcon, Button, Card, Group, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { QUESTION_TYPES, type TSurveyQuestion } from '@tandem/shared';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = {
  questions: TSurveyQuestion[];
  onChange: (next: TSurveyQuestion[]) => void;
  readOnly: boolean;
  errors: Record<string, string>;
};

const SCALE: Partial<Record<TSurveyQuestion['type'], [number, number]>> = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };
const scaleOf = (q: TSurveyQuestion): [number, number] | null => (q.type === 'rating' ? [1, q.scaleMax ?? 5] : (SCALE[q.type] ?? null));
const isChoice = (q: TSurveyQuestion) => q.type === 'single_choice' || q.type === 'multiple_choice';

/** A fresh key not used by any question (q1, q2…). */
export function nextKey(prefix: string, used: string[]) {
  for (let i = 1; ; i++) if (!used.includes(`${prefix}${i}`)) return `${prefix}${i}`;
}

/** The builder's question list: type, texts in vi/en, required, options, rating scale and skip logic. */
export function QuestionEditor({ questions, onChange, readOnly, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<TSurveyQuestion>) => onChange(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) => {
    const next = [...questions];
    const [q] = next.splice(i, 1);
    next.splice(i + by, 0, q!);
    // A condition may only look back: drop conditions that now point forward.
    onChange(next.map((x, j) => (x.showIf && !next.slice(0, j).some((p) => p.id === x.showIf!.questionId) ? { ...x, showIf: null } : x)));
  };
  const err = (i: number, field: string) => errors[`questions.${i}.${field}`];
  return (
    <Stack>
      {questions.map((q, i) => {
        const earlier = questions.slice(0, i).filter((p) => p.type !== 'short_text' && p.type !== 'long_text');
        const source = q.showIf ? questions.find((p) => p.id === q.showIf!.questionId) : null;
        const sourceScale = source ? scaleOf(source) : null;
        return (
          <Card key={i} withBorder padding="md" data-testid={`question-${i}`}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600}>
                  {t('surveys.builder.question', { n: i + 1 })} <Text span c="dimmed" size="xs">({q.id})</Text>
                </Text>
                {!readOnly ? (
                  <Group gap={4}>
                    <ActionIcon variant="subtle" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('surveys.builder.up')}>
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" disabled={i === questions.length - 1} onClick={() => move(i, 1)} aria-label={t('surveys.builder.down')}>
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" onClick={() => onChange(questions.filter((_, j) => j !== i).map((x) => (x.showIf?.questionId === q.id ? { ...x, showIf: null } : x)))} aria-label={t('surveys.builder.remove')}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                ) : null}
              </Group>
              <Group grow align="flex-start">
                <Select
                  label={t('surveys.builder.type')}
                  data={QUESTION_TYPES.map((v) => ({ value: v, label: t(`surveys.types.${v}`) }))}
                  value={q.type}
                  disabled={readOnly}
                  allowDeselect={false}
                  onChange={(v) => {
                    const type = v as TSurveyQuestion['type'];
                    const choice = type === 'single_choice' || type === 'multiple_choice';
                    set(i, {
                      type,
                      options: choice ? (q.options.length ? q.options : [{ id: 'o1', label: { vi: 'Lựa chọn 1', en: 'Option 1' } }, { id: 'o2', label: { vi: 'Lựa chọn 2', en: 'Option 2' } }]) : [],
                      scaleMax: type === 'rating' ? (q.scaleMax ?? 5) : undefined,
                    });
                  }}
                />
                {q.type === 'rating' ? (
                  <NumberInput label={t('surveys.builder.scaleMax')} min={3} max={10} value={q.scaleMax ?? 5} disabled={readOnly} onChange={(v) => set(i, { scaleMax: Number(v) || 5 })} />
                ) : null}
              </Group>
              <TextInput label={t('surveys.builder.textVi')} value={q.text.vi} disabled={readOnly} required error={err(i, 'text.vi')} onChange={(e) => set(i, { text: { ...q.text, vi: e.currentTarget.value } })} />
              <TextInput label={t('surveys.builder.textEn')} value={q.text.en} disabled={readOnly} onChange={(e) => set(i, { text: { ...q.text, en: e.currentTarget.value } })} />
              <Switch label={t('surveys.builder.required')} checked={q.required} disabled={readOnly} onChange={(e) => set(i, { required: e.currentTarget.checked })} />
              {isChoice(q) ? (
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('surveys.builder.options')}
                  </Text>
                  {q.options.map((o, k) => (
                    <Group key={k} grow wrap="nowrap">
                      <TextInput aria-label={t('surveys.builder.optionVi', { n: k + 1 })} placeholder={t('surveys.builder.optionVi', { n: k + 1 })} value={o.label.vi} disabled={readOnly}
                        onChange={(e) => set(i, { options: q.options.map((x, m) => (m === k ? { ...x, label: { ...x.label, vi: e.currentTarget.value } } : x)) })} />
                      <TextInput aria-label={t('surveys.builder.optionEn', { n: k + 1 })} placeholder={t('surveys.builder.optionEn', { n: k + 1 })} value={o.label.en} disabled={readOnly}
                        onChange={(e) => set(i, { options: q.options.map((x, m) => (m === k ? { ...x, label: { ...x.label, en: e.currentTarget.value } } : x)) })} />
                      {!readOnly ? (
                        <ActionIcon variant="subtle" color="red" style={{ flex: '0 0 auto' }} onClick={() => set(i, { options: q.options.filter((_, m) => m !== k) })} aria-label={t('surveys.builder.removeOption')}>
                          <IconTrash size={14} />
                        </ActionIcon>
                      ) : null}
                    </Group>
                  ))}
                  {err(i, 'options') ? <Text c="red" size="xs">{err(i, 'options')}</Text> : null}
                  {!readOnly ? (
                    <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} w="fit-content"
                      onClick={() => set(i, { options: [...q.options, { id: nextKey('o', q.options.map((o) => o.id)), label: { vi: '', en: '' } }] })}>
                      {t('surveys.builder.addOption')}
                    </Button>
                  ) : null}
                </Stack>
              ) : null}
              {earlier.length > 0 ? (
                <Group grow align="flex-end">
                  <Select
                    label={t('surveys.builder.showIf')}
                    placeholder={t('surveys.builder.always')}
                    clearable
                    disabled={readOnly}
                    data={earlier.map((p) => ({ value: p.id, label: `${questions.indexOf(p) + 1}. ${p.text.vi || p.id}` }))}
                    value={q.showIf?.questionId ?? null}
                    onChange={(v) => {
                      const p = questions.find((x) => x.id === v);
                      if (!p) return set(i, { showIf: null });
                      const sc = scaleOf(p);
                      set(i, { showIf: sc ? { questionId: p.id, op: 'lte', value: sc[0] } : { questionId: p.id, op: 'eq', value: p.options[0]?.id ?? '' } });
                    }}
                    error={err(i, 'showIf.questionId')}
                  />
                  {q.showIf && source ? (
                    <Select
                      aria-label={t('surveys.builder.condition')}
                      disabled={readOnly}
                      allowDeselect={false}
                      data={((sourceScale ? ['lte', 'gte', 'eq', 'neq'] : ['eq', 'neq']) as ('lte' | 'gte' | 'eq' | 'neq')[]).map((op) => ({ value: op, label: t(`surveys.ops.${op}`) }))}
                      value={q.showIf.op}
                      onChange={(op) => set(i, { showIf: { ...q.showIf!, op: op as 'eq' } })}
                    />
                  ) : null}
                  {q.showIf && source ? (
                    sourceScale ? (
                      <NumberInput aria-label={t('surveys.builder.value')} min={sourceScale[0]} max={sourceScale[1]} disabled={readOnly} value={Number(q.showIf.value)} error={err(i, 'showIf.value')}
                        onChange={(v) => set(i, { showIf: { ...q.showIf!, value: Number(v) } })} />
                    ) : (
                      <Select aria-label={t('surveys.builder.value')} disabled={readOnly} allowDeselect={false} data={source.options.map((o) => ({ value: o.id, label: o.label.vi || o.id }))} value={String(q.showIf.value)}
                        onChange={(v) => set(i, { showIf: { ...q.showIf!, value: v ?? '' } })} />
                    )
                  ) : null}
                </Group>
              ) : null}
            </Stack>
          </Card>
        );
      })}
      {!readOnly ? (
        <Button variant="light" leftSection={<IconPlus size={16} />} w="fit-content" data-testid="add-question"
          onClick={() => onChange([...questions, { id: nextKey('q', questions.map((q) => q.id)), type: 'short_text', required: false, text: { vi: '', en: '' }, options: [], showIf: null }])}>
          {t('surveys.builder.addQuestion')}
        </Button>
      ) : null}
    </Stack>
  );
}
