import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/codes.ts';
import type { Database } from '../db/database.ts';
import { exportPortfolio } from '../services/export.ts';
import { listCriteria } from '../services/scoring-context.ts';
import { createBenchmark } from '../test/factories.ts';
import hankeikkunaResponse from '../test/fixtures/hankeikkuna-full.json' with { type: 'json' };
import { createTestDatabase } from '../test/test-database.ts';
import { buildWorld, PROCEDURE_CASES, type World } from './authorization-cases.ts';
import { applyEdits, type Edits, editsArb, kindsOf, rawNumber, withOwn } from './bad-input-arbitraries.ts';
import {
  callDirect,
  callHttp,
  callImport,
  decodedEnvelope,
  envelopeOf,
  type Outcome,
  type Procedure,
  procedureList,
  refusalText,
  schemaAccepts,
  unclearRefusal,
} from './bad-input-driver.ts';
import {
  archiveArb,
  type ByteDamage,
  byteDamageArb,
  csvBytes,
  damaged,
  editedGrid,
  editedJson,
  jsonEditsArb,
  sheetEditsArb,
  sheetKinds,
  xlsxBytes,
} from './bad-input-files.ts';
import { databaseChecksum } from './db-checksum.ts';
import { type Served, serveApp, signIn } from './http-harness.ts';

/**
 * Bad input everywhere a client can send it: every procedure (mutations, the list and every
 * other read; those without input must still refuse unstorable text), the import route in its
 * four formats, and the benchmark results file.
 * Each generated input is a valid one edited (bad-input-arbitraries.ts, bad-input-files.ts).
 *
 * Every input must be answered below 500; one the schema refuses (or a file the import refuses)
 * with a 4xx whose message says what is wrong, in the request's language; and a refusal must
 * leave the database as it was. Some edits land where anything goes (an emoji in a note): such
 * an input is valid after all, may be taken, and is counted apart.
 *
 * The database's checksum (db-checksum.ts: every table's rows) is compared after each batch
 * (one procedure or format), after one input in 25 (chosen at random), and before and after
 * every valid input that may write. A refused input that wrote anything would change the checksum and be
 * caught at the next comparison, which names the batch and the inputs since the last good one.
 */

/**
 * Inputs per procedure and per file kind: 62 procedures × 145 + 1,214 files, and the same
 * inputs again in another language for one in 25: about 10,600 in all. A file import costs
 * about six procedure calls, so most inputs go to the procedures. BAD_INPUT_SCALE multiplies
 * them (0.1 for a quick look, 10 for a long hunt); BAD_INPUT_PROBE_EVERY=1 compares the
 * checksum after every input, to name the one that wrote.
 */
const SCALE = Number(process.env.BAD_INPUT_SCALE ?? 1);
/**
 * No shrinking: a failure is reported as the input that failed (a refused input that wrote
 * would make every later run fail too, and shrinking would chase those). BAD_INPUT_SEED replays
 * the seed a failure printed.
 */
const REPLAY = {
  endOnFailure: true,
  ...(process.env.BAD_INPUT_SEED ? { seed: Number(process.env.BAD_INPUT_SEED) } : {}),
};
const RUNS = Object.fromEntries(
  Object.entries({
    procedure: 145,
    digisalkku: 300,
    hankeikkuna: 250,
    csv: 300,
    xlsx: 150,
    archive: 14,
    results: 200,
  }).map(([kind, runs]) => [kind, Math.max(1, Math.round(runs * SCALE))]),
) as Record<'procedure' | 'digisalkku' | 'hankeikkuna' | 'csv' | 'xlsx' | 'archive' | 'results', number>;
/** Of every N inputs, one is checked alone (checksum after it, and its message in another language). */
const PROBE_EVERY = Number(process.env.BAD_INPUT_PROBE_EVERY ?? 25);
/** Procedures that take no input and end the caller's session: any input is ignored, and they would sign the suite out. */
const NOT_FUZZED = new Set(['auth.logout', 'auth.logoutEverywhere']);
const LANGUAGES: Language[] = ['fi', 'sv', 'en'];
/**
 * The share of procedure inputs sent over HTTP; the rest go through the server-side caller,
 * which runs the same middleware and schemas ten times faster. Files always go over HTTP.
 */
