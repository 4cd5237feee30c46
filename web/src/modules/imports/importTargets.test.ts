import { describe, expect, test } from 'vitest';
import { SKIP, choicesFromPreview, conflictingTargets, hasNameColumn, mappingOf, templateCsv } from './importTargets';

describe('column choices', () => {
  test('every column gets a choice; unmapped ones are skipped, and only mapped ones are sent', () => {
    const choices = choicesFromPreview(['Họ tên', 'SĐT', 'Ghi chú riêng'], { 'Họ tên': 'fullName', SĐT: 'phones' });
    expect(choices).toEqual({ 'Họ tên': 'fullName', SĐT: 'phones', 'Ghi chú riêng': SKIP });
    expect(mappingOf(choices)).toEqual({ 'Họ tên': 'fullName', SĐT: 'phones' });
  });

  test('two columns may fill phones, not the name', () => {
    const choices = { 'Họ tên': 'fullName', Tên: 'fullName', 'SĐT 1': 'phones', 'SĐT 2': 'phones' };
    expect([...conflictingTargets(choices)]).toEqual([['fullName', ['Họ tên', 'Tên']]]);
  });

  test('a person import needs a name column', () => {
    expect(hasNameColumn('person', { A: 'phones' })).toBe(false);
    expect(hasNameColumn('person', { A: 'fullName' })).toBe(true);
    expect(hasNameColumn('organization', { A: 'fullName' })).toBe(false);
  });

  test('the template starts with a BOM and Vietnamese headers', () => {
    const csv = templateCsv('person');
    expect(csv.startsWith('\uFEFFHọ và tên,Số điện thoại')).toBe(true);
    expect(csv).toContain('"vip; thân thiết"');
  });
});
