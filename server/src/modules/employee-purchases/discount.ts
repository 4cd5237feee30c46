/**
 * The employee purchase programme: discount policies per product category, applied when an order's
 * buyer is an employee. Pure functions: the caller loads the policies, the employee and how much of
 * each policy's cap the employee has used in the current period (see `periodOf`), and stores
 * `usedAfter` with the order.
 *
 * Money is whole đồng (VND integers); discounts are rounded down so that the company never gives
 * more than the policy says. Dates are read in Vietnam time (Asia/Ho_Chi_Minh).
 */

export type ContractType = 'probation' | 'fixed_term' | 'indefinite' | 'seasonal';

export type DiscountPolicy = {
  id: string;
  name: string;
  /** Product category it applies to; null = every category. */
  category: string | null;
  /** 0–100 (e.g. up to 60 on the company's own products); fractions count to 1/10,000 %. */
  percent: number;
  /** Max discount in VND (whole đồng) per employee per period; null = no cap. */
  capAmount: number | null;
  /** Cap period, by the order's local date in Vietnam. */
  period: 'month' | 'quarter' | 'year';
  /** Complete months of service needed at the order date. */
  minTenureMonths: number;
  /** Contract types that qualify; null = any (including an unknown one). */
  contractTypes: ContractType[] | null;
  active: boolean;
};

export type EmployeeFacts = {
  /** First working day, 'YYYY-MM-DD'. */
  startDate: string;
  status: 'active' | 'on_leave' | 'left';
  contractType: ContractType | null;
};

/** One order line; prices in VND integers. */
export type OrderLine = { productId: string; category: string; unitPrice: number; quantity: number };

/** Discount already used by this employee under each policy in the period containing `orderDate`. */
export type UsedInPeriod = Record<string /* policyId */, number>;

/** Why a line got no discount. */
export type DiscountReason = 'not_eligible_tenure' | 'not_eligible_contract' | 'no_policy' | 'cap_reached' | 'left_company';

export type LineDiscount = {
  productId: string;
  /** The policy applied (for 'cap_reached', the policy whose cap ran out); null when none applies. */
  policyId: string | null;
  /** That policy's percent; 0 when none applies. */
  percent: number;
  /** Discount on the line in whole đồng. */
  amount: number;
  /** How many đồng the cap took off this line's discount; null when the cap did not bind. */
  cappedBy: number | null;
  /** Set when the line gets nothing for a reason the buyer should see. */
  reason?: DiscountReason;
};

export type EmployeeDiscountInput = {
  policies: DiscountPolicy[];
  employee: EmployeeFacts;
  orderDate: Date;
  lines: OrderLine[];
  used: UsedInPeriod;
};

export type EmployeeDiscountResult = { lines: LineDiscount[]; total: number; usedAfter: UsedInPeriod };

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const vnFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Vietnam's wall clock at an instant (read through Intl, no fixed offset assumed). */
function vnWallClock(epochMs: number): { year: number; month: number; day: number; wallMs: number } {
  const f = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of vnFormatter.formatToParts(epochMs)) {
    if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
  }
  return { year: f.year, month: f.month, day: f.day, wallMs: Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) };
}

/** The instant of local midnight starting a Vietnamese date (month may overflow: 13 = January next year). */
function vnMidnight(year: number, month: number, day: number): Date {
  const wall = Date.UTC(year, month - 1, day);
  const offsetOf = (epochMs: number): number => vnWallClock(epochMs).wallMs - (epochMs - (((epochMs % 1000) + 1000) % 1000));
  const guess = wall - offsetOf(wall);
  return new Date(wall - offsetOf(guess));
}

