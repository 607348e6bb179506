/**
 * Every message a user can see comes in the request's language. (a) The catalogues: every key
 * has Finnish and Swedish of its own. (b) Real requests through the HTTP app, in fi, sv and en:
 * every error code and every kind of import-report line, checked for English left in the
 * Finnish and Swedish answers and for field keys where a label belongs.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../shared/codes.ts';
import type { ImportReport } from '../shared/export-format.ts';
import { fieldPathLabel } from '../shared/field-paths.ts';
import { HANKEIKKUNA_MESSAGES } from '../shared/messages/hankeikkuna-messages.ts';
import { IMPORT_FILE_MESSAGES } from '../shared/messages/import-file-messages.ts';
import { IMPORT_REPORT_MESSAGES } from '../shared/messages/import-report-messages.ts';
import { SERVER_MESSAGES } from '../shared/server-messages.ts';
import type { SessionUser } from '../shared/user.ts';
import { VALIDATION_MESSAGES } from '../shared/validation-messages.ts';
import { type Database, openPostgres, queryRows } from './db/database.ts';
import { createApp } from './http/app.ts';
import { login, SESSION_COOKIE } from './services/auth.ts';
import { updateEuAct } from './services/eu-act.ts';
import { updateInitiative } from './services/initiative.ts';
import { MAX_LOGIN_FAILURES, networkOf, reserveAttempt } from './services/login-throttle.ts';
import { UNKNOWN_ID } from './test/caller.ts';
import { createEuAct, createInitiative, inputOf, uniqueProjectNumber, uniqueWord } from './test/factories.ts';
import { startTcpProxy } from './test/tcp-proxy.ts';
import { createTestDatabase, createTestUser } from './test/test-database.ts';
import { deflatedZeros, zipOf } from './test/zip.ts';

const OTHERS = ['fi', 'sv'] as const;

/** Words of English sentences that no Finnish or Swedish message has. */
const ENGLISH =
  /\b(the|is|was|were|are|must|not|found|sign|unknown|column|record|row|expected|cannot|ignored|left|from|guessed|required|invalid|only|with|and|your|this|that|file|field|more|than|try|again|please)\b/i;
/** Field keys where a label belongs: `title.fi`, `links.0`, `leadMinistry`… */
const RAW_KEY =
  /\b(title|summary)\.(fi|sv|en)\b|\b(links|milestones|euImpacts|caseNumbers|keyDates|themes)\.\d|\b(projectNumber|leadMinistry|participatingMinistries|preparationStage|ministryHealth|digitoimistoHealth|startDate|endDate|budgetCents|fundingSources|euImpacts|euActId|shortName|username|createdAt|updatedAt)\b/;

/** Fails when a Finnish or Swedish text is empty, English, the English one, or names a raw key. */
function expectLocalised(what: string, texts: Record<Language, readonly string[]>): void {
  expect(texts.en.length, `${what}: the English answer has texts`).toBeGreaterThan(0);
  for (const language of OTHERS) {
    const own = texts[language];
    expect(own.length, `${what} (${language}): as many texts as in English`).toBe(texts.en.length);
    own.forEach((text, index) => {
      const where = `${what} (${language}): "${text}"`;
      expect(text.trim(), where).not.toBe('');
      expect(text, `${where} is the English text`).not.toBe(texts.en[index]);
      expect(ENGLISH.exec(text)?.[0], `${where} has English words`).toBeUndefined();
      expect(RAW_KEY.exec(text)?.[0], `${where} names a field by its key`).toBeUndefined();
    });
  }
}

// ---------------------------------------------------------------- (a) the catalogues

const CATALOGUES = {
  validation: VALIDATION_MESSAGES,
  server: SERVER_MESSAGES,
  importFile: IMPORT_FILE_MESSAGES,
  importReport: IMPORT_REPORT_MESSAGES,
  hankeikkuna: HANKEIKKUNA_MESSAGES,
} as const;

/** Keys whose Swedish (or Finnish) is rightly the same as the English. */
const SAME_AS_ENGLISH: Record<string, readonly Language[]> = { 'importFile.megabytes': ['sv'] };

