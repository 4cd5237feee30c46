import { Button, Group, Modal, Select, Stack, TagsInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FEEDBACK_LOGGED_SOURCES, type TSentiment } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, useErrorMessage } from '../../../ui/errors';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useMemberDirectory } from '../../members';
import { CustomerPicker } from '../../tasks/components/CustomerPicker';
import { useCreateFeedback, useProducts } from '../hooks/useFeedback';

const CHANNELS = ['hotline', 'email', 'zalo', 'facebook', 'web', 'store', 'app', 'other'] as const;

type Values = { source: string; channel: string; personId: string | null; productId: string | null; text: string; tags: string[]; ownerUserId: string | null; sentiment: string | null };

/** Log a complaint, praise, review or suggestion received by phone, in the store, on social media… */
export function LogFeedbackModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateFeedback();
  const products = useProducts();
  const members = useMemberDirectory();
  const errorMessage = useErrorMessage();
  const form = useForm<Values>({
    initialValues: { source: 'complaint', channel: 'hotline', personId: null, productId: null, text: '', tags: [], ownerUserId: null, sentiment: null },
    validate: { text: (v) => (v.trim() ? null : t('feedback.log.textRequired')) },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(
      {
        source: v.source as (typeof FEEDBACK_LOGGED_SOURCES)[number],
        channel: v.channel,
        personId: v.personId,
        productId: v.productId,
        text: v.text,
        tags: v.tags,
        ...(v.ownerUserId ? { ownerUserId: v.ownerUserId } : {}),
        ...(v.sentiment ? { sentiment: v.sentiment as TSentiment } : {}),
      },
      {
        onSuccess: (item) => {
          notifySuccess(t('feedback.log.saved'));
          form.reset();
          onCreated(item.id);
        },
        onError: (e) => {
          if (!applyFieldErrors(form, e)) notifyError(t('feedback.log.failed'), errorMessage(e));
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('feedback.log.title')} size="lg">
      <form onSubmit={submit} data-testid="log-feedback-form">
        <Stack>
          <Group grow>
            <Select label={t('feedback.source')} data={FEEDBACK_LOGGED_SOURCES.map((s) => ({ value: s, label: t(`feedback.sources.${s}`) }))} allowDeselect={false} {...form.getInputProps('source')} />
            <Select
              label={t('feedback.channel')}
              data={CHANNELS.map((c) => ({ value: c, label: t(`feedback.channels.${c}`) }))}
              allowDeselect={false}
              {...form.getInputProps('channel')}
            />
          </Group>
          <CustomerPicker kind="person" label={t('feedback.log.customer')} value={form.values.personId} onChange={(id) => form.setFieldValue('personId', id)} testId="feedback-person" />
          <Textarea label={t('feedback.log.text')} autosize minRows={3} required {...form.getInputProps('text')} data-testid="feedback-text" />
          <Group grow>
            <Select label={t('feedback.product')} data={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))} clearable searchable {...form.getInputProps('productId')} />
            <Select
              label={t('feedback.sentiment')}
              placeholder={t('feedback.log.sentimentAuto')}
              data={(['positive', 'neutral', 'negative'] as const).map((s) => ({ value: s, label: t(`feedback.sentiments.${s}`) }))}
              clearable
              {...form.getInputProps('sentiment')}
            />
          </Group>
          <Group grow>
            <Select label={t('feedback.owner')} placeholder={t('feedback.log.ownerDefault')} data={members.options} clearable searchable {...form.getInputProps('ownerUserId')} />
            <TagsInput label={t('feedback.tags')} placeholder={t('feedback.tagsPlaceholder')} {...form.getInputProps('tags')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="feedback-save">
              {t('feedback.log.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
