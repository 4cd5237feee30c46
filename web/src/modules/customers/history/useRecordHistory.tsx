import { Text } from '@mantine/core';
import { IconArrowBackUp, IconGitMerge, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TAuditEvent } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../../api/client';
import { formatPhone, useFormatters } from '../../../i18n/format';
import { useCustomFields } from '../../custom-fields';
import { useProvinceNames } from '../../geo';
import { useMemberDirectory } from '../../members';
import type { TimelineEntry } from '../../timeline';
import { useCustomerLabels } from '../hooks/useCustomerLabels';
import { changedFields, eventMoment, type FieldChange } from './auditChanges';

type AuditedTable = 'people' | 'organizations';

const MOMENT_STYLE = {
  created: { color: 'teal', icon: <IconPlus size={14} /> },
  updated: { color: 'ocean', icon: <IconPencil size={14} /> },
  deleted: { color: 'red', icon: <IconTrash size={14} /> },
  restored: { color: 'grape', icon: <IconArrowBackUp size={14} /> },
  merged: { color: 'orange', icon: <IconGitMerge size={14} /> },
} as const;

/** Built-in fields with a label of their own (`fields.*`); others are shown by name. */
const LABELLED = new Set([
  'fullName', 'name', 'phones', 'emails', 'birthday', 'gender', 'customerType', 'lifecycleStage', 'source', 'ownerUserId',
  'tags', 'notes', 'street', 'wardCode', 'provinceCode', 'legacyAddress', 'taxCode', 'website', 'industry',
]);
/** Changes shown per event; a big edit ends with "and N more". */
const MAX_CHANGES = 6;

/**
 * A record's audit trail as timeline entries: created, each edit with its fields ("Giai đoạn: Khách
 * tiềm năng → Khách hàng"), deleted, restored, merged. Only roles that may read events get them.
 */
export function useRecordHistory(table: AuditedTable, id: string, enabled: boolean) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCustomerLabels();
  const members = useMemberDirectory();
  const provinceName = useProvinceNames();
  const definitions = useCustomFields(table === 'people' ? 'person' : 'organization');
  const query = useInfiniteQuery({
    queryKey: ['events', table, id],
    queryFn: ({ pageParam }) =>
      api.get<Page<TAuditEvent>>('/events', { query: { entityType: table, entityId: id, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });

  const fieldLabel = (field: string): string => {
    if (field.startsWith('cf.')) return definitions.find((d) => `cf.${d.key}` === field)?.label ?? field.slice(3);
    if (field === 'ownerUserId') return t('fields.owner');
    if (field === 'provinceCode') return t('fields.province');
    if (field === 'wardCode') return t('fields.ward');
    return LABELLED.has(field) ? t(`fields.${field as 'fullName'}`) : field;
  };

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('history.empty');
    if (field === 'phones' && Array.isArray(value)) return value.map((p: { number?: string }) => formatPhone(p.number ?? '')).join(', ');
    if (field === 'emails' && Array.isArray(value)) return value.map((e: { address?: string }) => e.address ?? '').join(', ');
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'boolean') return value ? t('customFields.yes') : t('customFields.no');
    if (typeof value === 'number') return format.number(value);
    if (typeof value !== 'string') return JSON.stringify(value);
    if (field === 'ownerUserId') return members.nameOf(value) ?? t('history.someone');
    if (field === 'provinceCode') return provinceName(value) ?? value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return format.day(value);
    if (field === 'notes' && value.length > 80) return `${value.slice(0, 80)}…`;
    return labels.valueOf(field, value);
  };

  const describeChange = (change: FieldChange): string =>
    // A ward code means nothing to a reader; say that it changed.
    change.field === 'wardCode'
      ? t('history.changed', { field: fieldLabel(change.field) })
      : t('history.change', { field: fieldLabel(change.field), from: show(change.field, change.from), to: show(change.field, change.to) });

  const entries: TimelineEntry[] = (query.data?.pages.flatMap((p) => p.data) ?? []).map((event) => {
    const moment = eventMoment(event);
    const changes = moment === 'updated' ? changedFields(event) : [];
    const style = MOMENT_STYLE[moment];
    return {
      id: event.id,
      kind: 'change',
      occurredAt: event.occurredAt,
      icon: style.icon,
      color: style.color,
      title: t(`history.${moment}`),
      actorName: event.actorName ?? (event.actorApiKeyId ? t('activity.actorApiKey') : t('activity.actorSystem')),
      body: changes.length ? (
        <>
          {changes.slice(0, MAX_CHANGES).map((change) => (
            <Text key={change.field} size="sm" c="dimmed" className="tandem-break">
              {describeChange(change)}
            </Text>
          ))}
          {changes.length > MAX_CHANGES ? (
            <Text size="xs" c="dimmed">
              {t('history.more', { count: changes.length - MAX_CHANGES })}
            </Text>
          ) : null}
        </>
      ) : undefined,
    };
  });

  return { entries, query };
}