/** Labels that are the same word in Swedish and English. */
const SAME_LABELS = new Set(['Status', 'Budget', 'Version', 'Filter']);

describe('the message catalogues', () => {
  it('have Finnish and Swedish of their own for every message, with no placeholder missing', () => {
    for (const [area, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, words] of Object.entries(catalogue as Record<string, Record<Language, string>>)) {
        const placeholders = (text: string) => new Set(text.match(/\{\{\w+\}\}/g) ?? []);
        for (const language of OTHERS) {
          const where = `${area}.${key} (${language})`;
          expect(words[language]?.trim(), where).toBeTruthy();
          if (!SAME_AS_ENGLISH[`${area}.${key}`]?.includes(language))
            expect(words[language], `${where} is the English text`).not.toBe(words.en);
          const english = placeholders(words.en);
          for (const name of placeholders(words[language])) expect(english, where).toContain(name);
          const text = words[language].replace(/\{\{\w+\}\}/g, '');
          expect(ENGLISH.exec(text)?.[0], `${where} has English words`).toBeUndefined();
        }
      }
    }
  });

  it('name every field path by its label, never by its key', () => {
    const paths = [
      'id',
      'title.fi',
      'summary.sv',
      'caseNumbers.2',
      'leadMinistry',
      'participatingMinistries.0',
      'ministryHealth.reason',
      'digitoimistoHealth.rating',
      'contact.email',
      'links.2.url',
      'milestones.0.dueDate',
      'euImpacts.0.deadline',
      'euImpacts.3.euAct',
      'budgetCents',
      'data.endDate',
      'filter.euActs.1',
      'sort.field',
      'username',
      'password',
      'name',
      'version',
      'no.such.field',
      '',
    ];
    const label = (path: string, language: Language, subject?: 'euAct' | 'exportFile') =>
      fieldPathLabel(path, language, subject ? { subject } : {});
    const all = [
      ...paths.map((path) => [path, undefined] as const),
      ...['shortName', 'celex', 'title.en', 'keyDates.1.label.sv', 'keyDates.0.date'].map(
        (path) => [path, 'euAct'] as const,
      ),
      ...['format', 'euActs.2.celex', 'initiatives.4.title.fi'].map((path) => [path, 'exportFile'] as const),
    ];
    for (const [path, subject] of all) {
      const texts = Object.fromEntries(LANGUAGES.map((l) => [l, [label(path, l, subject)]])) as Record<
        Language,
        string[]
      >;
      if (SAME_LABELS.has(texts.sv[0] ?? '')) texts.sv = [`${texts.sv[0]} (sv)`];
      expectLocalised(`the label of "${path}"`, texts);
      expect(texts.en[0]).not.toMatch(RAW_KEY);
    }
    expect(label('title.fi', 'fi')).toBe('Nimi suomeksi');
    expect(label('title.fi', 'sv')).toBe('Namn på finska');
    expect(label('title.fi', 'en')).toBe('Title in Finnish');
    expect(label('euImpacts.0.deadline', 'fi')).toBe('EU-vaikutuksen 1 määräaika');
    expect(label('links.2.url', 'sv')).toBe('Adress för länk 3');
    expect(label('initiatives.4.title.fi', 'fi', 'exportFile')).toBe('Hanke 5: Nimi suomeksi');
  });
});

// ---------------------------------------------------------------- (b) over HTTP

let database: Database;
let app: ReturnType<typeof createApp>;
let proxied: ReturnType<typeof createApp>;
const users: Record<'coordinator' | 'editor' | 'viewer', SessionUser> = {} as never;
const cookies: Record<keyof typeof users, string> = {} as never;

