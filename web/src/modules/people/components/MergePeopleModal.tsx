import { Alert, Button, Group, Modal, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { IconGitMerge, IconInfoCircle } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPerson } from '@tandem/shared';
import { useFormatters } from '../../../i18n/format';
import { useErrorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { LifecycleBadge } from '../../customers';
import { getPerson } from '../api/peopleApi';
import { useMergePeople } from '../hooks/usePeople';

type MergePeopleModalProps = {
  opened: boolean;
  /** The records to merge (two or more). */
  ids: string[];
  /** Preselected record that stays; else the oldest. */
  preferredTargetId?: string;
  onClose: () => void;
  onMerged: (person: TPerson) => void;
};

/** Several records of one customer become one: the user picks which stays, the others fold into it. */
export function MergePeopleModal({ opened, ids, preferredTargetId, onClose, onMerged }: MergePeopleModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('merge.title')} size="lg">
      {opened ? <MergeChoice ids={ids} preferredTargetId={preferredTargetId} onClose={onClose} onMerged={onMerged} /> : null}
    </Modal>
  );
}

function MergeChoice({ ids, preferredTargetId, onClose, onMerged }: Omit<MergePeopleModalProps, 'opened'>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const merge = useMergePeople();
  const people = useQueries({ queries: ids.map((id) => ({ queryKey: ['people', 'one', id], queryFn: () => getPerson(id) })) });
  const loaded = people.map((q) => q.data).filter((p): p is TPerson => p !== undefined);
  const oldest = [...loaded].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]?.id;
  const [chosen, setChosen] = useState<string | null>(null);
  const targetId = chosen ?? preferredTargetId ?? oldest ?? null;

  const submit = () => {
    if (!targetId) return;
    merge.mutate(
      { targetId, sourceIds: ids.filter((id) => id !== targetId) },
      {
        onSuccess: (person) => {
          notifySuccess(t('merge.done', { count: ids.length, name: person.fullName }));
          onMerged(person);
        },
      },
    );
  };

  return (
    <Stack>
      <Text size="sm">{t('merge.intro')}</Text>
      <Radio.Group value={targetId} onChange={setChosen} name="merge-target">
        <Stack gap="xs">
          {people.map((query, index) =>
            query.data ? (
              <Radio.Card key={query.data.id} value={query.data.id} p="sm" radius="md" data-testid="merge-candidate">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {query.data.fullName}
                      </Text>
                      <LifecycleBadge stage={query.data.lifecycleStage} size="xs" />
                    </Group>
                    <Text size="xs" c="dimmed" className="tandem-break">
                      {[...query.data.phones.map((p) => p.display), ...query.data.emails.map((e) => e.address)].join(' · ') || t('record.noContact')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('merge.createdOn', { date: format.date(query.data.createdAt) })}
                      {query.data.organizations.length ? ` · ${query.data.organizations.map((o) => o.name).join(', ')}` : ''}
                    </Text>
                  </Stack>
                  {query.data.id === targetId ? (
                    <Text size="xs" fw={600} c="teal">
                      {t('merge.stays')}
                    </Text>
                  ) : null}
                </Group>
              </Radio.Card>
            ) : (
              <Skeleton key={ids[index]} height={72} radius="md" />
            ),
          )}
        </Stack>
      </Radio.Group>
      <Alert variant="light" icon={<IconInfoCircle size={18} />}>
        {t('merge.explain')}
      </Alert>
      {merge.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(merge.error)}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          leftSection={<IconGitMerge size={18} />}
          onClick={submit}
          loading={merge.isPending}
          disabled={!targetId || loaded.length < ids.length}
          data-testid="merge-confirm"
        >
          {t('merge.confirm', { count: ids.length })}
        </Button>
      </Group>
    </Stack>
  );
}
