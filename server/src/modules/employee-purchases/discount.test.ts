import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeEmployeeDiscount,
  periodOf,
  tenureMonths,
  type ContractType,
  type DiscountPolicy,
  type EmployeeFacts,
  type LineDiscount,
  type OrderLine,
  type UsedInPeriod,
} from './discount';

const policy = (fields: Partial<DiscountPolicy> & { id: string }): DiscountPolicy => ({
  name: fields.id,
  category: null,
  percent: 10,
  capAmount: null,
  period: 'month',
  minTenureMonths: 0,
  contractTypes: null,
  active: true,
  ...fields,
});

// 60 % on the company's own products, at most 2,000,000 đ a month, after 3 months, not on probation.
const own = policy({ id: 'own', category: 'own-products', percent: 60, capAmount: 2_000_000, minTenureMonths: 3, contractTypes: ['fixed_term', 'indefinite'] });
// 10 % on everything, no cap.
const everything = policy({ id: 'all', percent: 10, period: 'year' });
const staff: EmployeeFacts = { startDate: '2025-01-15', status: 'active', contractType: 'indefinite' };
/** A Vietnam wall time. */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const march10 = vn('2026-03-10 10:00');

const line = (category: string, unitPrice: number, quantity = 1, productId = `${category}-${unitPrice}`): OrderLine => ({ productId, category, unitPrice, quantity });
const applied = (l: OrderLine, policyId: string, percent: number, amount: number, cappedBy: number | null = null): LineDiscount => ({ productId: l.productId, policyId, percent, amount, cappedBy });
const nothing = (l: OrderLine, reason: LineDiscount['reason']): LineDiscount => ({ productId: l.productId, policyId: null, percent: 0, amount: 0, cappedBy: null, reason });

