import { z } from 'zod';
import { type EuRelation, euActKindSchema } from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { localizedTextSchema, MAX_TITLE_LENGTH } from './localized-text.ts';
import { ministryCodeSchema } from './ministry.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** CELEX numbers of acts, e.g. 32024R1689 (AI Act); proposals and programmes may have none. */
export const CELEX_PATTERN = /^[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4}(\([0-9]+\))?$/;

export const euActKeyDateSchema = z.object({
  label: localizedTextSchema(200),
  date: isoDateSchema,
});

export const euActInputSchema = z.object({
  shortName: textSchema()
    .trim()
    .min(1, { error: () => vm('shortNameRequired') })
    .max(80),
  number: textSchema()
    .trim()
    .max(80)
    .nullish()
    .transform((v) => v || null),
  celex: textSchema()
    .trim()
    .regex(CELEX_PATTERN, { error: () => vm('celex') })
    .nullish()
    .transform((v) => v || null),
  kind: euActKindSchema,
  title: localizedTextSchema(MAX_TITLE_LENGTH),
  adoptedOn: isoDateSchema.nullish().transform((v) => v ?? null),
  entryIntoForceOn: isoDateSchema.nullish().transform((v) => v ?? null),
  applicationOn: isoDateSchema.nullish().transform((v) => v ?? null),
  transpositionDeadline: isoDateSchema.nullish().transform((v) => v ?? null),
  keyDates: z.array(euActKeyDateSchema).max(30).default([]),
  finnishLead: ministryCodeSchema.nullish().transform((v) => v ?? null),
});
export type EuActInput = z.input<typeof euActInputSchema>;
export type EuActData = z.output<typeof euActInputSchema>;

/** The fields compared for an act's history, in reading order. */
export const EU_ACT_FIELDS = Object.keys(euActInputSchema.shape) as (keyof EuActData)[];

export interface EuAct extends EuActData {
  id: string;
  version: number;
}

/** Every dated event of an act in time order: the named dates and the extra key dates. */
export function euActTimeline(
  act: EuActData,
): { key: string; label?: EuActData['keyDates'][number]['label']; date: string }[] {
  const named = (
    [
      ['adoptedOn', act.adoptedOn],
      ['entryIntoForceOn', act.entryIntoForceOn],
      ['applicationOn', act.applicationOn],
      ['transpositionDeadline', act.transpositionDeadline],
    ] as const
  )
    .filter((entry): entry is readonly [(typeof entry)[0], string] => entry[1] !== null)
    .map(([key, date]) => ({ key, date }));
  const extra = act.keyDates.map((d) => ({ key: 'keyDate', label: d.label, date: d.date }));
  return [...named, ...extra].sort((a, b) => a.date.localeCompare(b.date));
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An act as a URL names it: its short name with every run of spaces or commas made one `-`
 * ("AI Act" → `AI-Act`), so `eu=NIS2,AI-Act` reads as a list and survives a re-import, which
 * gives the acts new ids. Matched without regard to case; the server mirrors it in SQL.
 */
export function euActSlug(shortName: string): string {
  return shortName.trim().replace(/[\s,]+/gu, '-');
}

/**
 * A reference to an act in a filter: its slug (or short name, read as its slug), or — in links
 * and saved views from before short names — its id, kept in lower case.
 */
export const euActRefSchema = textSchema()
  .trim()
  .min(1, { error: () => vm('shortNameRequired') })
  .max(80)
  .transform((value) => (UUID_PATTERN.test(value) ? value.toLowerCase() : euActSlug(value)))
  .refine((value) => value.length > 0, { error: () => vm('shortNameRequired') });

/** Whether a filter's act reference is an id (an old link) rather than a slug. */
export function isEuActId(ref: string): boolean {
  return UUID_PATTERN.test(ref);
}

/** The dates by which Finland must have implemented an act: application and transposition. */
const IMPLEMENTATION_DATES = ['applicationOn', 'transpositionDeadline'] as const;

/** The act's first dated event from today on, or null when all are past. */
export function nextKeyDate(act: EuActData, today: string): ReturnType<typeof euActTimeline>[number] | null {
  return euActTimeline(act).find((entry) => entry.date >= today) ?? null;
}

/** The act's first implementation date (application or transposition) from today on. */
export function comingImplementationDate(act: EuActData, today: string): string | null {
  const coming = IMPLEMENTATION_DATES.map((key) => act[key])
    .filter((date): date is string => date !== null && date >= today)
    .sort();
  return coming[0] ?? null;
}

/** One row of the catalogue: the act, what is coming, and how many initiatives link to it. */
export interface EuActSummary extends EuAct {
  nextKeyDate: ReturnType<typeof euActTimeline>[number] | null;
  /** Active (not archived) initiatives linked to the act, per relation. */
  linked: Record<EuRelation, number>;
  /** A coming implementation date and no active initiative that implements the act. */
  implementationGap: boolean;
}
