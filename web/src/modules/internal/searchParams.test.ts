import { describe, expect, it } from 'vitest';
import { parseEmployeeTab, parseEmployeesSearch, parseRequestsSearch, parseTurnoverSearch } from './searchParams';

const ID = '01a21451-653c-7a5f-9d96-3a159fa3a133';

describe('internal search params', () => {
  it('keeps what a page understands and drops the rest', () => {
    expect(parseEmployeesSearch({ q: '  nguyen ', departmentId: ID, status: 'left', x: 1 })).toEqual({ q: 'nguyen', departmentId: ID, status: 'left' });
    expect(parseEmployeesSearch({ departmentId: 'drop table', status: 'fired' })).toEqual({});
    expect(parseRequestsSearch({ view: 'assigned', breached: 'true', status: 'waiting' })).toEqual({ view: 'assigned', breached: true, status: 'waiting' });
    expect(parseRequestsSearch({ view: 'everything', breached: 'no' })).toEqual({});
    expect(parseEmployeeTab({ tab: 'hr' })).toEqual({ tab: 'hr' });
    expect(parseEmployeeTab({ tab: 'profile' })).toEqual({});
  });

  it('accepts a report period only when it is one', () => {
    expect(parseTurnoverSearch({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(parseTurnoverSearch({ from: '2025-12-31', to: '2025-01-01' })).toEqual({});
    expect(parseTurnoverSearch({ from: '1/1/2025', to: '2025-12-31' })).toEqual({});
  });
});