describe('computeEmployeeDiscount', () => {
  const shirt = line('own-products', 1_000_000);
  const coffee = line('drinks', 45_000, 3);
  const probation: EmployeeFacts = { ...staff, contractType: 'probation' };

  const cases: {
    name: string;
    policies?: DiscountPolicy[];
    employee?: EmployeeFacts;
    orderDate?: Date;
    lines: OrderLine[];
    used?: UsedInPeriod;
    expected: LineDiscount[];
    usedAfter: UsedInPeriod;
  }[] = [
    // 60 % of 1,000,000; 10 % of 3 × 45,000 = 13,500.
    { name: 'category policy and catch-all', lines: [shirt, coffee], expected: [applied(shirt, 'own', 60, 600_000), applied(coffee, 'all', 10, 13_500)], usedAfter: { own: 600_000, all: 13_500 } },
    // 10 % of 99,999 = 9,999.9 → 9,999.
    { name: 'rounds down to whole đồng', lines: [line('drinks', 99_999)], expected: [applied(line('drinks', 99_999), 'all', 10, 9_999)], usedAfter: { all: 9_999 } },
    // 33 % of 99,999 = 32,999.67 → 32,999; 12.5 % of 1,001 = 125.125 → 125; 33.3 % of 1,000 = 333 exactly.
    {
      name: 'rounds down with odd percents',
      policies: [policy({ id: 'p33', category: 'a', percent: 33 }), policy({ id: 'p12', category: 'b', percent: 12.5 }), policy({ id: 'p333', category: 'c', percent: 33.3 })],
      lines: [line('a', 99_999), line('b', 1_001), line('c', 1_000)],
      expected: [applied(line('a', 99_999), 'p33', 33, 32_999), applied(line('b', 1_001), 'p12', 12.5, 125), applied(line('c', 1_000), 'p333', 33.3, 333)],
      usedAfter: { p33: 32_999, p12: 125, p333: 333 },
    },
    // Percents count to 1/10,000 %, rounded down: 10.00006 % of 1,000,000 = 100,000.6 → 100,000
    // (rounding the percent to nearest would give 10.0001 % → 100,001, more than the policy says).
    {
      name: 'never rounds a percent up',
      policies: [policy({ id: 'fine', percent: 10.00006 })],
      lines: [line('drinks', 1_000_000)],
      expected: [applied(line('drinks', 1_000_000), 'fine', 10.00006, 100_000)],
      usedAfter: { fine: 100_000 },
    },
    // Cap 2,000,000: 1,200,000 on the first line; the second would be 900,000 but only 800,000 is left
    // (800,000 > its 10 % = 150,000, so the capped 60 % still wins); the third falls back to 10 %.
    {
      name: 'the cap is shared by the lines in order, then the catch-all takes over',
      lines: [line('own-products', 2_000_000), line('own-products', 1_500_000), line('own-products', 500_000)],
      expected: [
        applied(line('own-products', 2_000_000), 'own', 60, 1_200_000),
        applied(line('own-products', 1_500_000), 'own', 60, 800_000, 100_000),
        applied(line('own-products', 500_000), 'all', 10, 50_000),
      ],
      usedAfter: { own: 2_000_000, all: 50_000 },
    },
    // 50,000 left under the cap < 10 % of 1,000,000 = 100,000: the catch-all gives more.
    { name: 'a nearly used cap loses to a better catch-all', lines: [shirt], used: { own: 1_950_000 }, expected: [applied(shirt, 'all', 10, 100_000)], usedAfter: { own: 1_950_000, all: 100_000 } },
    {
      name: 'cap reached with nothing to fall back on',
      policies: [own],
      lines: [shirt],
      used: { own: 2_000_000 },
      expected: [{ ...applied(shirt, 'own', 60, 0, 600_000), reason: 'cap_reached' }],
      usedAfter: { own: 2_000_000 },
    },
    { name: 'a cap already overrun (lowered since) gives nothing more', policies: [own], lines: [shirt], used: { own: 2_500_000 }, expected: [{ ...applied(shirt, 'own', 60, 0, 600_000), reason: 'cap_reached' }], usedAfter: { own: 2_500_000 } },
    { name: 'an employee who has left gets nothing', employee: { ...staff, status: 'left' }, lines: [shirt, coffee], used: { all: 5 }, expected: [nothing(shirt, 'left_company'), nothing(coffee, 'left_company')], usedAfter: { all: 5 } },
    { name: 'an employee on leave keeps the programme', employee: { ...staff, status: 'on_leave' }, lines: [shirt], expected: [applied(shirt, 'own', 60, 600_000)], usedAfter: { own: 600_000 } },
    { name: 'probation is excluded from own products, not from the catch-all', employee: probation, lines: [shirt], expected: [applied(shirt, 'all', 10, 100_000)], usedAfter: { all: 100_000 } },
    { name: 'probation with only the own-products policy', policies: [own], employee: probation, lines: [shirt], expected: [nothing(shirt, 'not_eligible_contract')], usedAfter: {} },
    { name: 'an unknown contract type does not meet a contract list', policies: [own], employee: { ...staff, contractType: null }, lines: [shirt], expected: [nothing(shirt, 'not_eligible_contract')], usedAfter: {} },
    // Started 10 Dec 2025: 3 complete months on 10 March 2026, 2 the day before.
    { name: 'tenure exactly at the limit', policies: [own], employee: { ...staff, startDate: '2025-12-10' }, lines: [shirt], expected: [applied(shirt, 'own', 60, 600_000)], usedAfter: { own: 600_000 } },
    { name: 'tenure one day short', policies: [own], employee: { ...staff, startDate: '2025-12-11' }, lines: [shirt], expected: [nothing(shirt, 'not_eligible_tenure')], usedAfter: {} },
    { name: 'not started yet', policies: [everything], employee: { ...staff, startDate: '2026-04-01' }, lines: [coffee], expected: [nothing(coffee, 'not_eligible_tenure')], usedAfter: {} },
    { name: 'inactive policies are ignored', policies: [{ ...own, active: false }, everything], lines: [shirt], expected: [applied(shirt, 'all', 10, 100_000)], usedAfter: { all: 100_000 } },
    { name: 'no policy for the category', policies: [own], lines: [coffee], expected: [nothing(coffee, 'no_policy')], usedAfter: {} },
    { name: 'no policies at all', policies: [], lines: [coffee], expected: [nothing(coffee, 'no_policy')], usedAfter: {} },
    // Both fail; the best-ranked candidate (own, 60 %) fails on the contract, which is reported.
    {
      name: 'the reason is the best-ranked candidate’s',
      policies: [own, policy({ id: 'senior', percent: 15, minTenureMonths: 24 })],
      employee: probation,
      lines: [shirt],
      expected: [nothing(shirt, 'not_eligible_contract')],
      usedAfter: {},
    },
    {
      name: 'ties: category-specific before catch-all',
      policies: [policy({ id: 'a-any', percent: 20 }), policy({ id: 'z-drinks', category: 'drinks', percent: 20 })],
      lines: [coffee],
      expected: [applied(coffee, 'z-drinks', 20, 27_000)],
      usedAfter: { 'z-drinks': 27_000 },
    },
    {
      name: 'ties between two specific policies: the lower id, whatever the input order',
      policies: [policy({ id: 'b', category: 'drinks', percent: 20 }), policy({ id: 'a', category: 'drinks', percent: 20 })],
      lines: [coffee],
      expected: [applied(coffee, 'a', 20, 27_000)],
      usedAfter: { a: 27_000 },
    },
    {
      name: 'a higher catch-all beats a lower specific policy',
      policies: [policy({ id: 'any', percent: 25 }), policy({ id: 'drinks', category: 'drinks', percent: 20 })],
      lines: [coffee],
      expected: [applied(coffee, 'any', 25, 33_750)],
      usedAfter: { any: 33_750 },
    },
    // Nothing to discount: the policy applies, for 0 đ, and there is no reason to show.
    { name: 'a zero-quantity line', lines: [line('drinks', 45_000, 0)], expected: [applied(line('drinks', 45_000, 0), 'all', 10, 0)], usedAfter: {} },
  ];

  it.each(cases)('$name', ({ policies = [own, everything], employee = staff, orderDate = march10, lines, used = {}, expected, usedAfter }) => {
    const result = computeEmployeeDiscount({ policies, employee, orderDate, lines, used });
    expect(result.lines).toEqual(expected);
    expect(result.total).toBe(expected.reduce((sum, l) => sum + l.amount, 0));
    expect(result.usedAfter).toEqual(usedAfter);
  });

  it('does not change its inputs', () => {
    const used = { own: 100 };
    const policies = [everything, own];
    computeEmployeeDiscount({ policies, employee: staff, orderDate: march10, lines: [shirt], used });
    expect(used).toEqual({ own: 100 });
    expect(policies.map((p) => p.id)).toEqual(['all', 'own']);
  });

  it('refuses malformed input', () => {
    const base = { policies: [own, everything], employee: staff, orderDate: march10, lines: [shirt], used: {} };
    const bad = [
      { ...base, policies: [everything, everything] },
      { ...base, policies: [{ ...own, percent: 101 }] },
      { ...base, policies: [{ ...own, capAmount: 10.5 }] },
      { ...base, policies: [{ ...own, minTenureMonths: -1 }] },
      { ...base, lines: [line('drinks', -1)] },
      { ...base, lines: [line('drinks', 1000, 1.5)] },
      { ...base, lines: [line('drinks', Number.MAX_SAFE_INTEGER, 2)] },
      { ...base, used: { own: -5 } },
      { ...base, employee: { ...staff, startDate: '2026-02-30' } },
      { ...base, orderDate: new Date('nope') },
    ];
    for (const input of bad) expect(() => computeEmployeeDiscount(input)).toThrow(RangeError);
  });
});

