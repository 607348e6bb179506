import { z } from 'zod';
import { euActKindSchema } from './codes.ts';
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