beforeAll(async () => {
  database = await createTestDatabase();
  const options = { database, version: 'test', sessionHours: 1, secureCookies: false, clientDir: null };
  app = createApp(options);
  proxied = createApp({ ...options, trustProxy: 1 });
  users.coordinator = await createTestUser(database, 'coordinator');
  users.editor = await createTestUser(database, 'editor', 'LVM');
  users.viewer = await createTestUser(database, 'viewer');
  for (const role of ['coordinator', 'editor', 'viewer'] as const) {
    const { token } = await login(database.db, users[role].username, 'password', 1);
    cookies[role] = `${SESSION_COOKIE}=${token}`;
  }
});
afterAll(() => database.close());

interface Call {
  path: string;
  input?: unknown;
  cookie?: string;
  mutation?: boolean;
  /** Sends the call this many times in one batch. */
  batch?: number;
  headers?: Record<string, string>;
  via?: ReturnType<typeof createApp>;
}

type TrpcError = { error: { json: { message: string; data: { code: string } } } };

/** One tRPC call over HTTP in a language: its error code and message. */
async function trpcError(language: Language, call: Call): Promise<{ code: string; message: string }> {
  const headers: Record<string, string> = {
    'X-Digisalkku-Language': language,
    ...(call.cookie ? { cookie: call.cookie } : {}),
    ...call.headers,
  };
  const one = { json: call.input ?? null };
  const json = JSON.stringify(
    call.batch ? Object.fromEntries(Array.from({ length: call.batch }, (_, i) => [i, one])) : one,
  );
  const path = call.batch ? Array.from({ length: call.batch }, () => call.path).join(',') : call.path;
  const query = call.batch ? 'batch=1&' : '';
  const response = await (call.via ?? app).request(
    call.mutation ? `/trpc/${path}?${query}` : `/trpc/${path}?${query}input=${encodeURIComponent(json)}`,
    call.mutation
      ? { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: json }
      : { headers },
  );
  const body = (await response.json()) as TrpcError | TrpcError[];
  const { error } = Array.isArray(body) ? (body[0] as TrpcError) : body;
  return { code: error.json.data.code, message: error.json.message };
}

/** The same call in fi, sv and en: each answers `code`, and only English in English. */
async function expectErrorInEveryLanguage(what: string, code: string, call: (language: Language) => Call) {
  const texts = {} as Record<Language, string[]>;
  for (const language of LANGUAGES) {
    const answer = await trpcError(language, call(language));
    expect(answer.code, `${what} (${language}): ${answer.message}`).toBe(code);
    texts[language] = [answer.message];
  }
  expectLocalised(what, texts);
  return texts;
}

const initiativeInput = (overrides: Record<string, unknown> = {}) => ({
  title: { fi: `Viestitesti ${uniqueWord()}` },
  summary: { fi: 'Tiivistelmä.' },
  kind: 'development_project',
  track: 'digitalisation_data_economy',
  leadMinistry: 'LVM',
  status: 'ongoing',
  ...overrides,
});

