import { z } from 'zod';
import { benchmarkCycleSchema } from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { idSchema } from './id.ts';
import { linkSchema } from './initiative.ts';
import { type LocalizedText, localizedTextSchema, MAX_TITLE_LENGTH } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

const optionalText = (max: number) =>
  textSchema()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/**
 * An international comparison Finland answers (DESI, the eGovernment Benchmark, the UN
 * E-Government Survey, the OECD Digital Government Index…). Coordinators keep the catalogue.
 */
export const benchmarkInputSchema = z.object({
  shortName: textSchema()
    .trim()
    .min(1, { error: () => vm('shortNameRequired') })
    .max(80),
  name: localizedTextSchema(MAX_TITLE_LENGTH),
  publisher: textSchema()
    .trim()
    .min(1, { error: () => vm('publisherRequired') })
    .max(200),
  cycle: benchmarkCycleSchema,
  nextPublicationOn: isoDateSchema.nullish().transform((v) => v ?? null),
  /** How scores read, e.g. "0–100" or "0–1"; shown beside each score. */
  scoreScale: optionalText(40),
  links: z.array(linkSchema).max(20).default([]),
});
export type BenchmarkInput = z.input<typeof benchmarkInputSchema>;
export type BenchmarkData = z.output<typeof benchmarkInputSchema>;

export const BENCHMARK_FIELDS = Object.keys(benchmarkInputSchema.shape) as (keyof BenchmarkData)[];

/** The largest score or rank we accept: beyond it the figure is a typing mistake. */
export const MAX_SCORE = 1_000_000;
export const MAX_RANK = 1000;

const rankSchema = z
  .number()
  .int({ error: () => vm('rankWhole') })
  .min(1, { error: () => vm('rankWhole') })
  .max(MAX_RANK, { error: () => vm('rankWhole') })
  .nullish()
  .transform((v) => v ?? null);

/** Finland's result in one edition of a benchmark. */
export const benchmarkResultInputSchema = z
  .object({
    edition: textSchema()
      .trim()
      .min(1, { error: () => vm('editionRequired') })
      .max(40),
    publishedOn: isoDateSchema.nullish().transform((v) => v ?? null),
    score: z
      .number({ error: () => vm('scoreNumber') })
      .min(-MAX_SCORE, { error: () => vm('scoreNumber') })
      .max(MAX_SCORE, { error: () => vm('scoreNumber') })
      .nullish()
      .transform((v) => v ?? null),
    rank: rankSchema,
    /** How many countries the edition ranked. */
    rankOf: rankSchema,
    note: optionalText(1000),
  })
  .superRefine((result, ctx) => {
    if (result.score === null && result.rank === null)
      ctx.addIssue({ code: 'custom', path: ['score'], message: vm('scoreOrRank') });
    if (result.rank !== null && result.rankOf !== null && result.rank > result.rankOf)
      ctx.addIssue({ code: 'custom', path: ['rank'], message: vm('rankBeyondCount') });
  });
export type BenchmarkResultInput = z.input<typeof benchmarkResultInputSchema>;
export type BenchmarkResultData = z.output<typeof benchmarkResultInputSchema>;

export interface BenchmarkResult extends BenchmarkResultData {
  id: string;
}

export interface Benchmark extends BenchmarkData {
  id: string;
  version: number;
}

export interface BenchmarkRef {
  id: string;
  shortName: string;
  name: LocalizedText;
}

/** One row of the catalogue: the benchmark, its latest result and how many active initiatives answer it. */
export interface BenchmarkSummary extends Benchmark {
  latest: BenchmarkResult | null;
  answering: number;
}

export interface BenchmarkInitiative {
  linkId: string;
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: string;
  note: string | null;
  archived: boolean;
}

export interface BenchmarkDetails extends Benchmark {
  /** Oldest edition first: the order of the chart. */
  results: BenchmarkResult[];
  initiatives: BenchmarkInitiative[];
}

/** A link from an initiative to a benchmark it reports to. */
export const benchmarkLinkInputSchema = z.object({
  initiativeId: idSchema(),
  benchmarkId: idSchema(),
  note: optionalText(1000),
});
export type BenchmarkLinkInput = z.input<typeof benchmarkLinkInputSchema>;

export interface BenchmarkLink {
  id: string;
  note: string | null;
  benchmark: BenchmarkRef;
}

/** Results oldest first: by publication day where both have one, else by edition name. */
export function resultsInOrder<T extends Pick<BenchmarkResultData, 'edition' | 'publishedOn'>>(
  results: T[],
): T[] {
  return [...results].sort((a, b) =>
    a.publishedOn && b.publishedOn && a.publishedOn !== b.publishedOn
      ? a.publishedOn.localeCompare(b.publishedOn)
      : a.edition.localeCompare(b.edition, 'en', { numeric: true }),
  );
}
