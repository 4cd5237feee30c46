import { describe, expect, test } from 'vitest';
import {
  booleanValue,
  containedText,
  describeCondition,
  filterParam,
  parseCondition,
  rangeOf,
  selectedValues,
  withBoolean,
  withContainedText,
  withRange,
  withSelectedValues,
  type Filter,
} from './filters';

describe('choosing values of a field', () => {
  test('one value is eq, several are in, none removes the condition', () => {
    let filter: Filter = [];
    filter = withSelectedValues(filter, 'lifecycleStage', ['customer']);
    expect(filter).toEqual([{ field: 'lifecycleStage', op: 'eq', value: 'customer' }]);
    filter = withSelectedValues(filter, 'lifecycleStage', ['customer', 'advocate']);
    expect(filter).toEqual([{ field: 'lifecycleStage', op: 'in', value: ['customer', 'advocate'] }]);
    expect(selectedValues(filter, 'lifecycleStage')).toEqual(['customer', 'advocate']);
    expect(withSelectedValues(filter, 'lifecycleStage', [])).toEqual([]);
  });

  test('editing a field keeps the other conditions and their order', () => {
    const filter: Filter = [
      { field: 'tags', op: 'contains', value: 'vip' },
      { field: 'provinceCode', op: 'eq', value: '79' },
    ];
    expect(selectedValues(filter, 'tags')).toEqual(['vip']);
    expect(withSelectedValues(filter, 'tags', ['vip', 'mới'])).toEqual([
      { field: 'tags', op: 'in', value: ['vip', 'mới'] },
      { field: 'provinceCode', op: 'eq', value: '79' },
    ]);
  });

  test('conditions the panel does not edit survive', () => {
    const filter: Filter = [{ field: 'lifecycleStage', op: 'neq', value: 'churned' }];
    expect(withSelectedValues(filter, 'lifecycleStage', ['lead'])).toEqual([
      { field: 'lifecycleStage', op: 'neq', value: 'churned' },
      { field: 'lifecycleStage', op: 'eq', value: 'lead' },
    ]);
  });
});

describe('ranges, text and yes/no', () => {
  test('a number range is gte and lte; an open end is left out', () => {
    const filter = withRange([], 'cf.spend', { min: 1_000_000, max: null });
    expect(filter).toEqual([{ field: 'cf.spend', op: 'gte', value: 1_000_000 }]);
    const both = withRange(filter, 'cf.spend', { min: 1_000_000, max: 5_000_000 });
    expect(rangeOf(both, 'cf.spend', (v) => (typeof v === 'number' ? v : null))).toEqual({ min: 1_000_000, max: 5_000_000 });
    expect(withRange(both, 'cf.spend', { min: null, max: null })).toEqual([]);
  });

  test('text is contains, trimmed; empty text removes it', () => {
    const filter = withContainedText([], 'cf.note', '  giao hàng ');
    expect(filter).toEqual([{ field: 'cf.note', op: 'contains', value: 'giao hàng' }]);
    expect(containedText(filter, 'cf.note')).toBe('giao hàng');
    expect(withContainedText(filter, 'cf.note', ' ')).toEqual([]);
  });

  test('yes/no is eq true or false', () => {
    const filter = withBoolean([], 'cf.vat', false);
    expect(filter).toEqual([{ field: 'cf.vat', op: 'eq', value: false }]);
    expect(booleanValue(filter, 'cf.vat')).toBe(false);
    expect(booleanValue([], 'cf.vat')).toBeNull();
  });
});

describe('the filter parameter', () => {
  test('is JSON of the conditions, or nothing', () => {
    expect(filterParam([])).toBeUndefined();
    expect(filterParam([{ field: 'tags', op: 'eq', value: 'vip' }])).toBe('[{"field":"tags","op":"eq","value":"vip"}]');
  });

  test('conditions from an address are checked', () => {
    expect(parseCondition({ field: 'tags', op: 'eq', value: 'vip' })).toEqual({ field: 'tags', op: 'eq', value: 'vip' });
    expect(parseCondition({ field: 'tags', op: 'like', value: 'vip' })).toBeNull();
    expect(parseCondition({ field: '', op: 'eq' })).toBeNull();
    expect(parseCondition({ field: 'x', op: 'in', value: [{}] })).toBeNull();
    expect(parseCondition('tags=vip')).toBeNull();
  });
});

describe('chips', () => {
  const context = {
    fieldLabel: (field: string) => ({ lifecycleStage: 'Giai đoạn', 'cf.spend': 'Chi tiêu' })[field] ?? field,
    valueLabel: (_field: string, value: string | number | boolean) =>
      typeof value === 'number' ? value.toLocaleString('vi-VN') : ({ customer: 'Khách hàng', advocate: 'Người ủng hộ' }[String(value)] ?? String(value)),
    empty: 'trống',
    notEmpty: 'có giá trị',
  };

  test('read like a sentence', () => {
    expect(describeCondition({ field: 'lifecycleStage', op: 'in', value: ['customer', 'advocate'] }, context)).toBe(
      'Giai đoạn: Khách hàng, Người ủng hộ',
    );
    expect(describeCondition({ field: 'cf.spend', op: 'gte', value: 1_000_000 }, context)).toBe('Chi tiêu ≥ 1.000.000');
    expect(describeCondition({ field: 'cf.spend', op: 'isEmpty' }, context)).toBe('Chi tiêu: trống');
  });
});