describe('errors over HTTP, in the language of the request', () => {
  it('UNAUTHORIZED: no session, and a wrong password', async () => {
    await expectErrorInEveryLanguage('signed out', 'UNAUTHORIZED', () => ({
      path: 'initiative.list',
      input: {},
    }));
    await expectErrorInEveryLanguage('wrong password', 'UNAUTHORIZED', () => ({
      path: 'auth.login',
      mutation: true,
      input: { username: users.viewer.username, password: 'väärä salasana' },
    }));
  });

  it('FORBIDDEN: a role too low, another ministry, Digitoimisto’s own fields, views, other sites', async () => {
    const vm = await createInitiative(database, users.coordinator, { leadMinistry: 'VM' });
    const view = await app.request('/trpc/savedView.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.coordinator },
      body: JSON.stringify({ json: { name: 'Jaettu näkymä', filter: {}, shared: true } }),
    });
    const viewId = ((await view.json()) as { result: { data: { json: { id: string } } } }).result.data.json
      .id;
    const cases: [string, (language: Language) => Call][] = [
      [
        'a viewer creating',
        () => ({
          path: 'initiative.create',
          mutation: true,
          cookie: cookies.viewer,
          input: initiativeInput(),
        }),
      ],
      [
        'an editor of another ministry',
        () => ({
          path: 'initiative.update',
          mutation: true,
          cookie: cookies.editor,
          input: { id: vm.id, version: vm.version, data: initiativeInput({ leadMinistry: 'VM' }) },
        }),
      ],
      [
        'an editor moving a card on the board',
        () => ({
          path: 'board.move',
          mutation: true,
          cookie: cookies.editor,
          input: { id: vm.id, priorityVersion: 1, tier: 'high' },
        }),
      ],
      [
        'an editor setting Digitoimisto’s assessment',
        () => ({
          path: 'initiative.create',
          mutation: true,
          cookie: cookies.editor,
          input: initiativeInput({ digitoimistoHealth: { rating: 'red', reason: 'Myöhässä' } }),
        }),
      ],
      [
        'a viewer sharing a view',
        () => ({
          path: 'savedView.create',
          mutation: true,
          cookie: cookies.viewer,
          input: { name: 'Oma', filter: {}, shared: true },
        }),
      ],
      [
        'a viewer removing a shared view',
        () => ({ path: 'savedView.remove', mutation: true, cookie: cookies.viewer, input: { id: viewId } }),
      ],
      [
        'a form posted from another site',
        () => ({
          path: 'savedView.create',
          mutation: true,
          cookie: cookies.viewer,
          input: { name: 'Oma', filter: {} },
          headers: { origin: 'https://evil.example' },
        }),
      ],
    ];
    for (const [what, call] of cases) await expectErrorInEveryLanguage(what, 'FORBIDDEN', call);
    const named = await expectErrorInEveryLanguage('another ministry, named', 'FORBIDDEN', (language) =>
      (cases[1] as (typeof cases)[number])[1](language),
    );
    expect(named.fi[0]).toContain('valtiovarainministeriö');
    expect(named.sv[0]).toContain('finansministeriet');
  });

  it('NOT_FOUND: an unknown initiative, EU act, saved view and procedure', async () => {
    const cases: [string, Call][] = [
      ['initiative', { path: 'initiative.get', cookie: cookies.viewer, input: { id: UNKNOWN_ID } }],
      ['history', { path: 'initiative.history', cookie: cookies.viewer, input: { id: UNKNOWN_ID } }],
      ['EU act', { path: 'euAct.get', cookie: cookies.viewer, input: { id: UNKNOWN_ID } }],
      [
        'saved view',
        { path: 'savedView.remove', mutation: true, cookie: cookies.viewer, input: { id: UNKNOWN_ID } },
      ],
      ['procedure', { path: 'no.such', cookie: cookies.viewer, input: {} }],
    ];
    for (const [what, call] of cases) await expectErrorInEveryLanguage(what, 'NOT_FOUND', () => call);
  });

  it('BAD_REQUEST names each field by its label in the language: the form, ids, sign-in, EU acts, views', async () => {
    const act = await createEuAct(database, users.coordinator);
    const taken = await createInitiative(database, users.coordinator, {
      projectNumber: uniqueProjectNumber(),
    });
    const cases: [string, Call][] = [
      [
        'a bad form',
        {
          path: 'initiative.create',
          mutation: true,
          cookie: cookies.coordinator,
          input: initiativeInput({
            title: { fi: '' },
            links: [{ label: '', url: 'ftp://palvelin' }],
            euImpacts: [{ euActId: act.id, relation: 'implements', deadline: '31.12.2027' }],
            kind: 'hanke',
          }),
        },
      ],
      ['a malformed id', { path: 'initiative.get', cookie: cookies.viewer, input: { id: 'LVM066' } }],
      ['an empty sign-in', { path: 'auth.login', mutation: true, input: { username: '', password: '' } }],
      ['a NUL byte', { path: 'auth.login', mutation: true, input: { username: 'a\u0000', password: 'x' } }],
      [
        'an update’s body',
        {
          path: 'initiative.update',
          mutation: true,
          cookie: cookies.coordinator,
          input: { id: taken.id, version: 0, data: initiativeInput({ endDate: '2025-02-30' }) },
        },
      ],
      [
        'an act not in the catalogue',
        {
          path: 'initiative.create',
          mutation: true,
          cookie: cookies.coordinator,
          input: initiativeInput({ euImpacts: [{ euActId: UNKNOWN_ID, relation: 'implements' }] }),
        },
      ],
      [
        'a project number in use',
        {
          path: 'initiative.create',
          mutation: true,
          cookie: cookies.coordinator,
          input: initiativeInput({ projectNumber: taken.projectNumber }),
        },
      ],
      [
        'a bad EU act',
        {
          path: 'euAct.create',
          mutation: true,
          cookie: cookies.coordinator,
          input: {
            shortName: '',
            kind: 'regulation',
            title: { fi: '' },
            celex: 'AI-ACT',
            keyDates: [{ label: { fi: '' }, date: 'huomenna' }],
          },
        },
      ],
      [
        'a bad view',
        {
          path: 'savedView.create',
          mutation: true,
          cookie: cookies.viewer,
          input: { name: '', filter: { euActs: ['x'] } },
        },
      ],
      [
        'a version below 0',
        { path: 'initiative.history', cookie: cookies.viewer, input: { id: taken.id, afterVersion: -1 } },
      ],
      [
        'a batch of sign-ins',
        { path: 'auth.login', mutation: true, batch: 2, input: { username: 'joku', password: 'salasana' } },
      ],
      ['a batch of 21 calls', { path: 'ministry.list', batch: 21, cookie: cookies.viewer }],
    ];
    for (const [what, call] of cases) {
      const texts = await expectErrorInEveryLanguage(what, 'BAD_REQUEST', () => call);
      if (what === 'a bad form') {
        expect(texts.fi[0]).toContain('Nimi suomeksi: Suomenkielinen teksti on pakollinen.');
        expect(texts.sv[0]).toContain('Adress för länk 1:');
        expect(texts.en[0]).toContain('EU impact 1 deadline:');
      }
      if (what === 'an empty sign-in') {
        expect(texts.fi[0]).toBe(
          'Käyttäjätunnus: Kirjoita käyttäjätunnuksesi. Salasana: Kirjoita salasanasi.',
        );
      }
    }
  });

  it('METHOD_NOT_SUPPORTED for a GET of a change, and 413 for a body over 2 MB', async () => {
    await expectErrorInEveryLanguage('a GET of a mutation', 'METHOD_NOT_SUPPORTED', () => ({
      path: 'initiative.remove',
      cookie: cookies.viewer,
      input: { id: UNKNOWN_ID },
    }));
    const texts = {} as Record<Language, string[]>;
    for (const language of LANGUAGES) {
      const response = await app.request('/trpc/initiative.create', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'X-Digisalkku-Language': language,
          cookie: cookies.viewer,
        },
        body: 'x'.repeat(2 * 1024 * 1024 + 1),
      });
      expect(response.status).toBe(413);
      texts[language] = [((await response.json()) as { error: string }).error];
    }
    expectLocalised('a body over 2 MB', texts);
  });

  it('CONFLICT for stale versions, and the archive’s refusals', async () => {
    // Saved once more since version 1 was read.
    const stale = await createInitiative(database, users.coordinator);
    await updateInitiative(database.db, users.coordinator, {
      id: stale.id,
      version: 1,
      data: { ...inputOf(stale), status: 'paused' },
    });
    await expectErrorInEveryLanguage('a stale version', 'CONFLICT', () => ({
      path: 'initiative.update',
      mutation: true,
      cookie: cookies.coordinator,
      input: { id: stale.id, version: 1, data: initiativeInput() },
    }));
    const act = await createEuAct(database, users.coordinator);
    await updateEuAct(database.db, users.coordinator, {
      id: act.id,
      version: 1,
      data: { shortName: act.shortName, kind: 'directive', title: { fi: 'Muutettu' } },
    });
    await expectErrorInEveryLanguage('a stale EU act', 'CONFLICT', () => ({
      path: 'euAct.update',
      mutation: true,
      cookie: cookies.coordinator,
      input: {
        id: act.id,
        version: 1,
        data: { shortName: act.shortName, kind: 'regulation', title: { fi: 'Uusi nimi' } },
      },
    }));
    const archived = await createInitiative(database, users.coordinator);
    const active = await createInitiative(database, users.coordinator);
    await app.request('/trpc/initiative.remove', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.coordinator },
      body: JSON.stringify({ json: { id: archived.id } }),
    });
    const call = (path: string, input: unknown) => () => ({
      path,
      mutation: true,
      cookie: cookies.coordinator,
      input,
    });
    await expectErrorInEveryLanguage(
      'editing an archived initiative',
      'BAD_REQUEST',
      call('initiative.update', { id: archived.id, version: archived.version + 1, data: initiativeInput() }),
    );
    await expectErrorInEveryLanguage(
      'archiving twice',
      'BAD_REQUEST',
      call('initiative.remove', { id: archived.id }),
    );
    await expectErrorInEveryLanguage(
      'restoring an active one',
      'BAD_REQUEST',
      call('initiative.restore', { id: active.id }),
    );
  });

  it('TOO_MANY_REQUESTS for a locked user name and a locked network, saying how long to wait', async () => {
    for (const scope of ['name', 'address'] as const) {
      const texts = {} as Record<Language, string[]>;
      for (const [index, language] of LANGUAGES.entries()) {
        const username = `lukko.${uniqueWord()}`;
        const address = `192.0.2.${scope === 'name' ? 10 + index : 20 + index}`;
        const [key, limit] =
          scope === 'name' ? [username, MAX_LOGIN_FAILURES] : [networkOf(address) as string, 30];
        for (let i = 0; i < limit; i++) await reserveAttempt(database.db, scope, key, limit);
        const answer = await trpcError(language, {
          path: 'auth.login',
          mutation: true,
          input: { username, password: 'salasana' },
          headers: { 'x-forwarded-for': address },
          via: proxied,
        });
        expect(answer.code, answer.message).toBe('TOO_MANY_REQUESTS');
        texts[language] = [answer.message];
      }
      expectLocalised(`a locked ${scope}`, texts);
      expect(texts.fi[0]).toMatch(/minuutin kuluttua/);
    }
  });

  it('an unknown /api route', async () => {
    const texts = {} as Record<Language, string[]>;
    for (const language of LANGUAGES) {
      const response = await app.request('/api/nothing', { headers: { 'X-Digisalkku-Language': language } });
      expect(response.status).toBe(404);
      texts[language] = [((await response.json()) as { error: string }).error];
    }
    expectLocalised('an unknown API route', texts);
  });
});

