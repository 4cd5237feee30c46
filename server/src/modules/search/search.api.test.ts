import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildWorkspace, signIn, type Client, type TestApp } from '../../test/harness';
import { search as searchService } from './search.service';
import { editDistance } from './typo';
import { wordStatsSource, type WordStats } from './word-stats';
import { sql } from 'drizzle-orm';

describe('search', () => {
  let t: TestApp;
  let owner: Client;
  const ids: Record<string, string> = {};
  let workspaceId: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const ws = await buildWorkspace(t.database);
    workspaceId = ws.workspaceId;
    owner = await signIn(t.app, ws.owner.email, ws.owner.password);
    const people = [
      { fullName: 'Nguyễn Văn Đức', phones: [{ number: '+84912345678' }], emails: [{ address: 'duc@sen.vn' }] },
      { fullName: 'Nguyễn Thị Hòa', phones: [{ number: '0987000111' }] },
      { fullName: 'Trần Hoà Bình'.normalize('NFD') },
      { fullName: 'Lê Đức Anh' },
      { fullName: 'Phạm Văn Dũng' },
    ];
    for (const p of people) ids[p.fullName.normalize('NFC')] = (await owner.request('POST', '/api/v1/people', p)).json().id;
    ids['Công ty TNHH Sen Vàng'] = (await owner.request('POST', '/api/v1/organizations', { name: 'Công ty TNHH Sen Vàng', taxCode: '0100109106' })).json().id;
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const res = await owner.request('GET', `/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as { id: string; name: string; kind: string }[];
  };

  it.each(['nguyen van duc', 'NGUYEN VAN DUC', 'Nguyễn Văn Đức', 'duc nguyen', 'Nguyễn Văn Đức'.normalize('NFD')])('finds Nguyễn Văn Đức first for %j', async (q) => {
    expect((await search(q))[0]?.id).toBe(ids['Nguyễn Văn Đức']);
  });

  it('"hoa" finds Hòa and Hoà (both spellings, NFC and NFD input)', async () => {
    const names = (await search('hoa')).map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Thị Hòa', 'Trần Hoà Bình']));
  });

  it.each(['0912 345 678', '0912.345.678', '+84 912 345 678', '84912345678', '345678'])('finds the number stored as +84912345678 from %j', async (q) => {
    expect((await search(q)).map((h) => h.id)).toContain(ids['Nguyễn Văn Đức']);
  });

  it('finds by e-mail and by tax code, and organizations too', async () => {
    expect((await search('duc@sen.vn'))[0]?.id).toBe(ids['Nguyễn Văn Đức']);
    const org = await search('0100109106');
    expect(org[0]).toMatchObject({ kind: 'organization', id: ids['Công ty TNHH Sen Vàng'] });
    expect((await search('sen vang'))[0]?.kind).toBe('organization');
    const onlyOrgs = await owner.request('GET', `/api/v1/search?q=${encodeURIComponent('sen vang')}&kind=organization`);
    expect(onlyOrgs.json().data.map((h: { kind: string }) => h.kind)).toEqual(['organization']);
    const onlyPeople = await owner.request('GET', `/api/v1/search?q=nguyen&kind=person`);
    expect(onlyPeople.json().data.every((h: { kind: string }) => h.kind === 'person')).toBe(true);
  });

  it('looks whole phones and e-mails up exactly, and matches them as text when no one holds them', async () => {
    // Exact contact keys: the stored number in another writing, an address in capitals.
    expect((await search('84912345678')).map((h) => h.id)).toEqual([ids['Nguyễn Văn Đức']]);
    expect((await search('DUC@SEN.VN')).map((h) => h.id)).toEqual([ids['Nguyễn Văn Đức']]);
    // A whole address that no one holds still finds the one it is part of.
    expect((await search('uc@sen.vn')).map((h) => h.id)).toContain(ids['Nguyễn Văn Đức']);
    // The kind filter applies to exact matches too.
    const orgsOnly = await owner.request('GET', `/api/v1/search?q=${encodeURIComponent('0912 345 678')}&kind=organization`);
    expect(orgsOnly.statusCode, orgsOnly.body).toBe(200);
    expect(orgsOnly.json().data).toEqual([]);
  });

  it('forgives one typo in a word', async () => {
    expect((await search('nguyen van dcu')).map((h) => h.id)).toContain(ids['Nguyễn Văn Đức']);
    expect((await search('ngyuen thi hoa')).map((h) => h.id)).toContain(ids['Nguyễn Thị Hòa']);
    expect((await search('pham van dung')).map((h) => h.id)[0]).toBe(ids['Phạm Văn Dũng']);
  });

  it('does not show deleted records', async () => {
    await owner.request('DELETE', `/api/v1/people/${ids['Lê Đức Anh']}`);
    expect((await search('le duc anh')).map((h) => h.id)).not.toContain(ids['Lê Đức Anh']);
  });

  it('finds by one or two whole words after renames, deletes and restores (the name-word table follows the person)', async () => {
    const created = await owner.request('POST', '/api/v1/people', { fullName: 'Võ Thị Xuyến' });
    const id = created.json().id as string;
    const ids = async (q: string) => (await search(q)).map((h) => h.id);
    expect(await ids('xuyen')).toContain(id);
    expect(await ids('vo xuyen')).toContain(id);
    expect(await ids('xuyen xuyen')).toContain(id);

    expect((await owner.request('PATCH', `/api/v1/people/${id}`, { fullName: 'Võ Thị Quế Lâm' })).statusCode).toBe(200);
    expect(await ids('xuyen')).not.toContain(id);
    expect(await ids('vo xuyen')).not.toContain(id);
    expect(await ids('que')).toContain(id);
    expect(await ids('que lam')).toContain(id);

    expect((await owner.request('DELETE', `/api/v1/people/${id}`)).statusCode).toBe(204);
    expect(await ids('que')).not.toContain(id);
    expect(await ids('que lam')).not.toContain(id);
    expect((await owner.request('POST', `/api/v1/people/${id}/restore`)).statusCode).toBe(200);
    expect(await ids('que')).toContain(id);
    expect(await ids('vo que')).toContain(id);

    // The table holds exactly the live person's words.
    const words = await t.database.system.execute(sql`SELECT word FROM person_name_words WHERE person_id = ${id} ORDER BY word`);
    expect((words as unknown as { rows: { word: string }[] }).rows.map((r) => r.word)).toEqual(['lam', 'que', 'thi', 'vo']);
  });

  it("reads how common each word is from PostgreSQL's statistics of the word index", async () => {
    await t.database.system.execute(sql`ANALYZE people`);
    const stats = await wordStatsSource(t.database.system)();
    expect(stats.rows.people).toBeGreaterThanOrEqual(5);
    // 2 of the 5 people are Nguyễn (other test files may share the database: at most that share).
    expect(stats.frequency.people.get('nguyen')).toBeGreaterThan(0);
    expect(stats.frequency.people.get('nguyen')).toBeLessThanOrEqual(0.5);
  });

  it('gives the same answers whichever words its statistics call common', async () => {
    // As if "nguyen" were in 45 % of a million names, "van" in 3 %, "duc" in 0.1 %: each plan shape runs.
    const stats = (people: Record<string, number>): WordStats => ({
      frequency: { people: new Map(Object.entries(people)), organizations: new Map() },
      rows: { people: 1_000_000, organizations: 0 },
    });
    const run = (q: string, s: WordStats) =>
      t.database.inWorkspace({ workspaceId, actorUserId: null, actorApiKeyId: null, requestId: null }, (tx) =>
        searchService(tx, { workspaceId, role: 'admin', userId: null, apiKeyId: null }, { q, limit: 10 }, s),
      );
    const common = stats({ nguyen: 0.45, van: 0.03, duc: 0.001, thi: 0.25 });
    // The rarest word narrows to ~1,000 rows: "nguyen" and "van" are checked on those rows.
    expect((await run('nguyen van duc', common)).data[0]?.id).toBe(ids['Nguyễn Văn Đức']);
    // Every word common: all through the index, and words common alone are rare together.
    const allCommon = stats({ nguyen: 0.45, thi: 0.25, hoa: 0.2 });
    expect((await run('nguyen thi hoa', allCommon)).data.map((h) => h.id)).toEqual([ids['Nguyễn Thị Hòa']]);
    // One very common word alone: people through the name-word table, organizations from the newest rows.
    const alone = (await run('nguyen', common)).data.map((h) => h.name);
    expect(alone.sort()).toEqual(['Nguyễn Thị Hòa', 'Nguyễn Văn Đức']);
    // With a typo, corrected words are planned the same way.
    expect((await run('nguyen van dcu', common)).data.map((h) => h.id)).toContain(ids['Nguyễn Văn Đức']);
  });

  it('edit distance counts a swap as one typo', () => {
    expect(editDistance('dcu', 'duc')).toBe(1);
    expect(editDistance('ngyuen', 'nguyen')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
