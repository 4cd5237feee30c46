import { describe, expect, test } from 'vitest';
import type { TCustomFieldDefinition } from '@tandem/shared';
import { keyFromLabel, toFormValue, toRequestValue } from './customValues';

const def = (type: TCustomFieldDefinition['type'], options: string[] = []): TCustomFieldDefinition => ({
  id: '00000000-0000-7000-8000-000000000000',
  entity: 'person',
  key: 'k',
  label: 'K',
  type,
  options,
  required: false,
  position: 0,
  archived: false,
});

describe('custom values between the API and a form', () => {
  test('dates are edited d/M/yyyy and sent as ISO days', () => {
    expect(toFormValue(def('date'), '2024-03-05')).toBe('5/3/2024');
    expect(toRequestValue(def('date'), '5/3/2024')).toBe('2024-03-05');
    expect(toRequestValue(def('date'), '31/2/2024')).toBe('invalid');
    expect(toRequestValue(def('date'), '  ')).toBeNull();
  });

  test('numbers may be empty, or typed with a decimal comma', () => {
    expect(toFormValue(def('number'), undefined)).toBe('');
    expect(toRequestValue(def('number'), '')).toBeNull();
    expect(toRequestValue(def('number'), 1500000)).toBe(1500000);
    expect(toRequestValue(def('number'), '2,5')).toBe(2.5);
  });

  test('empty text, selections and lists are sent as null; booleans as they are', () => {
    expect(toRequestValue(def('text'), '  ')).toBeNull();
    expect(toRequestValue(def('text'), ' Vàng ')).toBe('Vàng');
    expect(toRequestValue(def('select', ['Bạc']), null)).toBeNull();
    expect(toRequestValue(def('multiselect', ['a']), [])).toBeNull();
    expect(toRequestValue(def('boolean'), false)).toBe(false);
    expect(toFormValue(def('multiselect'), null)).toEqual([]);
  });
});

describe('keyFromLabel', () => {
  test('folds Vietnamese labels into snake_case keys that start with a letter', () => {
    expect(keyFromLabel('Hạng thành viên')).toBe('hang_thanh_vien');
    expect(keyFromLabel('Chi tiêu năm (₫)')).toBe('chi_tieu_nam');
    expect(keyFromLabel('2 Số đo')).toBe('so_do');
    expect(keyFromLabel('Đại lý cấp 1')).toBe('dai_ly_cap_1');
  });
});