// ---------------------------------------------------------------- import reports over HTTP

/** Posts a file to /api/import in a language; the answer's status and body. */
async function postImport(language: Language, query: string, body: BodyInit | null) {
  const response = await app.request(`/api/import?${query}`, {
    method: 'POST',
    body,
    headers: { cookie: cookies.coordinator, 'X-Digisalkku-Language': language },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** What a person reads in a report: warnings, reasons, guesses, and the names of keyless records. */
function reportTexts(report: ImportReport): string[] {
  const keyless = (key: string) => /^\D+ \d+$/.test(key);
  return [
    ...(report.warnings ?? []),
    ...(report.euActs ?? []).flatMap((act) => [
      ...(keyless(act.key) ? [act.key] : []),
      ...(act.reasons ?? []),
    ]),
    ...report.records.flatMap((record) => [
      ...(keyless(record.key) ? [record.key] : []),
      ...(record.reasons ?? []),
      ...(record.guessed ?? []),
    ]),
  ];
}

/** The same import in fi, sv and en: the report (or the file error) in each language. */
async function expectImportInEveryLanguage(
  what: string,
  status: number,
  query: string,
  body: () => BodyInit,
) {
  const texts = {} as Record<Language, string[]>;
  for (const language of LANGUAGES) {
    const answer = await postImport(language, query, body());
    expect(answer.status, `${what} (${language}): ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(status);
    texts[language] =
      typeof answer.body.error === 'string'
        ? [answer.body.error]
        : reportTexts(answer.body as unknown as ImportReport);
  }
  expectLocalised(what, texts);
  return texts;
}

const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('import reports over HTTP, in the language of the request', () => {
  it('names unknown columns, bad cells, duplicates and keyless rows of a sheet by label and column', async () => {
    const number = uniqueProjectNumber('VM');
    const csv = [
      'project_number;title_fi;summary_fi;kind;track;lead_ministry;status;start_date;budget_eur;huomautus',
      `${number};Hyvä;Tiivistelmä;development_project;public_administration;VM;ongoing;1.2.2025;100;x`,
      `${number};Sama numero;Tiivistelmä;development_project;public_administration;VM;ongoing;;;`,
      ';Huono päivä;Tiivistelmä;development_project;public_administration;VM;ongoing;eilen;;',
      ';Huono summa;Tiivistelmä;development_project;public_administration;VM;ongoing;;paljon;',
      ';Tuntematon;Tiivistelmä;hanke;public_administration;XYZ;ongoing;;;',
      ';;Tiivistelmä;development_project;public_administration;VM;ongoing;;;',
    ].join('\n');
    const texts = await expectImportInEveryLanguage('a sheet', 422, 'format=csv&dryRun=true', () =>
      encode(csv),
    );
    expect(texts.fi).toContain('Tuntematon sarake "huomautus" jätettiin huomiotta.');
    expect(texts.fi).toContain(`Hanketunnus: ${number} on myös tiedoston rivillä 2.`);
    expect(texts.fi).toContain('rivi 7');
    expect(texts.sv).toContain('Namn på finska (kolumn title_fi): Den finska texten är obligatorisk.');
  });

  it('names the EU acts, impacts, scores and shapeless records of a digisalkku file', async () => {
    const existing = await createInitiative(database, users.coordinator);
    const act = { shortName: `Asetus ${uniqueWord()}`, kind: 'regulation', title: { fi: 'Asetus' } };
    const record = (overrides: Record<string, unknown>) => ({ ...initiativeInput(), ...overrides });
    const file = {
      format: 'digisalkku',
      formatVersion: 1,
      euActs: [act, act, { shortName: 'Huono', kind: 'regulation', title: { fi: 'x' }, celex: 'ei' }, 42],
      initiatives: [
        record({ euImpacts: [{ euAct: 'Ei tällaista', relation: 'implements' }] }),
        record({ scores: { keksitty: 3 } }),
        record({ id: existing.id }),
        record({ id: existing.id }),
        'ei tietue',
      ],
    };
    const texts = await expectImportInEveryLanguage(
      'a digisalkku file',
      422,
      'format=digisalkku&dryRun=true',
      () => encode(file),
    );
    expect(texts.fi).toContain('tietue 5');
    expect(texts.sv).toContain('EU-rättsakt 4');
    expect(texts.fi.some((text) => text.startsWith('EU-vaikutuksen 1 säädös: "Ei tällaista"'))).toBe(true);
  });

  it('says what it guessed, left out and could not read in register records', async () => {
    const file = {
      result: [
        {
          kohde: {
            tunnus: uniqueProjectNumber('TEM'),
            nimi: { fi: 'Tekoälyhanke' },
            asettamisPaiva: '2024-01-15',
          },
          etapit: [{ vaihe: 'Vaihe ilman päiviä' }],
          asiasanat: ['tekoäly'],
          linkit: [{ url: 'ftp://palvelin/hanke' }],
        },
        {
          kohde: {
            tunnus: 'ABC',
            nimi: { fi: 'Outo hanke' },
            kuvaus: { fi: 'Kuvaus' },
            tyyppi: 'MUU',
            tila: 'X',
            valmisteluvaihe: 'Y',
            asettajaUuid: 'tuntematon',
            aloitusPaiva: 'eilen',
          },
          etapit: [{ alku: 'huomenna' }],
        },
        { kohde: { nimi: 'ei olio' } },
      ],
    };
    const texts = await expectImportInEveryLanguage(
      'a register file',
      422,
      'format=hankeikkuna&dryRun=true',
      () => encode(file),
    );
    expect(texts.fi).toContain('Linja: Digitalisaatio ja datatalous (rekisterissä ei ole linjaa)');
    expect(texts.sv.some((text) => text.startsWith('Typ (kohde.tyyppi): okänd typ "MUU"'))).toBe(true);
    expect(texts.fi).toContain('tietue 3');
  });

  it('answers the file errors (400) and the size limits (413) in the language', async () => {
    const header = 'title_fi;summary_fi;kind;track;lead_ministry;status';
    const cases: [string, number, string, () => BodyInit][] = [
      ['an empty file', 400, 'format=csv', () => new Uint8Array()],
      ['a file that is not UTF-8', 400, 'format=csv', () => new Uint8Array([0x74, 0xe4, 0x0a, 0xff])],
      ['a broken JSON file', 400, 'format=digisalkku', () => encode('{"format": "digisalkku", ')],
      [
        'a JSON file of another kind',
        400,
        'format=digisalkku',
        () => encode({ format: 'muu', formatVersion: 2 }),
      ],
      ['not a register response', 400, 'format=hankeikkuna', () => encode({ result: {} })],
      ['a quote never closed', 400, 'format=csv', () => encode(`${header}\n"auki;x\n`)],
      ['a column twice', 400, 'format=csv', () => encode('title_fi;title_fi\nx;y\n')],
      ['no header row', 400, 'format=csv', () => encode('foo;bar\n1;2\n')],
      ['a workbook that is no zip', 400, 'format=xlsx', () => encode('title_fi\nx\n')],
      [
        'a zip bomb',
        413,
        'format=xlsx',
        () =>
          new Uint8Array(
            zipOf([
              { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(128), declaredSize: 128 * 1024 * 1024 },
            ]),
          ),
      ],
      [
        'too many records',
        413,
        'format=csv',
        () => encode(`${header}\n${'x;y;working_group;public_administration;VM;planned\n'.repeat(20_001)}`),
      ],
      ['a file over 20 MB', 413, 'format=csv', () => new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)],
      ['an unknown format', 400, 'format=pdf', () => encode('x')],
      ['no format', 400, 'dryRun=true', () => encode('x')],
      ['a bad dryRun', 400, 'format=csv&dryRun=ehkä', () => encode('x')],
    ];
    for (const [what, status, query, body] of cases)
      await expectImportInEveryLanguage(what, status, query, body);
  });
});

