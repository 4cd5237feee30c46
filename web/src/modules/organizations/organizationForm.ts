import type { CustomerType, LifecycleStage, TCreateOrganizationRequest, TCustomFieldDefinition, TOrganization } from '@tandem/shared';
import { isFilled, toFormValue, toRequestValue, type FormCustomValue, type StoredCustomValue } from '../custom-fields';
import { emailsToRequest, phonesToRequest, type EmailRow, type PhoneRow } from '../customers';

export type OrganizationFormValues = {
  name: string;
  taxCode: string;
  website: string;
  industry: string;
  phones: PhoneRow[];
  emails: EmailRow[];
  customerType: CustomerType;
  lifecycleStage: LifecycleStage;
  source: string | null;
  ownerUserId: string | null;
  tags: string[];
  address: { street: string; wardCode: string | null; provinceCode: string | null };
  customFields: Record<string, FormCustomValue>;
  notes: string;
};

export function organizationFormValues(
  organization: TOrganization | null,
  definitions: TCustomFieldDefinition[],
  defaultOwner: string | null,
): OrganizationFormValues {
  return {
    name: organization?.name ?? '',
    taxCode: organization?.taxCode ?? '',
    website: organization?.website ?? '',
    industry: organization?.industry ?? '',
    phones: organization ? organization.phones.map((p) => ({ number: p.display, label: p.label ?? '' })) : [{ number: '', label: '' }],
    emails: organization ? organization.emails.map((e) => ({ address: e.address, label: e.label ?? '' })) : [{ address: '', label: '' }],
    customerType: organization?.customerType ?? 'business',
    lifecycleStage: organization?.lifecycleStage ?? 'lead',
    source: organization?.source ?? null,
    ownerUserId: organization ? organization.ownerUserId : defaultOwner,
    tags: organization?.tags ?? [],
    address: {
      street: organization?.address.street ?? '',
      wardCode: organization?.address.wardCode ?? null,
      provinceCode: organization?.address.provinceCode ?? null,
    },
    customFields: Object.fromEntries(definitions.map((d) => [d.key, toFormValue(d, organization?.customFields[d.key])])),
    notes: organization?.notes ?? '',
  };
}

export type OrganizationFormErrors = Record<string, 'nameRequired' | 'dateInvalid' | 'numberInvalid' | 'required'>;

export function organizationRequest(
  values: OrganizationFormValues,
  definitions: TCustomFieldDefinition[],
): { ok: true; body: Omit<TCreateOrganizationRequest, 'allowDuplicate'> } | { ok: false; errors: OrganizationFormErrors } {
  const errors: OrganizationFormErrors = {};
  const name = values.name.trim().replace(/\s+/g, ' ');
  if (!name) errors.name = 'nameRequired';
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
      name,
      // Spaces and dots people type in tax codes ("0101 243 150") are not part of it.
      taxCode: values.taxCode.replace(/[\s.]/g, '') || null,
      website: values.website.trim() || null,
      industry: values.industry.trim() || null,
      phones: phonesToRequest(values.phones),
      emails: emailsToRequest(values.emails),
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
      customFields,
    },
  };
}