const HTTP_PERCENT = 12;
/** The /trpc body limit (server/http/app.ts). */
const MAX_TRPC_BODY_BYTES = 2 * 1024 * 1024;

let database: Database;
let served: Served;
let world: World;
let cookie: string;
const prototypesBefore = prototypeNames();

const tally = {
  inputs: 0,
  http: 0,
  direct: 0,
  refused: 0,
  validTaken: 0,
  validRefused: 0,
  checksums: 0,
  checksumMs: 0,
  resets: 0,
  kinds: new Map<string, number>(),
  sendMs: 0,
  startedAt: performance.now(),
  byTarget: new Map<string, number>(),
};

const jsonKinds = ({ edits, literal }: { edits: Edits; literal: string | null }) =>
  kindsOf({ ...edits, literal });

/** Counts an input under each kind of hostile value it holds. */
function holds(kinds: Iterable<string>) {
  for (const kind of kinds) tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
}

async function checksum(): Promise<string> {
  const started = performance.now();
  const value = await databaseChecksum(database.db);
  tally.checksums += 1;
  tally.checksumMs += performance.now() - started;
  return value;
}

function prototypeNames(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((prototype) => Object.getOwnPropertyNames(prototype).sort().join(','))
    .join('|');
}

/** The checksum the database must still have, and whether inputs were sent since it was last compared. */
const ledger = {
  baseline: '',
  /** The inputs sent since the last comparison, described only if one is needed. */
  unchecked: [] as (() => string)[],
  async reset() {
    this.baseline = await checksum();
    this.unchecked = [];
  },
  async verify(where: string) {
    if (this.unchecked.length === 0) return;
    const now = await checksum();
    expect(
      now,
      `${where}: a refused input changed the database; one of: ${this.unchecked.map((describe) => describe()).join(' | ')}`,
    ).toBe(this.baseline);
    this.unchecked = [];
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  served = await serveApp(database);
  world = await buildWorld(database, { baseUrl: served.baseUrl, openDataOffUrl: served.baseUrl });
  cookie = await signIn(served.baseUrl, world.admin.username);
});
afterAll(async () => {
  await served?.close();
  await database?.close();
});

const short = (value: unknown) => {
  const text = typeof value === 'string' ? value : String(envelopeOf(value));
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
};

/**
 * The checks of one answer; `valid` says whether the input was acceptable after all. The input
 * is described (which costs a serialization) only for a failure.
 */
function judge(what: string, outcome: Outcome, valid: boolean, input: () => string) {
  tally.inputs += 1;
  tally[outcome.transport] += 1;
  tally.byTarget.set(what, (tally.byTarget.get(what) ?? 0) + 1);
  const fail = (problem: string): never =>
    expect.fail(
      `${what}: ${problem}: ${outcome.transport} ${outcome.status} "${outcome.message}" for ${input()}`,
    );
  if (outcome.reset !== undefined) {
    // Only a body past the 2 MB limit may go unanswered: refused before it was read (see RESET).
    if (outcome.reset <= MAX_TRPC_BODY_BYTES) fail('the connection was reset');
    tally.resets += 1;
    return;
  }
  if (outcome.status >= 500) fail('a server error');
  if (!valid && outcome.status < 400) fail('a bad input was taken');
  if (outcome.status < 400) {
    tally.validTaken += 1;
    return;
  }
  const unclear = unclearRefusal(outcome);
  if (unclear) fail(`an unclear refusal (${unclear})`);
  if (valid) tally.validRefused += 1;
  else tally.refused += 1;
}

