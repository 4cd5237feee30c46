import { Anchor, Text } from '@mantine/core';
import type { TPersonRow } from '@tandem/shared';
import { useTranslation } from 'react-i18next';
import { telHref, useFormatters } from '../../../i18n/format';
import { CustomFieldValue, useCustomFields } from '../../custom-fields';
import { type ColumnDef, EmptyCell, LifecycleBadge, PersonLink, TagBadges, useCustomerLabels } from '../../customers';
import { useProvinceNames } from '../../geo';
import { useMemberDirectory } from '../../members';

/** Every column the people list can show: the built-in ones, then the custom fields. */
export function usePeopleColumns(): ColumnDef<TPersonRow>[] {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCustomerLabels();
  const members = useMemberDirectory();
  const provinceName = useProvinceNames();
  const definitions = useCustomFields('person');
  const text = (value: string | null) => (value ? <Text size="sm">{value}</Text> : <EmptyCell />);

  return [
    {
      id: 'fullName',
      label: t('fields.fullName'),
      fixed: true,
      sortKey: 'fullName',
      render: (row) => (
        <PersonLink id={row.id} fw={600} size="sm" data-testid="person-link">
          {row.fullName}
        </PersonLink>
      ),
    },
    {
      id: 'primaryPhone',
      label: t('fields.primaryPhone'),
      render: (row) =>
        row.primaryPhone ? (
          <Anchor href={telHref(row.primaryPhone)} size="sm" c="var(--mantine-color-text)" style={{ whiteSpace: 'nowrap' }}>
            {format.phone(row.primaryPhone)}
          </Anchor>
        ) : (
          <EmptyCell />
        ),
    },
    {
      id: 'primaryEmail',
      label: t('fields.primaryEmail'),
      render: (row) =>
        row.primaryEmail ? (
          <Anchor href={`mailto:${row.primaryEmail}`} size="sm" c="var(--mantine-color-text)" className="tandem-break">
            {row.primaryEmail}
          </Anchor>
        ) : (
          <EmptyCell />
        ),
    },
    { id: 'lifecycleStage', label: t('fields.lifecycleStage'), render: (row) => <LifecycleBadge stage={row.lifecycleStage} /> },
    { id: 'customerType', label: t('fields.customerType'), render: (row) => text(labels.type(row.customerType)) },
    { id: 'source', label: t('fields.source'), render: (row) => text(row.source ? labels.source(row.source) : null) },
    { id: 'ownerUserId', label: t('fields.owner'), render: (row) => text(members.nameOf(row.ownerUserId)) },
    { id: 'provinceCode', label: t('fields.province'), render: (row) => text(provinceName(row.provinceCode)) },
    { id: 'tags', label: t('fields.tags'), render: (row) => <TagBadges tags={row.tags} /> },
    { id: 'birthday', label: t('fields.birthday'), render: (row) => text(row.birthday ? format.day(row.birthday) : null) },
    { id: 'gender', label: t('fields.gender'), render: (row) => text(row.gender ? labels.gender(row.gender) : null) },
    {
      id: 'createdAt',
      label: t('fields.createdAt'),
      sortKey: 'createdAt',
      sortDescFirst: true,
      render: (row) => <Text size="sm">{format.date(row.createdAt)}</Text>,
    },
    {
      id: 'updatedAt',
      label: t('fields.updatedAt'),
      sortKey: 'updatedAt',
      sortDescFirst: true,
      render: (row) => <Text size="sm">{format.relative(row.updatedAt)}</Text>,
    },
    ...definitions.map(
      (definition): ColumnDef<TPersonRow> => ({
        id: `cf.${definition.key}`,
        label: definition.label,
        render: (row) => <CustomFieldValue definition={definition} value={row.customFields[definition.key]} />,
      }),
    ),
  ];
}
