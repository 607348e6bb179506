import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIATIVE_FIELD_REGISTRY } from '../../shared/initiative-fields.ts';
import type { Database } from '../db/database.ts';
import { initiativeColumns } from '../export/initiative-columns.ts';
import { archiveInitiative } from '../services/initiative.ts';
import { PUBLIC_FIELDS } from '../services/open-data.ts';
import { createEuAct, createInitiative, setPriority, uniqueWord } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { createRoleUsers, createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createApp } from './app.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
let closed: ReturnType<typeof createApp>;
const word = uniqueWord('open');
/** A marker in every field that is not public: none may appear in any answer of the feed. */
const secret = (field: string) => `${word}-secret-${field}`;
const SECRET_BUDGET_CENTS = 987_654_321;
let publishedTitle = '';
let archivedTitle = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const options = { database, version: 'test', sessionHours: 1, secureCookies: false, clientDir: null };
  app = createApp({ ...options, openData: true });
  closed = createApp(options);
  const { coordinator } = await createRoleUsers(database);
  const act = await createEuAct(database, coordinator);
  publishedTitle = `${word} Avoin hanke`;
  const created = await createInitiative(database, coordinator, {
    title: { fi: publishedTitle, sv: `${word} Öppet projekt`, en: `${word} Open initiative` },
    status: 'ongoing',
    startDate: '2026-01-15',
    endDate: '2027-06-30',
    ministryHealth: { rating: 'red', reason: secret('ministryHealth') },
    digitoimistoHealth: { rating: 'amber', reason: secret('digitoimistoHealth') },
    budgetCents: SECRET_BUDGET_CENTS,
    fundingSources: ['eu_rrf'],
    contact: { name: secret('contact'), email: `${word}-secret@example.fi` },
    links: [{ label: secret('linkLabel'), url: `https://example.fi/${secret('links')}` }],
    milestones: [{ title: secret('milestones'), dueDate: '2027-01-31' }],
    euImpacts: [
      { euActId: act.id, relation: 'implements', deadline: '2027-01-17', note: secret('euImpactNote') },
    ],
  });
  await setPriority(database, created.id, { tier: 'critical', rank: 'a0', scores: { societal_impact: 4 } });
  archivedTitle = `${word} ${secret('archived')}`;
  const archived = await createInitiative(database, coordinator, { title: { fi: archivedTitle } });
  await archiveInitiative(database.db, coordinator, archived.id);
});
afterAll(() => database.close());

describe('the open-data feed', () => {
  it('does not exist unless OPEN_DATA is on', async () => {
    for (const format of ['json', 'csv']) {
      const response = await closed.request(`/api/open/initiatives.${format}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toMatch(/address|osoitetta/);
    }
  });

  it('publishes the public fields of every active initiative, and no other field, without sign-in', async () => {
    const response = await app.request('/api/open/initiatives.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const text = await response.text();
    const feed = JSON.parse(text) as {
      format: string;
      fields: { key: string }[];
      initiatives: Record<string, unknown>[];
    };
    expect(feed.format).toBe('digisalkku-open');
    const published = feed.initiatives.find((i) => (i.title as { fi: string }).fi === publishedTitle);
    expect(published).toBeDefined();
    for (const definition of INITIATIVE_FIELD_REGISTRY) {
      const isPublic = definition.visibility === 'public';
      expect(
        Object.hasOwn(published ?? {}, definition.key),
        `${definition.key} (${definition.visibility})`,
      ).toBe(isPublic);
      expect(feed.fields.some((f) => f.key === definition.key)).toBe(isPublic);
    }
    expect(published?.euImpacts).toEqual([
      expect.objectContaining({ relation: 'implements', deadline: '2027-01-17' }),
    ]);
    expect(text).not.toContain(`${word}-secret`);
    expect(text).not.toContain(String(SECRET_BUDGET_CENTS));
    expect(text).not.toContain(archivedTitle);
  });

  it('has the public columns only in its CSV, in the asked language', async () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const response = await app.request(`/api/open/initiatives.csv?lang=${language}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const text = await response.text();
      const header = (text.replace(/^\uFEFF/, '').split('\r\n')[0] ?? '').split(';');
      expect(header).toEqual(initiativeColumns(language, PUBLIC_FIELDS).map((column) => column.header));
      for (const definition of INITIATIVE_FIELD_REGISTRY.filter((d) => d.visibility !== 'public'))
        expect(header, definition.key).not.toContain(definition.label[language]);
      expect(text).toContain(`${word}`);
      expect(text).not.toContain(`${word}-secret`);
      expect(text).not.toMatch(/9876543[,.]21/);
      expect(text).not.toContain(archivedTitle);
    }
  });

  it('sends the same feed gzipped to a client that takes it', async () => {
    const plain = await app.request('/api/open/initiatives.json');
    const compressed = await app.request('/api/open/initiatives.json', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await compressed.arrayBuffer())).toString('utf8')).toBe(await plain.text());
  });

  it('answers 304 to a client holding the current version, and a new body once the data changes', async () => {
    const first = await app.request('/api/open/initiatives.json');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app.request('/api/open/initiatives.json', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const coordinator = await createTestUser(database, 'coordinator');
    await createInitiative(database, coordinator, { title: { fi: `${word} Uusi` } });
    const changed = await app.request('/api/open/initiatives.json', { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain(`${word} Uusi`);
  });

  it('limits each client network to 60 requests a minute, saying when to come back', async () => {
    const limited = createTestApp(database, { openData: true });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i += 1)
      statuses.push((await limited.request('/api/open/initiatives.json')).status);
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    const refused = await limited.request('/api/open/initiatives.json', {
      headers: { 'Accept-Language': 'fi' },
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/liikaa pyyntöjä/);
  });
});
