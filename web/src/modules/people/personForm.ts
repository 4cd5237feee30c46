import type { CustomerType, LifecycleStage, TCreatePersonRequest, TCustomFieldDefinition, TPerson } from '@tandem/shared';
import { parseDay } from '../../i18n/format';
import { isFilled, toFormValue, toRequestValue, type FormCustomValue, type StoredCustomValue } from '../custom-fields';
import { emailsToRequest, phonesToRequest, type EmailRow, type PhoneRow } from '../customers';
import type { Gender } from '../../ui/customerLists';

/** A person as the form edits it: text as typed, lists as rows, the birthday as "15/8/1990". */
export type PersonFormValues = {
  fullName: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  birthday: string;
  gender: Gender | null;
  customerType: CustomerType;
  lifecycleStage: LifecycleStage;
  source: string | null;
  ownerUserId: string | null;
  tags: string[];
  address: { street: string; wardCode: string | null; provinceCode: string | null };
  organizations: { organizationId: string; name: string; jobTitle: string }[];
  customFields: Record<string, FormCustomValue>;
  notes: string;
};

const dayForForm = (iso: string | null) =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}` : '';

/** The form's start: the person's values, or a blank person owned by whoever creates it. */
export function personFormValues(person: TPerson | null, definitions: TCustomFieldDefinition[], defaultOwner: string | null): PersonFormValues {
  return {
    fullName: person?.fullName ?? '',
    phones: person ? person.phones.map((p) => ({ number: p.display, label: p.label ?? '' })) : [{ number: '', label: '' }],
    emails: person ? person.emails.map((e) => ({ address: e.address, label: e.label ?? '' })) : [{ address: '', label: '' }],
    birthday: dayForForm(person?.birthday ?? null),
    gender: person?.gender ?? null,
    customerType: person?.customerType ?? 'consumer',
    lifecycleStage: person?.lifecycleStage ?? 'lead',
    source: person?.source ?? null,
    ownerUserId: person ? person.ownerUserId : defaultOwner,
    tags: person?.tags ?? [],
    address: {
      street: person?.address.street ?? '',
      wardCode: person?.address.wardCode ?? null,
      provinceCode: person?.address.provinceCode ?? null,
    },
    organizations: (person?.organizations ?? []).map((o) => ({ organizationId: o.id, name: o.name, jobTitle: o.jobTitle ?? '' })),
    customFields: Object.fromEntries(definitions.map((d) => [d.key, toFormValue(d, person?.customFields[d.key])])),
    notes: person?.notes ?? '',
  };
}

/** Error keys are `customerForm.*` / `customFields.*` messages the form translates. */
export type PersonFormErrors = Record<string, 'fullNameRequired' | 'dayInvalid' | 'dateInvalid' | 'numberInvalid' | 'required'>;

/** What the form sends (create and edit send the same full body), or the fields to correct first. */
export function personRequest(
  values: PersonFormValues,
  definitions: TCustomFieldDefinition[],
): { ok: true; body: Omit<TCreatePersonRequest, 'allowDuplicate' | 'consents'> } | { ok: false; errors: PersonFormErrors } {
  const errors: PersonFormErrors = {};
  const fullName = values.fullName.trim().replace(/\s+/g, ' ');
  if (!fullName) errors.fullName = 'fullNameRequired';
  const birthday = values.birthday.trim() ? parseDay(values.birthday) : null;
  if (values.birthday.trim() && !birthday) errors.birthday = 'dayInvalid';
  const customFields: Record<string, StoredCustomValue> = {};
  for (const definition of definitions) {
    const value = values.customFields[definition.key] ?? null;
    const sent = toRequestValue(definition, value);
    if (sent === 'invalid') errors[`customFields.${definition.key}`] = definition.type === 'date' ? 'dateInvalid' : 'numberInvalid';
    else if (definition.required && !isFilled(value)) errors[`customFields.${definition.key}`] = 'required';
    else customFields[definition.key] = sent;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    body: {
      fullName,
      phones: phonesToRequest(values.phones),
      emails: emailsToRequest(values.emails),
      birthday,
      gender: values.gender,
      customerType: values.customerType,
      lifecycleStage: values.lifecycleStage,
      source: values.source,
      ownerUserId: values.ownerUserId,
      tags: values.tags,
      notes: values.notes.trim() || null,
      address: {
        street: values.address.street.trim() || null,
        wardCode: values.address.wardCode,
        provinceCode: values.address.provinceCode,
      },
      organizations: values.organizations
        .filter((o) => o.organizationId)
        .map((o) => ({ organizationId: o.organizationId, jobTitle: o.jobTitle.trim() || null })),
      customFields,
    },
  };
}

/** Blank phone and e-mail lines dropped, so the server's `phones.1.number` points at the line on screen. */
export const withoutBlankRows = (values: PersonFormValues): Pick<PersonFormValues, 'phones' | 'emails'> => ({
  phones: values.phones.filter((p) => p.number.trim()),
  emails: values.emails.filter((e) => e.address.trim()),
});
