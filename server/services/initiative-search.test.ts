import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../shared/initiative-list.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { seedDemoPortfolio } from '../seed/demo-seed.ts';
import { callerFor } from '../test/caller.ts';
import { initiativeInput, uniqueWord } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { searchWords } from './initiative-list.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  expect(await seedDemoPortfolio(database.db)).toBe(true);
  coordinator = await createTestUser(database, 'coordinator');
  viewer = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

const found = async (text: string) =>
  new Set(
    (await as(viewer).initiative.list({ filter: { text, archived: 'all' }, limit: 500 })).items.map(
      (i) => i.id,
    ),
  );

/**
 * Base forms and inflections of them (genitive, partitive, illative, elative, plural) as people
 * type them. Not here, because no stemmer gets them: consonant gradation inside the stem
 * (tieto/tiedon) and irregular stems (laki/lain).
 */
const INFLECTIONS: [string, string[]][] = [
  ['tekoäly', ['tekoälyn', 'tekoälyä', 'tekoälyyn', 'tekoälystä']],
  ['kyberturvallisuus', ['kyberturvallisuuden', 'kyberturvallisuutta']],
  ['data', ['datan', 'dataa']],
  ['hanke', ['hankkeen', 'hankkeiden', 'hankkeet']],
  ['digitalisaatio', ['digitalisaation', 'digitalisaatiota']],
  ['palvelu', ['palvelun', 'palvelujen', 'palveluiden', 'palveluja']],
  ['strategia', ['strategian', 'strategiaa']],
  ['ohjelma', ['ohjelman', 'ohjelmaa']],
  ['tunnistaminen', ['tunnistamisen']],
  ['verkko', ['verkon', 'verkkoa']],
  ['yhteentoimivuus', ['yhteentoimivuuden']],
  ['osaaminen', ['osaamisen']],
  ['sääntely', ['sääntelyn', 'sääntelyä']],
  ['direktiivi', ['direktiivin', 'direktiiviä']],
  ['valtioneuvosto', ['valtioneuvoston']],
  ['kansallinen', ['kansallisen', 'kansallista']],
  ['toimeenpano', ['toimeenpanon', 'toimeenpanoa']],
  ['uudistus', ['uudistuksen', 'uudistusta']],
  ['julkinen', ['julkisen', 'julkista']],
  ['hallinto', ['hallinnon', 'hallintoa']],
  ['tietosuoja', ['tietosuojan']],
  ['viranomainen', ['viranomaisen', 'viranomaisten']],
  ['järjestelmä', ['järjestelmän', 'järjestelmien']],
  ['rahoitus', ['rahoituksen']],
];

describe('Finnish search on the demo portfolio', () => {
  it('finds with "tekoälyn" everything "tekoäly" finds, compounds like "tekoälystrategia" included', async () => {
    const base = await found('tekoäly');
    const genitive = await found('tekoälyn');
    expect(base.size).toBeGreaterThanOrEqual(14);
    expect([...base].filter((id) => !genitive.has(id))).toEqual([]);
  });

  it('finds with an inflected form at least what the base form finds', async () => {
    const missing: string[] = [];
    for (const [base, forms] of INFLECTIONS) {
      const baseHits = await found(base);
      expect(baseHits.size, base).toBeGreaterThan(0);
      for (const form of forms) {
        const hits = await found(form);
        const lost = [...baseHits].filter((id) => !hits.has(id)).length;
        if (lost > 0) missing.push(`${form} misses ${lost} of ${base}'s ${baseHits.size}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds a word at the start of a compound: "tekoäly" finds "Tekoälystrategia"', async () => {
    const word = uniqueWord();
    const compound = await as(coordinator).initiative.create(
      initiativeInput({ title: { fi: `Kansallinen tekoälystrategia ${word}` } }),
    );
    const result = await as(viewer).initiative.list({ filter: { text: `tekoälyn ${word}` } });
    expect(result.items.map((i) => i.id)).toEqual([compound.id]);
    expect(result.items[0]?.highlight?.title).toContain(`${HIGHLIGHT_START}tekoälystrategia${HIGHLIGHT_END}`);
  });

  it('needs every word: two words narrow, they do not widen', async () => {
    const both = await found('tekoäly sääntely');
    const ai = await found('tekoäly');
    const regulation = await found('sääntely');
    expect(both.size).toBeGreaterThan(0);
    for (const id of both) {
      expect(ai.has(id)).toBe(true);
      expect(regulation.has(id)).toBe(true);
    }
    expect(both.size).toBeLessThan(ai.size);
  });

  it('reads tsquery syntax in the text as plain words, never as operators', async () => {
    // Each of these would be a syntax error, a negation or a prefix if it reached the tsquery parser.
    for (const text of ["tekoäly' | !", 'tekoäly & !data', "a:* | 'b", '\\', '(((', 'tekoäly -data']) {
      const result = await as(viewer).initiative.list({ filter: { text } });
      expect(result.total, text).toBeGreaterThanOrEqual(0);
    }
    expect(await found('tekoäly -data')).toEqual(await found('tekoäly data'));
    expect(searchWords("Tekoäly' | !:*  DATA, tekoäly")).toEqual(['tekoäly', 'data']);
  });
});

describe('any part of a title or code', () => {
  it('finds a word at the end of a compound, in its inflected forms too: "strategia" finds "Tekoälystrategia"', async () => {
    const word = uniqueWord();
    const compound = await as(coordinator).initiative.create(
      initiativeInput({ title: { fi: `Kansallinen tekoälystrategia ${word}` } }),
    );
    for (const text of [`strategia ${word}`, `strategian ${word}`, `STRATEGIAA ${word}`]) {
      const result = await as(viewer).initiative.list({ filter: { text } });
      expect(
        result.items.map((i) => i.id),
        text,
      ).toEqual([compound.id]);
    }
  });

  it('finds "data" in "Datatalouden toimenpideohjelma" and a code by any part of it', async () => {
    const word = uniqueWord();
    const economy = await as(coordinator).initiative.create(
      initiativeInput({
        title: { fi: `Datatalouden toimenpideohjelma ${word}` },
        projectNumber: 'TEM077:00/2031',
      }),
    );
    expect((await found(`data ${word}`)).has(economy.id)).toBe(true);
    expect((await found('077:00/20')).has(economy.id)).toBe(true);
    expect((await found('m077')).has(economy.id)).toBe(true);
  });
});
