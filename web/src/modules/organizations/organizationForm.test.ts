import { describe, expect, test } from 'vitest';
import { organizationFormValues, organizationRequest } from './organizationForm';

describe('organization form', () => {
  test('a tax code is sent without the spaces and dots people type', () => {
    const values = { ...organizationFormValues(null, [], null), name: 'Công ty TNHH Sen Vàng', taxCode: ' 0101.243 150 ' };
    const result = organizationRequest(values, []);
    expect(result.ok && result.body.taxCode).toBe('0101243150');
    expect(result.ok && result.body.customerType).toBe('business');
  });

  test('a branch keeps its suffix; no tax code is null', () => {
    const branch = organizationRequest({ ...organizationFormValues(null, [], null), name: 'Chi nhánh', taxCode: '0101243150-001' }, []);
    expect(branch.ok && branch.body.taxCode).toBe('0101243150-001');
    const none = organizationRequest({ ...organizationFormValues(null, [], null), name: 'Hộ kinh doanh' }, []);
    expect(none.ok && none.body.taxCode).toBeNull();
  });

  test('a name is required', () => {
    expect(organizationRequest(organizationFormValues(null, [], null), [])).toEqual({ ok: false, errors: { name: 'nameRequired' } });
  });
});