describe('caps across periods (Vietnam time)', () => {
  type Entry = { policyId: string; at: Date; amount: number };
  /** What a service does: sum the ledger over each policy's period containing the order date. */
  const usedAt = (ledger: Entry[], policies: DiscountPolicy[], at: Date): UsedInPeriod => {
    const used: UsedInPeriod = {};
    for (const p of policies) {
      const { start, end } = periodOf(p.period, at);
      const sum = ledger.filter((e) => e.policyId === p.id && e.at >= start && e.at < end).reduce((s, e) => s + e.amount, 0);
      if (sum > 0) used[p.id] = sum;
    }
    return used;
  };
  /** Places orders one after another, as the shop would, and returns each order's discount. */
  const placeOrders = (policies: DiscountPolicy[], orders: { at: Date; lines: OrderLine[] }[]): number[] => {
    const ledger: Entry[] = [];
    return orders.map(({ at, lines }) => {
      const result = computeEmployeeDiscount({ policies, employee: staff, orderDate: at, lines, used: usedAt(ledger, policies, at) });
      for (const l of result.lines) if (l.policyId && l.amount > 0) ledger.push({ policyId: l.policyId, at, amount: l.amount });
      return result.total;
    });
  };
  const big = line('own-products', 2_500_000); // 60 % = 1,500,000

  const cases: { name: string; policy: DiscountPolicy; orders: Date[]; totals: number[] }[] = [
    // 1,500,000; then 500,000 left of 2,000,000; 23:59 on 31 March is still March; 00:30 on 1 April is a new month.
    {
      name: 'monthly: two orders share the cap, the next month starts fresh',
      policy: own,
      orders: [vn('2026-03-05 10:00'), vn('2026-03-31 23:59'), new Date('2026-03-31T17:30:00Z')],
      totals: [1_500_000, 500_000, 1_500_000],
    },
    // Cap 2,000,000 a quarter: 2026-03-31T16:59:59Z is 23:59:59 on 31 March (Q1), T17:00Z is Q2.
    {
      name: 'quarterly at the quarter boundary',
      policy: { ...own, period: 'quarter' },
      orders: [vn('2026-01-02 09:00'), new Date('2026-03-31T16:59:59Z'), new Date('2026-03-31T17:00:00Z')],
      totals: [1_500_000, 500_000, 1_500_000],
    },
    // 2026-12-31T16:59:59.999Z is still 2026 in Vietnam; T17:00Z is 1 January 2027.
    {
      name: 'yearly at the year boundary',
      policy: { ...own, period: 'year' },
      orders: [vn('2026-06-15 09:00'), new Date('2026-12-31T16:59:59.999Z'), new Date('2026-12-31T17:00:00Z')],
      totals: [1_500_000, 500_000, 1_500_000],
    },
    // The same instants in a monthly policy: June and December are different months, January fresh.
    { name: 'monthly with the same instants', policy: own, orders: [vn('2026-06-15 09:00'), new Date('2026-12-31T16:59:59.999Z'), new Date('2026-12-31T17:00:00Z')], totals: [1_500_000, 1_500_000, 1_500_000] },
  ];

  it.each(cases)('$name', ({ policy: p, orders, totals }) => {
    expect(placeOrders([p], orders.map((at) => ({ at, lines: [big] })))).toEqual(totals);
  });
});

