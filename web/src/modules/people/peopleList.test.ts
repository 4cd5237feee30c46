import { describe, expect, test } from 'vitest';
import { exportColumns } from './peopleList';

describe('export columns', () => {
  test('follow the list columns under the export names, without duplicates', () => {
    expect(exportColumns(['fullName', 'primaryPhone', 'primaryEmail', 'lifecycleStage', 'ownerUserId', 'provinceCode', 'cf.membership'])).toEqual([
      'fullName',
      'phones',
      'emails',
      'lifecycleStage',
      'provinceName',
      'cf.membership',
    ]);
  });
});