/** The message must change with the language asked for (it is not English whatever one asks). */
async function expectLanguage(
  what: string,
  first: Outcome,
  again: (language: Language) => Promise<Outcome>,
  asked: Language,
) {
  if (first.status < 400) return;
  const other: Language = asked === 'en' ? 'fi' : 'en';
  const second = await again(other);
  tally.inputs += 1;
  tally[second.transport] += 1;
  if (second.reset !== undefined) {
    tally.resets += 1;
    return;
  }
  expect(second.status, `${what}: the same input answered differently in ${other}`).toBe(first.status);
  expect(refusalText(second), `${what}: the message is the same in ${asked} and ${other}`).not.toBe(
    refusalText(first),
  );
}

const procedureSample = fc.record({
  edits: editsArb,
  literal: fc.option(rawNumber, { freq: 8 }),
  language: fc.constantFrom(...LANGUAGES),
  http: fc.noBias(fc.integer({ min: 0, max: 99 })).map((n) => n < HTTP_PERCENT),
  probe: fc.noBias(fc.integer({ min: 1, max: PROBE_EVERY })).map((n) => n === 1),
});

const fuzzed = procedureList().filter((p) => !NOT_FUZZED.has(p.path));

async function fuzzProcedure(procedure: Procedure) {
  const valid = await PROCEDURE_CASES[procedure.path]?.input(world, { caller: 'admin', user: world.admin });
  // The input every edit starts from is a valid one: what is refused is refused for the edit.
  expect(await schemaAccepts(procedure, valid)).toBe(true);
  await ledger.reset();
  // Signing in over HTTP with a session would end it; sign-in is sent as a signed-out browser does.
  const sessionCookie = procedure.path === 'auth.login' ? null : cookie;
  await fc.assert(
    fc.asyncProperty(procedureSample, async ({ edits, literal, language, http, probe }) => {
      // A number literal JSON reads oddly (1e309) in place of one value, when sent as JSON text.
      const input = applyEdits(valid, { ...edits, literal: http ? literal : null });
      holds(kindsOf({ ...edits, literal: http ? literal : null }));
      let body = http ? envelopeOf(input) : '';
      // A query travels in the URL: past ~6 kB Node refuses the request line before the app sees it.
      if (http && procedure.type === 'query' && encodeURIComponent(body).length > 6_000) body = '';
      const seen = body ? decodedEnvelope(body) : { value: input };
      const acceptable = seen !== 'unreadable' && (await schemaAccepts(procedure, seen.value));
      const writes = acceptable && procedure.type === 'mutation';
      if (writes) await ledger.verify(procedure.path);
      const send = (lang: Language) =>
        body
          ? callHttp(served.baseUrl, sessionCookie, procedure, body, lang)
          : callDirect(database, world.admin, procedure.path, input, lang);
      const sent = performance.now();
      const outcome = await send(language);
      tally.sendMs += performance.now() - sent;
      judge(procedure.path, outcome, acceptable, () => short(body || input));
      if (writes && outcome.status >= 200 && outcome.status < 300) await ledger.reset();
      else ledger.unchecked.push(() => short(body || input));
      if (probe) {
        await ledger.verify(procedure.path);
        await expectLanguage(procedure.path, outcome, send, language);
      }
    }),
    { numRuns: RUNS.procedure, ...REPLAY },
  );
  await ledger.verify(procedure.path);
}

/** One import over HTTP; a dry run never writes, a real one only when the whole file is taken. */
async function sendImport(
  what: string,
  format: string,
  body: Uint8Array,
  {
    dryRun,
    language,
    probe,
    damage,
  }: { dryRun: boolean; language: Language; probe: boolean; damage: ByteDamage },
  /** What the file's edits hold, for the breakdown. */
  kinds: Iterable<string>,
  /** A sheet always has a record without its title: it can only be refused. */
  mustRefuse = false,
) {
  holds(damage.kind === 'none' ? kinds : [...kinds, 'damaged bytes']);
  const send = (lang: Language) =>
    callImport(served.baseUrl, cookie, `format=${format}&dryRun=${dryRun}`, body, lang);
  const outcome = await send(language);
  // A file is valid only if the import takes it: there is no schema to ask beforehand.
  judge(what, outcome, !mustRefuse && outcome.status < 300, () =>
    short(Buffer.from(body.subarray(0, 400)).toString()),
  );
  if (!dryRun && outcome.status === 200) await ledger.reset();
  else
    ledger.unchecked.push(
      () => `${what} (${body.length} bytes): ${short(Buffer.from(body.subarray(0, 300)).toString())}`,
    );
  if (probe) {
    await ledger.verify(what);
    await expectLanguage(what, outcome, send, language);
  }
}