describe('periodOf', () => {
  const cases: [DiscountPolicy['period'], string, string, string, string][] = [
    // [period, instant, label, start, end]: Vietnam midnight is 17:00Z the day before.
    ['month', '2026-11-15T05:00:00Z', '2026-11', '2026-10-31T17:00:00.000Z', '2026-11-30T17:00:00.000Z'],
    ['month', '2026-12-31T16:59:59.999Z', '2026-12', '2026-11-30T17:00:00.000Z', '2026-12-31T17:00:00.000Z'],
    ['month', '2026-12-31T17:00:00Z', '2027-01', '2026-12-31T17:00:00.000Z', '2027-01-31T17:00:00.000Z'],
    ['month', '2028-02-10T00:00:00Z', '2028-02', '2028-01-31T17:00:00.000Z', '2028-02-29T17:00:00.000Z'],
    ['quarter', '2026-03-31T16:59:59.999Z', '2026-Q1', '2025-12-31T17:00:00.000Z', '2026-03-31T17:00:00.000Z'],
    ['quarter', '2026-03-31T17:30:00Z', '2026-Q2', '2026-03-31T17:00:00.000Z', '2026-06-30T17:00:00.000Z'],
    ['quarter', '2026-11-01T00:00:00Z', '2026-Q4', '2026-09-30T17:00:00.000Z', '2026-12-31T17:00:00.000Z'],
    ['year', '2026-12-31T16:59:59.999Z', '2026', '2025-12-31T17:00:00.000Z', '2026-12-31T17:00:00.000Z'],
    ['year', '2026-12-31T17:00:00Z', '2027', '2026-12-31T17:00:00.000Z', '2027-12-31T17:00:00.000Z'],
  ];
  it.each(cases)('%s of %s is %s', (period, at, label, start, end) => {
    const result = periodOf(period, new Date(at));
    expect({ label: result.label, start: result.start.toISOString(), end: result.end.toISOString() }).toEqual({ label, start, end });
  });

  it('refuses an invalid date', () => {
    expect(() => periodOf('month', new Date('nope'))).toThrow(RangeError);
  });
});

