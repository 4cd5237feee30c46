import type { TPersonRow } from '@tandem/shared';
import { formatVnPhone } from '@tandem/shared';
import type { StoredEmail, StoredPhone } from '../../db/schema';
import { isoTimestamp } from '../../platform/http/responses';
import { findProvince, findWard } from '../geo/geo.data';

export const presentPhones = (phones: StoredPhone[]) =>
  phones.map((p) => ({ number: p.number, ...(p.label ? { label: p.label } : {}), display: formatVnPhone(p.number) }));
export const presentEmails = (emails: StoredEmail[]) => emails.map((e) => ({ address: e.address, ...(e.label ? { label: e.label } : {}) }));

export function presentAddress(r: { street: string | null; wardCode: string | null; provinceCode: string | null; legacyAddress: string | null }) {
  return {
    street: r.street,
    wardCode: r.wardCode,
    wardName: r.wardCode ? (findWard(r.wardCode)?.name ?? null) : null,
    provinceCode: r.provinceCode,
    provinceName: r.provinceCode ? (findProvince(r.provinceCode)?.name ?? null) : null,
    legacyAddress: r.legacyAddress,
  };
}

/** A list row as the database returns it (snake_case, from the list query). */
export type PersonListRecord = {
  id: string;
  full_name: string;
  phones: StoredPhone[];
  emails: StoredEmail[];
  birthday: string | null;
  gender: TPersonRow['gender'];
  customer_type: TPersonRow['customerType'];
  lifecycle_stage: TPersonRow['lifecycleStage'];
  source: string | null;
  owner_user_id: string | null;
  tags: string[];
  province_code: string | null;
  ward_code: string | null;
  custom_fields: TPersonRow['customFields'];
  created_at: Date | string;
  updated_at: Date | string;
  deleted_at: Date | string | null;
};

export const presentPersonRow = (r: PersonListRecord): TPersonRow => ({
  id: r.id,
  fullName: r.full_name,
  primaryPhone: r.phones[0]?.number ?? null,
  primaryEmail: r.emails[0]?.address ?? null,
  birthday: r.birthday,
  gender: r.gender,
  customerType: r.customer_type,
  lifecycleStage: r.lifecycle_stage,
  source: r.source,
  ownerUserId: r.owner_user_id,
  tags: r.tags,
  provinceCode: r.province_code,
  wardCode: r.ward_code,
  customFields: r.custom_fields,
  createdAt: isoTimestamp(r.created_at),
  updatedAt: isoTimestamp(r.updated_at),
  deletedAt: r.deleted_at === null ? null : isoTimestamp(r.deleted_at),
});