const fileOptions = fc.record({
  dryRun: fc.noBias(fc.integer({ min: 0, max: 9 })).map((n) => n < 7),
  language: fc.constantFrom(...LANGUAGES),
  probe: fc.noBias(fc.integer({ min: 1, max: PROBE_EVERY })).map((n) => n === 1),
  damage: byteDamageArb,
});

const SHEET = [
  ['title_fi', 'summary_fi', 'kind', 'track', 'lead_ministry', 'status', 'start_date', 'budget_eur'],
  [
    'Sähköinen asiointi',
    'Tiivistelmä',
    'development_project',
    'public_administration',
    'VM',
    'ongoing',
    '1.1.2025',
    '1 000,50',
  ],
  [
    'Datatalous',
    'Toinen',
    'programme_strategy',
    'digitalisation_data_economy',
    'TEM',
    'planned',
    '2025-03-01',
    '',
  ],
];
const RESULTS = [
  ['edition', 'score', 'rank', 'countries', 'published'],
  ['2023', '55', '5', '27', '2023-06-01'],
  ['2024', '58,5', '4', '27', '1.7.2024'],
];

/** Inputs the suite found answered with a 500, kept as they were found (the fixes are named in each). */
describe('regressions: inputs that were server errors', () => {
  const procedure = (path: string) => procedureList().find((p) => p.path === path) as Procedure;
  const viaHttp = async (path: string, input: unknown, language: Language = 'en') =>
    callHttp(served.baseUrl, cookie, procedure(path), envelopeOf(input), language);
  const expectRefused = (outcome: Outcome, status: number, message: RegExp) => {
    expect(outcome.status).toBe(status);
    expect(outcome.message).toMatch(message);
    expect(unclearRefusal(outcome)).toBeNull();
  };

  it('year 0 as the start of the decision log (PostgreSQL has no year 0; shared/board.ts)', async () => {
    expectRefused(await viaHttp('board.decisions', { from: '0000-01-01' }), 400, /1990-01-01/);
    expectRefused(await viaHttp('board.decisions', { to: '0000-12-31' }, 'fi'), 400, /Päivämäärän on oltava/);
  });

  it('a version past 32 bits as where the history starts (server/routers/initiative.ts)', async () => {
    expectRefused(
      await viaHttp('initiative.history', { id: world.initiative.id, afterVersion: 2 ** 40 }),
      400,
      /./,
    );
  });

  it('a key named like a property of every object, holding a NUL (shared/field-paths.ts)', async () => {
    const nul = (input: Record<string, unknown>, key: string) => withOwn({ ...input }, key, '\u0000');
    for (const key of ['__proto__', 'toString', 'constructor', 'prototype', 'hasOwnProperty']) {
      expectRefused(await viaHttp('initiative.remove', nul({ id: 0 }, key)), 400, /./);
      const outcome = await callDirect(
        database,
        world.admin,
        'userAdmin.create',
        nul({ password: 0 }, key),
        'sv',
      );
      expectRefused(outcome, 400, /./);
    }
    // And as a key of a map of scores, where the schema itself names the place.
    const scores = withOwn({}, 'constructor', 'x');
    expectRefused(
      await viaHttp('scoring.setScores', { id: world.initiative.id, priorityVersion: 1, scores }),
      400,
      /./,
    );
  });

  it('a criterion named constructor or prototype, which broke every later read of scores (shared/scoring-criteria.ts)', async () => {
    const criteria = (await listCriteria(database.db)).map(({ key, name, levels, direction }) => ({
      key,
      name,
      levels,
      direction,
    }));
    const [first] = criteria;
    for (const key of ['constructor', 'prototype']) {
      const saved = await viaHttp('scoring.saveCriteria', { criteria: [...criteria, { ...first, key }] });
      expectRefused(saved, 400, /not constructor or prototype/);
      const weights = withOwn({}, key, 3);
      expectRefused(
        await viaHttp('scoring.saveWeighting', { name: { fi: `Painotus ${key}` }, weights }),
        400,
        /./,
      );
      const scores = withOwn({}, key, 3);
      const input = { id: world.initiative.id, priorityVersion: world.initiative.priorityVersion, scores };
      expectRefused(await viaHttp('scoring.setScores', input), 400, /./);
    }
    const read = await callHttp(served.baseUrl, cookie, procedure('scoring.weightings'), '{}', 'en');
    expect(read.status).toBe(200);
  });

  it('a Hankeikkuna link whose name is not text (shared/hankeikkuna.ts)', async () => {
    const file = structuredClone(hankeikkunaResponse) as { result: { linkit: unknown[] }[] };
    (file.result[0] as { linkit: unknown[] }).linkit = [
      { url: 'https://www.lvm.fi/', nimi: { fi: 0, sv: ['x'] } },
    ];
    const outcome = await callImport(
      served.baseUrl,
      cookie,
      'format=hankeikkuna&dryRun=true',
      new Uint8Array(Buffer.from(JSON.stringify(file))),
      'en',
    );
    expect(outcome.status).toBeLessThan(500);
  });
});

