import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { formatPhone } from '../../../i18n/format';
import { useCustomerSearch } from '../../search';

type Kind = 'person' | 'organization';

/** The name of a linked record, to show the current value before any search. */
function useRecordName(kind: Kind, id: string | null) {
  return useQuery({
    queryKey: [kind === 'person' ? 'people' : 'organizations', id, 'name'],
    queryFn: async () => {
      const record = await api.get<{ fullName?: string; name?: string }>(`/${kind === 'person' ? 'people' : 'organizations'}/${encodeURIComponent(id!)}`);
      return record.fullName ?? record.name ?? '';
    },
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

/** Find a person or an organization by name, phone, e-mail or tax code (the server search matches). */
export function CustomerPicker({ kind, label, value, onChange, testId }: { kind: Kind; label: string; value: string | null; onChange: (id: string | null) => void; testId?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const current = useRecordName(kind, value);
  const search = useCustomerSearch(text === current.data ? '' : text, { limit: 20 });
  const hits = (search.data ?? []).filter((h) => h.kind === kind).map((h) => ({ value: h.id, label: h.phone ? `${h.name} · ${formatPhone(h.phone)}` : h.email ? `${h.name} · ${h.email}` : h.name }));
  const data = [...(value && current.data && !hits.some((h) => h.value === value) ? [{ value, label: current.data }] : []), ...hits];
  return (
    <Select
      label={label}
      placeholder={t('tasks.form.searchCustomer')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      clearable
      nothingFoundMessage={text.trim() ? (search.settled ? t('tasks.form.noCustomer') : t('tasks.form.searching')) : t('tasks.form.typeToSearch')}
      data-testid={testId}
    />
  );
}