describe.skipIf(!process.env.DATABASE_URL)(
  'SERVICE_UNAVAILABLE over HTTP, in the language of the request',
  () => {
    it('answers a database outage in every language, on /trpc and /api', async () => {
      const url = new URL(process.env.DATABASE_URL as string);
      const [schema] = await queryRows<{ name: string }>(database.db, sql`select current_schema() as name`);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      url.hostname = '127.0.0.1';
      url.port = String(proxy.port);
      const outage = await openPostgres(url.toString(), { searchPath: schema?.name ?? 'public' });
      const down = createApp({
        database: outage,
        version: 'test',
        sessionHours: 1,
        secureCookies: false,
        clientDir: null,
      });
      proxy.down();
      try {
        const texts = {} as Record<Language, string[]>;
        for (const language of LANGUAGES) {
          const answer = await trpcError(language, {
            path: 'initiative.list',
            input: {},
            cookie: cookies.viewer,
            via: down,
          });
          expect(answer.code).toBe('SERVICE_UNAVAILABLE');
          const api = await down.request('/api/export/current.json', {
            headers: { cookie: cookies.viewer, 'X-Digisalkku-Language': language },
          });
          expect(api.status).toBe(503);
          texts[language] = [answer.message, ((await api.json()) as { error: string }).error];
        }
        expectLocalised('a database outage', texts);
      } finally {
        proxy.resume();
        await outage.close();
        await proxy.close();
      }
    });
  },
);