function checkDate(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is an invalid Date`);
  return ms;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The [start, end) instants of the cap period containing `date`, in Asia/Ho_Chi_Minh, with its label:
 * '2026-11' (month), '2026-Q4' (quarter) or '2026' (year). 2026-03-31T17:30Z is already 1 April in
 * Vietnam, so it belongs to '2026-04' and '2026-Q2'.
 */
export function periodOf(period: DiscountPolicy['period'], date: Date): { start: Date; end: Date; label: string } {
  const { year, month } = vnWallClock(checkDate(date, 'date'));
  switch (period) {
    case 'month':
      return { start: vnMidnight(year, month, 1), end: vnMidnight(year, month + 1, 1), label: `${year}-${pad(month)}` };
    case 'quarter': {
      const quarter = Math.ceil(month / 3);
      const first = quarter * 3 - 2;
      return { start: vnMidnight(year, first, 1), end: vnMidnight(year, first + 3, 1), label: `${year}-Q${quarter}` };
    }
    case 'year':
      return { start: vnMidnight(year, 1, 1), end: vnMidnight(year + 1, 1, 1), label: String(year) };
    default: {
      const unknown: never = period;
      throw new RangeError(`Unknown cap period '${String(unknown)}'`);
    }
  }
}

function parseDate(value: string, name: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const back = new Date(Date.UTC(year, month - 1, day));
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`${name} '${value}' is not a date (expected YYYY-MM-DD)`);
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Complete months of service from `startDate` to the Vietnamese date of `at`. A month is complete on
 * the same day of a later month, or on that month's last day when it is shorter (started 31 January:
 * one month on 28/29 February). Returns -1 when the employee has not started yet.
 */
export function tenureMonths(startDate: string, at: Date): number {
  const start = parseDate(startDate, 'startDate');
  const { year, month, day } = vnWallClock(checkDate(at, 'at'));
  if (Date.UTC(year, month - 1, day) < Date.UTC(start.year, start.month - 1, start.day)) return -1;
  const months = (year - start.year) * 12 + (month - start.month);
  return day >= Math.min(start.day, daysInMonth(year, month)) ? months : months - 1;
}

function checkAmount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
}

function checkPolicies(policies: DiscountPolicy[]): void {
  const ids = new Set<string>();
  for (const p of policies) {
    if (ids.has(p.id)) throw new RangeError(`Duplicate policy id '${p.id}'`);
    ids.add(p.id);
    if (!Number.isFinite(p.percent) || p.percent < 0 || p.percent > 100) throw new RangeError(`Policy '${p.id}': percent must be 0–100`);
    if (p.capAmount !== null) checkAmount(p.capAmount, `Policy '${p.id}': capAmount`);
    if (!Number.isInteger(p.minTenureMonths) || p.minTenureMonths < 0) throw new RangeError(`Policy '${p.id}': minTenureMonths must be a whole number ≥ 0`);
  }
}

/** Why `employee` cannot use `policy`, or null when they can. The contract is checked first: it changes less often than tenure grows. */
function ineligibility(policy: DiscountPolicy, employee: EmployeeFacts, tenure: number): DiscountReason | null {
  if (policy.contractTypes !== null && (employee.contractType === null || !policy.contractTypes.includes(employee.contractType))) {
    return 'not_eligible_contract';
  }
  if (tenure < 0 || tenure < policy.minTenureMonths) return 'not_eligible_tenure';
  return null;
}

/** Higher percent first, then a category-specific policy before a catch-all, then by id (stable whatever the input order). */
function byRank(a: DiscountPolicy, b: DiscountPolicy): number {
  if (a.percent !== b.percent) return b.percent - a.percent;
  if ((a.category === null) !== (b.category === null)) return a.category === null ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** ⌊total × percent / 100⌋ exactly: BigInt, with the percent rounded down to 1/10,000 %. */
function discountOf(lineTotal: number, percent: number): number {
  let scaled = Math.round(percent * 10_000);
  // Rounding must never raise the percent (10.00006 → 10.0000); 33.3 × 10,000 = 332,999.99… stays 333,000.
  if (scaled / 10_000 > percent) scaled -= 1;
  return Number((BigInt(lineTotal) * BigInt(scaled)) / 1_000_000n);
}

/**
 * The employee discount of an order. For each line, in order:
 * - an employee who has left gets nothing ('left_company'); one on leave keeps the programme;
 * - the candidate policies are the active ones for the line's category or for every category
 *   ('no_policy' when there is none); the employee must qualify by contract type and by tenure at
 *   the order date (else the reason of the best-ranked candidate);
 * - among the qualifying policies, the best one is the highest percent, a category-specific policy
 *   before a catch-all on ties — unless its cap has less room left than another policy would give:
 *   the line takes whichever policy gives the most after caps (ties in that rank order), so an
 *   exhausted 60 % cap falls back to a 10 % catch-all instead of to nothing;
 * - the amount is ⌊line total × percent⌋ in đồng, then limited by what remains of the policy's cap in
 *   this period, which all lines of the order share in order ('cap_reached' when nothing remains).
 * `usedAfter` is `used` plus this order's discount per policy.
 */
export function computeEmployeeDiscount(input: EmployeeDiscountInput): EmployeeDiscountResult {
  const { policies, employee, orderDate, lines, used } = input;
  checkPolicies(policies);
  const usedAfter: UsedInPeriod = { ...used };
  for (const [id, amount] of Object.entries(used)) checkAmount(amount, `used['${id}']`);
  const tenure = tenureMonths(employee.startDate, orderDate);
  const active = policies.filter((p) => p.active).sort(byRank);

  const results = lines.map((line, index): LineDiscount => {
    checkAmount(line.unitPrice, `lines[${index}].unitPrice`);
    checkAmount(line.quantity, `lines[${index}].quantity`);
    const lineTotal = line.unitPrice * line.quantity;
    checkAmount(lineTotal, `lines[${index}] total`);
    const none = (reason: DiscountReason): LineDiscount => ({ productId: line.productId, policyId: null, percent: 0, amount: 0, cappedBy: null, reason });

    if (employee.status === 'left') return none('left_company');
    const candidates = active.filter((p) => p.category === null || p.category === line.category);
    const [best] = candidates;
    if (!best) return none('no_policy');
    const eligible = candidates.filter((p) => ineligibility(p, employee, tenure) === null);
    if (eligible.length === 0) return none(ineligibility(best, employee, tenure) ?? 'no_policy');

    // `eligible` is in rank order, so a strict > keeps the better-ranked policy on equal amounts.
    let chosen: { policy: DiscountPolicy; uncapped: number; amount: number } | null = null;
    for (const policy of eligible) {
      const uncapped = discountOf(lineTotal, policy.percent);
      const room = policy.capAmount === null ? Infinity : Math.max(0, policy.capAmount - (usedAfter[policy.id] ?? 0));
      const amount = Math.min(uncapped, room);
      if (!chosen || amount > chosen.amount) chosen = { policy, uncapped, amount };
    }
    if (!chosen) return none('no_policy'); // unreachable: `eligible` is not empty

    const { policy, uncapped, amount } = chosen;
    if (amount > 0) usedAfter[policy.id] = (usedAfter[policy.id] ?? 0) + amount;
    const result: LineDiscount = {
      productId: line.productId,
      policyId: policy.id,
      percent: policy.percent,
      amount,
      cappedBy: amount < uncapped ? uncapped - amount : null,
    };
    return amount === 0 && uncapped > 0 ? { ...result, reason: 'cap_reached' } : result;
  });

  return { lines: results, total: results.reduce((sum, l) => sum + l.amount, 0), usedAfter };
}