describe('bad input to every procedure', () => {
  it.each(fuzzed.map((p) => [p.path, p] as const))('%s', { timeout: 120_000 }, async (_path, procedure) => {
    await fuzzProcedure(procedure);
  });
});

describe('bad files to the import', () => {
  it('digisalkku JSON', { timeout: 240_000 }, async () => {
    const valid = JSON.parse(
      JSON.stringify(await exportPortfolio(database.db, new Date(), { text: world.canary })),
    );
    await ledger.reset();
    await fc.assert(
      fc.asyncProperty(
        jsonEditsArb,
        fileOptions,
        fc.noBias(fc.integer({ min: 0, max: 19 })),
        async (edits, options, wrong) => {
          const body = damaged(new Uint8Array(Buffer.from(editedJson(valid, edits))), options.damage);
          await sendImport(
            'import digisalkku',
            wrong === 0 ? 'hankeikkuna' : 'digisalkku',
            body,
            options,
            jsonKinds(edits),
          );
        },
      ),
      { numRuns: RUNS.digisalkku, ...REPLAY },
    );
    await ledger.verify('import digisalkku');
  });

  it('Hankeikkuna JSON', { timeout: 240_000 }, async () => {
    await ledger.reset();
    await fc.assert(
      fc.asyncProperty(jsonEditsArb, fileOptions, async (edits, options) => {
        const body = damaged(
          new Uint8Array(Buffer.from(editedJson(hankeikkunaResponse, edits))),
          options.damage,
        );
        await sendImport('import hankeikkuna', 'hankeikkuna', body, options, jsonKinds(edits));
      }),
      { numRuns: RUNS.hankeikkuna, ...REPLAY },
    );
    await ledger.verify('import hankeikkuna');
  });

  it('CSV', { timeout: 240_000 }, async () => {
    await ledger.reset();
    await fc.assert(
      fc.asyncProperty(
        sheetEditsArb(),
        fileOptions,
        fc.constantFrom(';', ',', '\t'),
        async (edits, options, separator) => {
          const body = damaged(csvBytes(editedGrid(SHEET, edits), separator), options.damage);
          await sendImport(
            'import csv',
            'csv',
            body,
            options,
            sheetKinds(edits),
            options.damage.kind === 'none',
          );
        },
      ),
      { numRuns: RUNS.csv, ...REPLAY },
    );
    await ledger.verify('import csv');
  });

  it('XLSX', { timeout: 240_000 }, async () => {
    await ledger.reset();
    await fc.assert(
      fc.asyncProperty(sheetEditsArb(false), fileOptions, async (edits, options) => {
        const body = damaged(xlsxBytes(editedGrid(SHEET, edits)), options.damage);
        await sendImport(
          'import xlsx',
          'xlsx',
          body,
          options,
          sheetKinds(edits),
          options.damage.kind === 'none',
        );
      }),
      { numRuns: RUNS.xlsx, ...REPLAY },
    );
    await ledger.verify('import xlsx');
  });

  it('XLSX that is a zip bomb or a broken archive', { timeout: 240_000 }, async () => {
    await ledger.reset();
    await fc.assert(
      fc.asyncProperty(archiveArb, fileOptions, async (archive, options) => {
        await sendImport(
          'import archive',
          'xlsx',
          new Uint8Array(archive.bytes),
          options,
          ['zip bombs and broken archives'],
          true,
        );
      }),
      { numRuns: RUNS.archive, ...REPLAY },
    );
    await ledger.verify('import archive');
  });

  it('benchmark results as CSV or XLSX, through the procedure', { timeout: 240_000 }, async () => {
    const benchmark = await createBenchmark(database, world.coordinator);
    const procedure = procedureList().find(
      (p) => p.path === 'cooperation.benchmark.importResults',
    ) as Procedure;
    await ledger.reset();
    await fc.assert(
      fc.asyncProperty(
        sheetEditsArb(false),
        fileOptions,
        fc.boolean(),
        fc.boolean(),
        async (edits, options, xlsx, http) => {
          const grid = editedGrid(RESULTS, edits);
          holds(options.damage.kind === 'none' ? sheetKinds(edits) : [...sheetKinds(edits), 'damaged bytes']);
          const file = damaged(xlsx ? xlsxBytes(grid) : csvBytes(grid, ','), options.damage);
          const input = {
            benchmarkId: benchmark.id,
            fileName: xlsx ? 'tulokset.xlsx' : 'tulokset.csv',
            contentBase64: Buffer.from(file).toString('base64'),
          };
          const outcome = http
            ? await callHttp(served.baseUrl, cookie, procedure, envelopeOf(input), options.language)
            : await callDirect(database, world.admin, procedure.path, input, options.language);
          // Cut short, a sheet may have lost its broken row and be a valid one: then it is written.
          const valid = options.damage.kind !== 'none' && outcome.status < 300;
          judge(
            'results import',
            outcome,
            valid,
            () => `${input.fileName}: ${short(Buffer.from(file.subarray(0, 300)).toString())}`,
          );
          if (valid) await ledger.reset();
          else ledger.unchecked.push(() => `results ${input.fileName} (${file.length} bytes)`);
          if (options.probe) await ledger.verify('results import');
        },
      ),
      { numRuns: RUNS.results, ...REPLAY },
    );
    await ledger.verify('results import');
  });
});

describe('after it all', () => {
  it('left no prototype polluted, and sent at least 10,000 inputs', () => {
    expect(prototypeNames()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const breakdown = [...tally.byTarget].map(([target, count]) => `${target} ${count}`).join(', ');
    const kinds = [...tally.kinds]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ');
    console.log(
      `bad input: ${tally.inputs} inputs (${tally.http} over HTTP, ${tally.direct} through the server-side caller); ${tally.refused} bad ones refused with a clear 4xx, ${tally.validRefused} valid after all and refused (NOT_FOUND, CONFLICT…), ${tally.validTaken} valid after all and taken; ${tally.resets} over the 2 MB limit cut off before the 413 arrived; 0 server errors; ${tally.checksums} database checksums compared (${Math.round(tally.checksumMs / 1000)} s of ${Math.round((performance.now() - tally.startedAt) / 1000)} s; procedure calls ${Math.round(tally.sendMs / 1000)} s). Inputs holding each kind of bad value: ${kinds}. By target: ${breakdown}`,
    );
    expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  });
});
