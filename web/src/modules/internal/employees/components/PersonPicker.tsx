import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../i18n/format';
import { useCustomerSearch } from '../../../search';
import { useLinkedPerson } from '../hooks/useEmployees';

type PersonPickerProps = { label: string; description?: string; value: string | null; onChange: (personId: string | null) => void };

/** Find a customer (a person) by name, phone or e-mail, to link as the same human as an employee. */
export function PersonPicker({ label, description, value, onChange }: PersonPickerProps) {
  const { t } = useTranslation('internal');
  const [text, setText] = useState('');
  const search = useCustomerSearch(text, { kind: 'person', limit: 8 });
  const current = useLinkedPerson(value);
  const hits = (search.data ?? []).map((h) => ({ value: h.id, label: h.name, hint: h.phone ? formatPhone(h.phone) : (h.email ?? '') }));
  const options = [
    ...(value && current.data && !hits.some((h) => h.value === value) ? [{ value, label: current.data.fullName, hint: '' }] : []),
    ...hits,
  ];
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('employeeForm.personPlaceholder')}
      data={options.map((o) => ({ value: o.value, label: o.hint ? `${o.label} · ${o.hint}` : o.label }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={text}
      onSearchChange={setText}
      // The server already matched (accents, typos): show its answers as they are.
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={text.trim() ? (search.settled ? t('employeeForm.noPerson') : t('common.searching')) : t('employeeForm.typeToSearch')}
    />
  );
}
