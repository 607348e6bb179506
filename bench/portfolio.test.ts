import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from '../server/services/import/runner.ts';
import { INITIATIVE_KINDS, STATUSES } from '../shared/codes.ts';
import { exportEnvelopeSchema, MAX_IMPORT_RECORDS } from '../shared/export-format.ts';
import { MINISTRY_CODES } from '../shared/ministry.ts';
import { generatePortfolio, rankKey } from './portfolio.ts';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

// Generating and reading thousands of records takes seconds on a busy two-core machine.
describe('the benchmark portfolio', { timeout: 30_000 }, () => {
  it('is the same for the same seed, and another for another seed', () => {
    const first = generatePortfolio({ count: 300, seed: 7 });
    expect(generatePortfolio({ count: 300, seed: 7 })).toEqual(first);
    expect(generatePortfolio({ count: 300, seed: 8 })).not.toEqual(first);
  });

  it('is a digisalkku export whose every record and act the import reader accepts', async () => {
    const portfolio = generatePortfolio({ count: 1000 });
    expect(exportEnvelopeSchema.safeParse(portfolio).success).toBe(true);
    const plan = await readImportFile({ format: 'digisalkku', body: bytesOf(portfolio) });
    expect(plan.records).toHaveLength(1000);
    expect(plan.records.filter((record) => record.reasons.length > 0)).toEqual([]);
    expect(plan.euActs?.filter((act) => act.reasons.length > 0)).toEqual([]);
  });

  it('links every 5th initiative to a body and every 20th to a benchmark, over about 40 bodies and 10 benchmarks', async () => {
    const portfolio = generatePortfolio({ count: 400 });
    expect(portfolio.bodies).toHaveLength(40);
    expect(new Set(portfolio.bodies.map((b) => b.shortName)).size).toBe(40);
    expect(portfolio.benchmarks).toHaveLength(10);
    expect(portfolio.benchmarks.every((b) => (b.results?.length ?? 0) >= 3)).toBe(true);
    const withBody = portfolio.initiatives.filter((i) => (i.bodies ?? []).length > 0);
    expect(withBody).toHaveLength(80);
    expect(portfolio.initiatives.filter((i) => (i.benchmarks ?? []).length > 0)).toHaveLength(20);
    const plan = await readImportFile({ format: 'digisalkku', body: bytesOf(portfolio) });
    expect(plan.records.filter((record) => record.reasons.length > 0)).toEqual([]);
    expect(plan.bodies).toHaveLength(40);
    expect(plan.bodies?.filter((body) => body.reasons.length > 0)).toEqual([]);
    expect(plan.benchmarks?.filter((benchmark) => benchmark.reasons.length > 0)).toEqual([]);
  });

  it('fits one import at full size, with unique project numbers', () => {
    const portfolio = generatePortfolio();
    expect(portfolio.initiatives).toHaveLength(10_000);
    expect(portfolio.initiatives.length).toBeLessThanOrEqual(MAX_IMPORT_RECORDS);
    expect(bytesOf(portfolio).length).toBeLessThan(MAX_IMPORT_BYTES);
    const numbers = portfolio.initiatives.flatMap((initiative) => initiative.projectNumber ?? []);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('spreads over ministries, statuses, kinds and EU acts, and "data" is in about a tenth', () => {
    const { initiatives } = generatePortfolio({ count: 3000 });
    const seen = (pick: (initiative: (typeof initiatives)[number]) => unknown) =>
      new Set(initiatives.map(pick));
    expect(seen((initiative) => initiative.leadMinistry)).toEqual(new Set(MINISTRY_CODES));
    expect(seen((initiative) => initiative.status)).toEqual(new Set(STATUSES));
    expect(seen((initiative) => initiative.kind)).toEqual(new Set(INITIATIVE_KINDS));
    const withImpacts = initiatives.filter((initiative) => (initiative.euImpacts ?? []).length > 0);
    expect(withImpacts.length / initiatives.length).toBeGreaterThan(0.4);
    expect(withImpacts.length / initiatives.length).toBeLessThan(0.7);
    // Titles alike are what made the old benchmark's search unrealistic: most must be different.
    expect(seen((initiative) => initiative.title.fi).size).toBeGreaterThan(initiatives.length * 0.6);
    const data = initiatives.filter((initiative) =>
      [initiative.title, initiative.summary].some((text) =>
        [text.fi, text.sv, text.en].some((value) => value && /\bdata\b/i.test(value)),
      ),
    );
    expect(data.length / initiatives.length).toBeGreaterThan(0.04);
    expect(data.length / initiatives.length).toBeLessThan(0.16);
  });

  it('ranks in the order of byte-wise comparison (COLLATE "C")', () => {
    const keys = Array.from({ length: 5000 }, (_, n) => rankKey(n));
    expect(keys.slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
  });
});