describe('tenureMonths', () => {
  const cases: [string, string, number][] = [
    // [start date, order instant, complete months]
    ['2025-12-15', '2026-03-14T17:00:00Z', 3], // 00:00 on 15 March in Vietnam
    ['2025-12-15', '2026-03-14T16:59:59Z', 2], // 23:59:59 on 14 March in Vietnam
    ['2026-03-10', '2026-03-10T03:00:00Z', 0],
    ['2026-03-11', '2026-03-10T03:00:00Z', -1], // not started
    ['2026-01-31', '2026-02-28T03:00:00Z', 1], // the last day of a shorter month completes it
    ['2026-01-31', '2026-02-27T03:00:00Z', 0],
    ['2024-01-31', '2024-02-29T03:00:00Z', 1],
    ['2024-01-31', '2024-02-28T03:00:00Z', 0],
    ['2025-03-31', '2025-04-30T03:00:00Z', 1],
    ['2025-03-31', '2025-05-30T03:00:00Z', 1],
    ['2025-03-31', '2025-05-31T03:00:00Z', 2],
    ['2020-02-29', '2021-02-28T03:00:00Z', 12],
    ['2015-06-01', '2026-03-10T03:00:00Z', 129],
  ];
  it.each(cases)('from %s to %s: %i', (start, at, months) => {
    expect(tenureMonths(start, new Date(at))).toBe(months);
  });

  it('refuses a malformed start date', () => {
    for (const start of ['2026-02-30', '2026-3-1', '01/03/2026']) expect(() => tenureMonths(start, march10)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const contractTypes: ContractType[] = ['probation', 'fixed_term', 'indefinite', 'seasonal'];
  const policyFields = fc.record({
    category: fc.constantFrom(null, 'a', 'b'),
    percent: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100), // two decimals, e.g. 12.35 %
    capAmount: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null }),
    period: fc.constantFrom<DiscountPolicy['period']>('month', 'quarter', 'year'),
    minTenureMonths: fc.integer({ min: 0, max: 24 }),
    contractTypes: fc.option(fc.subarray(contractTypes), { nil: null }),
    active: fc.boolean(),
  });
  const policies = fc.array(policyFields, { maxLength: 5 }).map((ps) => ps.map((p, i): DiscountPolicy => ({ ...p, id: `p${i}`, name: `Policy ${i}` })));
  const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
  const employee = fc.record({
    startDate: fc.date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map(isoDate),
    status: fc.constantFrom<EmployeeFacts['status']>('active', 'on_leave', 'left'),
    contractType: fc.option(fc.constantFrom(...contractTypes), { nil: null }),
  });
  const lines = fc.array(
    fc.record({ productId: fc.string({ maxLength: 4 }), category: fc.constantFrom('a', 'b', 'c'), unitPrice: fc.integer({ min: 0, max: 20_000_000 }), quantity: fc.integer({ min: 0, max: 10 }) }),
    { maxLength: 8 },
  );
  const orderDate = fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true });
  /** Policies with, for each, some use so far that stays within its cap. */
  const setup = policies.chain((ps) =>
    fc.tuple(
      fc.constant(ps),
      fc.tuple(...ps.map((p) => fc.integer({ min: 0, max: p.capAmount ?? 5_000_000 }))).map((amounts) => Object.fromEntries(ps.map((p, i) => [p.id, amounts[i] ?? 0]))),
    ),
  );
  const lineTotal = (l: OrderLine): number => l.unitPrice * l.quantity;

  it('never gives more than the lines cost, nor more than each policy’s percent, nor past a cap', () => {
    fc.assert(
      fc.property(setup, employee, orderDate, lines, ([ps, used], emp, at, ls) => {
        const result = computeEmployeeDiscount({ policies: ps, employee: emp, orderDate: at, lines: ls, used });
        expect(result.total).toBe(result.lines.reduce((s, l) => s + l.amount, 0));
        expect(result.total).toBeLessThanOrEqual(ls.reduce((s, l) => s + lineTotal(l), 0));
        for (const [i, l] of result.lines.entries()) {
          const orderLine = ls[i];
          if (!orderLine) throw new Error('one result per line');
          expect(Number.isInteger(l.amount) && l.amount >= 0).toBe(true);
          // amount ≤ line total × percent / 100, exactly (percents have two decimals).
          expect(BigInt(l.amount) * 10_000n <= BigInt(lineTotal(orderLine)) * BigInt(Math.round(l.percent * 100))).toBe(true);
          if (l.amount > 0) expect(l.policyId !== null && l.reason === undefined).toBe(true);
          if (emp.status === 'left') expect(l).toMatchObject({ amount: 0, reason: 'left_company' });
        }
        for (const p of ps) {
          const spent = result.lines.filter((l) => l.policyId === p.id).reduce((s, l) => s + l.amount, 0);
          expect(result.usedAfter[p.id] ?? 0).toBe((used[p.id] ?? 0) + spent);
          if (p.capAmount !== null) expect(result.usedAfter[p.id] ?? 0).toBeLessThanOrEqual(p.capAmount);
        }
      }),
    );
  });

  it('one order is the same as the same lines split into two orders placed one after the other', () => {
    fc.assert(
      fc.property(setup, employee, orderDate, lines, lines, ([ps, used], emp, at, first, second) => {
        const whole = computeEmployeeDiscount({ policies: ps, employee: emp, orderDate: at, lines: [...first, ...second], used });
        const a = computeEmployeeDiscount({ policies: ps, employee: emp, orderDate: at, lines: first, used });
        const b = computeEmployeeDiscount({ policies: ps, employee: emp, orderDate: at, lines: second, used: a.usedAfter });
        expect(whole.lines).toEqual([...a.lines, ...b.lines]);
        expect(whole.usedAfter).toEqual(b.usedAfter);
      }),
    );
  });

  it('periods contain their date and tile time: each ends where the next begins', () => {
    fc.assert(
      fc.property(fc.constantFrom<DiscountPolicy['period']>('month', 'quarter', 'year'), orderDate, (period, at) => {
        const { start, end } = periodOf(period, at);
        expect(start.getTime() <= at.getTime() && at.getTime() < end.getTime()).toBe(true);
        expect(periodOf(period, end).start.getTime()).toBe(end.getTime());
        expect(periodOf(period, new Date(start.getTime() - 1)).end.getTime()).toBe(start.getTime());
      }),
    );
  });
});
