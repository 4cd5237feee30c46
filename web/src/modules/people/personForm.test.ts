import { describe, expect, test } from 'vitest';
import type { TCustomFieldDefinition, TPerson } from '@tandem/shared';
import { personFormValues, personRequest } from './personForm';

const membership: TCustomFieldDefinition = {
  id: '01a2142b-fcb1-7564-b40f-17b0a8a1346a',
  entity: 'person',
  key: 'membership',
  label: 'Hạng thành viên',
  type: 'select',
  options: ['Bạc', 'Vàng'],
  required: true,
  position: 1,
  archived: false,
};
const renewal: TCustomFieldDefinition = { ...membership, id: '01a2142b-fcb1-7564-b40f-17b0a8a1346b', key: 'renewal', label: 'Gia hạn', type: 'date', required: false };

const person: TPerson = {
  id: '01a2142b-ffa8-7cb2-ae5b-0e8588554b46',
  fullName: 'Hoàng Trọng Nghĩa',
  birthday: '1965-02-09',
  gender: 'male',
  customerType: 'consumer',
  lifecycleStage: 'customer',
  source: 'referral',
  ownerUserId: null,
  ownerName: null,
  tags: ['vip'],
  notes: null,
  address: { street: '206 Hai Bà Trưng', wardCode: '10816', wardName: 'Xã Hà Bắc', provinceCode: '31', provinceName: 'Thành phố Hải Phòng', legacyAddress: null },
  customFields: { membership: 'Vàng', renewal: '2026-01-31' },
  phones: [{ number: '+84977111813', display: '0977 111 813' }],
  emails: [],
  createdAt: '2025-09-10T09:57:53.277Z',
  updatedAt: '2025-09-10T09:57:53.277Z',
  deletedAt: null,
  mergedIntoId: null,
  organizations: [{ id: '01a2142b-fdfa-7c83-acdd-eb29e00c4639', name: 'Doanh nghiệp tư nhân Phú Quý', jobTitle: null }],
  referredByEmployeeId: null,
  consents: { email: null, sms: null, zalo: null, phone: null },
};

describe('person form', () => {
  test('starts from the record, phones as written and the birthday day-first', () => {
    const values = personFormValues(person, [membership, renewal], null);
    expect(values.phones).toEqual([{ number: '0977 111 813', label: '' }]);
    expect(values.birthday).toBe('9/2/1965');
    expect(values.customFields).toEqual({ membership: 'Vàng', renewal: '31/1/2026' });
    expect(values.organizations).toEqual([{ organizationId: '01a2142b-fdfa-7c83-acdd-eb29e00c4639', name: 'Doanh nghiệp tư nhân Phú Quý', jobTitle: '' }]);
  });

  test('a new person has one blank phone and e-mail line and is owned by its creator', () => {
    const values = personFormValues(null, [], 'me');
    expect(values.phones).toHaveLength(1);
    expect(values.ownerUserId).toBe('me');
    expect(values.lifecycleStage).toBe('lead');
  });

  test('sends the name as typed (one field, never split), drops blank lines, converts dates', () => {
    const values = { ...personFormValues(person, [membership, renewal], null), fullName: '  Nguyễn   Văn Đức ' };
    values.phones = [...values.phones, { number: ' ', label: '' }];
    const result = personRequest(values, [membership, renewal]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.fullName).toBe('Nguyễn Văn Đức');
    expect(result.body.phones).toEqual([{ number: '0977 111 813' }]);
    expect(result.body.birthday).toBe('1965-02-09');
    expect(result.body.customFields).toEqual({ membership: 'Vàng', renewal: '2026-01-31' });
    expect(result.body.organizations).toEqual([{ organizationId: '01a2142b-fdfa-7c83-acdd-eb29e00c4639', jobTitle: null }]);
  });

  test('points at what to correct before anything is sent', () => {
    const values = { ...personFormValues(null, [membership, renewal], null), birthday: '31/2/1990' };
    values.customFields.renewal = '40/1/2026';
    const result = personRequest(values, [membership, renewal]);
    expect(result).toEqual({
      ok: false,
      errors: { fullName: 'fullNameRequired', birthday: 'dayInvalid', 'customFields.membership': 'required', 'customFields.renewal': 'dateInvalid' },
    });
  });
});
