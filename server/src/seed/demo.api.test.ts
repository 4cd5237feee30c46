import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../platform/http/app';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { signIn, testConfig } from '../test/harness';
import { isEmpty, seedDemo } from './demo';

describe('the demo workspace', () => {
  let t: TestDatabase;
  let app: App;
  beforeAll(async () => {
    t = await createTestDatabase();
    expect(await isEmpty(t.database)).toBe(true);
    await seedDemo(t.database);
    app = await buildApp({ config: testConfig(), database: t.database, jobs: null });
    // Seeding every feature's demo data takes ~15 s on an idle machine; leave room for a busy CI runner.
  }, 240_000);
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  it('signs in with the printed credentials and is full of Vietnamese customers', async () => {
    expect(await isEmpty(t.database)).toBe(false);
    const demo = await signIn(app, 'demo@tandem.vn', 'tandem-demo');
    const session = (await demo.request('GET', '/api/v1/auth/session')).json();
    expect(session.workspaces[0]).toMatchObject({ name: 'Công ty TNHH Sen Vàng', role: 'owner' });
    const members = (await demo.request('GET', '/api/v1/members?limit=200')).json().data;
    expect(members.length).toBeGreaterThanOrEqual(15);

    let count = 0;
    let cursor: string | null = null;
    let first: { fullName: string; primaryPhone: string } | undefined;
    do {
      const page: { data: { fullName: string; primaryPhone: string }[]; nextCursor: string | null } = (
        await demo.request('GET', `/api/v1/people?limit=200${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      first ??= page.data[0];
      count += page.data.length;
      cursor = page.nextCursor;
    } while (cursor);
    expect(count).toBeGreaterThanOrEqual(300);
    expect(first!.fullName).toMatch(/^\p{Lu}\p{Ll}* /u);
    expect(first!.primaryPhone).toMatch(/^\+84\d{9}$/);

    // Every seeded person is findable by their name typed without accents.
    const folded = first!.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
    const hits = (await demo.request('GET', `/api/v1/search?q=${encodeURIComponent(folded)}`)).json().data;
    expect(hits.map((h: { name: string }) => h.name)).toContain(first!.fullName);
    const orgs = (await demo.request('GET', '/api/v1/organizations?limit=100')).json().data;
    expect(orgs.length).toBeGreaterThanOrEqual(30);
  });

  it('has departments, employees, a service catalog and months of rated requests', async () => {
    const demo = await signIn(app, 'demo@tandem.vn', 'tandem-demo');
    expect((await demo.request('GET', '/api/v1/departments')).json().data.length).toBeGreaterThanOrEqual(6);
    expect((await demo.request('GET', '/api/v1/employees?limit=200')).json().data.length).toBeGreaterThanOrEqual(30);
    expect((await demo.request('GET', '/api/v1/services')).json().data.length).toBeGreaterThanOrEqual(5);
    const requests = (await demo.request('GET', '/api/v1/internal-requests?limit=200')).json().data;
    expect(requests.length).toBeGreaterThanOrEqual(80);
    const csat = (await demo.request('GET', '/api/v1/internal-requests/csat')).json().data;
    expect(csat.reduce((n: number, r: { ratings: number }) => n + r.ratings, 0)).toBeGreaterThanOrEqual(60);
    const benefits = (await demo.request('GET', '/api/v1/benefits')).json().data;
    expect(benefits.map((b: { kind: string }) => b.kind)).toEqual(expect.arrayContaining(['insurance', 'allowance', 'discount', 'leave']));
    expect(benefits.find((b: { kind: string }) => b.kind === 'discount').discountPolicy).not.toBeNull();
    expect(benefits.find((b: { name: string }) => b.name === 'Phụ cấp ăn trưa').currentHolders).toBeGreaterThanOrEqual(20);
    expect((await demo.request('GET', '/api/v1/discount-policies')).json().data.length).toBe(3);
    const referrals = (await demo.request('GET', '/api/v1/referrals')).json().data;
    expect(referrals.reduce((n: number, r: { referredCustomers: number }) => n + r.referredCustomers, 0)).toBe(30);
    expect(referrals[0].referredRevenue).toBeGreaterThan(0);
  });

  it('has care plans: two on with their firings, one off with a preview count', async () => {
    const demo = await signIn(app, 'demo@tandem.vn', 'tandem-demo');
    const plans = (await demo.request('GET', '/api/v1/care-plans')).json().data as { id: string; enabled: boolean; lastRunAt: string | null }[];
    expect(plans).toHaveLength(3);
    expect(plans.filter((p) => p.enabled).every((p) => p.lastRunAt !== null)).toBe(true);
    const off = plans.find((p) => !p.enabled)!;
    const preview = (await demo.request('POST', `/api/v1/care-plans/${off.id}/preview`)).json();
    expect(preview.count).toBeGreaterThan(0);
  });

  it('has e-mail templates and, without SMTP, messages waiting in the outbox; marketing without consent blocked', async () => {
    const demo = await signIn(app, 'demo@tandem.vn', 'tandem-demo');
    const templates = (await demo.request('GET', '/api/v1/email/templates')).json().data.map((x: { name: string }) => x.name);
    expect(templates).toEqual(expect.arrayContaining(['Cảm ơn sau mua hàng', 'Ưu đãi sinh nhật']));
    expect((await demo.request('GET', '/api/v1/email/settings')).json().configured).toBe(false);
    const outbox = (await demo.request('GET', '/api/v1/outbox')).json().data;
    expect(outbox.length).toBeGreaterThanOrEqual(3);
    const blocked = (await demo.request('GET', '/api/v1/outbox?status=blocked')).json().data;
    expect(blocked.some((m: { blockedReason: string }) => m.blockedReason === 'no_consent' || m.blockedReason === 'consent_withdrawn')).toBe(true);
  });

  it('has a feedback inbox with detractor follow-ups being closed, and a product with early and mature feedback', async () => {
    const demo = await signIn(app, 'demo@tandem.vn', 'tandem-demo');
    const inbox = (await demo.request('GET', '/api/v1/feedback?limit=200')).json().data as { source: string; sentiment: string }[];
    expect(new Set(inbox.map((f) => f.source))).toEqual(new Set(['survey_answer', 'complaint', 'praise', 'review', 'suggestion']));
    expect(inbox.some((f) => f.sentiment === 'negative') && inbox.some((f) => f.sentiment === 'positive')).toBe(true);
    const loop = (await demo.request('GET', '/api/v1/feedback/loop-metrics')).json();
    expect(loop.detractors).toBeGreaterThan(0);
    expect(loop.contacted).toBeGreaterThan(0);
    expect(loop.contacted).toBeLessThan(loop.detractors);
    const products = (await demo.request('GET', '/api/v1/products')).json().data as { id: string; launchDate: string | null }[];
    const sides: [string, boolean][][] = [];
    for (const p of products.filter((x) => x.launchDate)) {
      const phases = (await demo.request('GET', `/api/v1/feedback/products/${p.id}/phases`)).json().phases as { phase: string; count: number }[];
      sides.push(phases.map((x) => [x.phase, x.count > 0]));
    }
    expect(sides).toContainEqual([['early', true], ['mature', true]]);
  });
});
