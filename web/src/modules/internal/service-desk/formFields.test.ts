import { describe, expect, it } from 'vitest';
import { checkFields, fieldKeyFrom, fieldsForSave, toAnswers, type EditableField, type ServiceField } from './formFields';

describe('fieldKeyFrom', () => {
  it('makes a key from a Vietnamese label', () => {
    expect(fieldKeyFrom('Cần trước ngày', [])).toBe('can_truoc_ngay');
    expect(fieldKeyFrom('Số lượng (cái)', [])).toBe('so_luong_cai');
    expect(fieldKeyFrom('Đường dẫn', [])).toBe('duong_dan');
    expect(fieldKeyFrom('2 màn hình', [])).toBe('f_2_man_hinh');
    expect(fieldKeyFrom('!!!', [])).toBe('field');
  });

  it('keeps keys unique', () => {
    expect(fieldKeyFrom('Loại máy', ['loai_may', 'loai_may_2'])).toBe('loai_may_3');
  });
});

describe('toAnswers', () => {
  const fields: ServiceField[] = [
    { key: 'model', label: 'Loại máy', type: 'select', required: true, options: ['Văn phòng', 'Đồ hoạ'] },
    { key: 'needed_by', label: 'Cần trước ngày', type: 'date', required: false },
    { key: 'count', label: 'Số lượng', type: 'number', required: false },
    { key: 'note', label: 'Ghi chú', type: 'textarea', required: true },
  ];

  it('converts dates typed the Vietnamese way and numbers', () => {
    expect(toAnswers(fields, { model: 'Đồ hoạ', needed_by: '1/12/2026', count: 2, note: '  Gấp  ' })).toEqual({
      answers: { model: 'Đồ hoạ', needed_by: '2026-12-01', count: 2, note: 'Gấp' },
      problems: {},
    });
  });

  it('reports missing and invalid answers by key', () => {
    expect(toAnswers(fields, { model: 'Khác', needed_by: '31/2/2026', count: 'nhiều', note: ' ' }).problems).toEqual({
      model: 'option',
      needed_by: 'date',
      count: 'number',
      note: 'required',
    });
  });
});

describe('fieldsForSave', () => {
  const field = (over: Partial<EditableField>): EditableField => ({ key: '', label: 'Nhãn', type: 'text', required: false, saved: false, ...over });

  it('keeps saved keys and gives new fields unique keys', () => {
    const saved = fieldsForSave([
      field({ key: 'model', label: 'Loại máy', saved: true }),
      field({ key: '', label: 'Model' }),
      field({ key: 'Bad Key', label: 'Ghi chú', type: 'select', options: [' A ', '', 'B'] }),
    ]);
    expect(saved.map((f) => f.key)).toEqual(['model', 'model_2', 'ghi_chu']);
    expect(saved[2]!.options).toEqual(['A', 'B']);
    expect(saved[0]).not.toHaveProperty('options');
  });

  it('finds fields that cannot be saved', () => {
    expect(checkFields([field({ label: ' ' }), field({ type: 'select', options: [''] }), field({})])).toEqual(['label', 'options', null]);
  });
});
