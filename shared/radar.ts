import { z } from 'zod';
import type { EuActKind, EuRelation, Status } from './codes.ts';
import { type EuActData, euActTimeline } from './eu-act.ts';
import { initiativeFilterSchema } from './initiative-filter.ts';
import type { LocalizedText } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';
import { snapshotIdField } from './snapshot.ts';

/**
 * The EU deadline radar: the key dates of the EU act catalogue in a window around today, each
 * with the national initiatives that answer it, and the dates no initiative answers (gaps).
 *
 * Who answers a date:
 * - an application, transposition or entry-into-force date: an initiative that `implements` the act;
 * - a further key date (the catalogue keeps reporting dates among them, with no kind of their
 *   own): one that `implements` the act or `reports_to` it;
 * - every other link (influences, funded_by, affected_by, and a cancelled implementer) is shown
 *   as related, never as an answer.
 * Only active initiatives count: archived ones are left out altogether, cancelled ones answer
 * nothing. The gap is reckoned over every such initiative, never over the list's filter: the
 * filter only narrows which initiatives are listed, so a filter can hide answers, never make a gap.
 */

export const RADAR_DATE_KINDS = ['application', 'transposition', 'entryIntoForce', 'keyDate'] as const;
export type RadarDateKind = (typeof RADAR_DATE_KINDS)[number];

/** The relations by which an initiative answers a date of each kind. */
export const ANSWERING_RELATIONS: Record<RadarDateKind, readonly EuRelation[]> = {
  application: ['implements'],
  transposition: ['implements'],
  entryIntoForce: ['implements'],
  keyDate: ['implements', 'reports_to'],
};

/** An initiative in one of these answers no date, whatever its relation (it is listed as related). */
export const NON_ANSWERING_STATUSES = ['cancelled'] as const satisfies readonly Status[];

export function answersDate(kind: RadarDateKind, relation: EuRelation, status: Status): boolean {
  return (
    ANSWERING_RELATIONS[kind].includes(relation) &&
    !(NON_ANSWERING_STATUSES as readonly Status[]).includes(status)
  );
}

/**
 * A date's standing, from the statuses of every initiative that answers it: a gap with none,
 * else the furthest along of them — completed, then in progress (preparation, ongoing), then
 * planned or paused. Shown with a shape and words, never by colour alone.
 */
export const RADAR_STATES = ['gap', 'planned', 'inProgress', 'completed'] as const;
export type RadarState = (typeof RADAR_STATES)[number];

/** The group of an initiative's status on the radar (its shape and colour). */
export function statusGroup(status: Status): Exclude<RadarState, 'gap'> | 'cancelled' {
  if (status === 'completed') return 'completed';
  if (status === 'preparation' || status === 'ongoing') return 'inProgress';
  if (status === 'cancelled') return 'cancelled';
  return 'planned';
}

export function radarState(answeringStatuses: Iterable<Status>): RadarState {
  let best: RadarState = 'gap';
  for (const status of answeringStatuses) {
    const group = statusGroup(status);
    if (group === 'cancelled') continue;
    if (RADAR_STATES.indexOf(group) > RADAR_STATES.indexOf(best)) best = group;
  }
  return best;
}

/** Months before and after today by default: the past half-year and the coming two years. */
export const DEFAULT_MONTHS_BACK = 6;
export const DEFAULT_MONTHS_AHEAD = 24;
/** Initiatives listed per act and relation; the rest are counted (an act may have hundreds). */
export const MAX_LISTED_PER_RELATION = 12;

export const radarInputSchema = z
  .object({
    filter: initiativeFilterSchema.optional(),
    ...snapshotIdField,
    /** The language whose title order lists the initiatives. */
    language: z.enum(['fi', 'sv', 'en']).optional(),
    monthsBack: z.number().int().min(0).max(24).default(DEFAULT_MONTHS_BACK),
    monthsAhead: z.number().int().min(1).max(60).default(DEFAULT_MONTHS_AHEAD),
  })
  .default({ monthsBack: DEFAULT_MONTHS_BACK, monthsAhead: DEFAULT_MONTHS_AHEAD });
export type RadarInput = z.input<typeof radarInputSchema>;

/**
 * A date moved by whole months; a day the target month lacks becomes its last day
 * (31 August − 6 months = 28 February, or the 29th in a leap year).
 */
export function addMonths(isoDate: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12; // 0–11
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

export interface RadarWindow {
  /** First day shown, included. */
  from: string;
  /** Last day shown, included. */
  to: string;
}

/** The radar's window: from `monthsBack` months before today to `monthsAhead` after, both ends included. */
export function radarWindow(
  today: string,
  monthsBack = DEFAULT_MONTHS_BACK,
  monthsAhead = DEFAULT_MONTHS_AHEAD,
): RadarWindow {
  return { from: addMonths(today, -monthsBack), to: addMonths(today, monthsAhead) };
}

const KIND_OF_TIMELINE_KEY: Record<string, RadarDateKind | undefined> = {
  applicationOn: 'application',
  transpositionDeadline: 'transposition',
  entryIntoForceOn: 'entryIntoForce',
  keyDate: 'keyDate',
};

export interface RadarDateOfAct {
  kind: RadarDateKind;
  label: LocalizedText | null;
  date: string;
}

/**
 * An act's dates inside the window, in time order: its catalogue timeline (shared/eu-act.ts)
 * without the adoption date, which asks nothing of Finland.
 */
export function radarDatesOfAct(act: EuActData, window: RadarWindow): RadarDateOfAct[] {
  return euActTimeline(act).flatMap((entry) => {
    const kind = KIND_OF_TIMELINE_KEY[entry.key];
    if (!kind || entry.date < window.from || entry.date > window.to) return [];
    return [{ kind, label: entry.label ?? null, date: entry.date }];
  });
}

export interface RadarInitiative {
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: Status;
  relation: EuRelation;
}

export interface RadarAct {
  id: string;
  shortName: string;
  /** For the list filter's `eu=` parameter (euActSlug). */
  slug: string;
  title: LocalizedText;
  kind: EuActKind;
}

export interface RadarDate {
  /** Unique within one answer: the act, the kind and the date's place among the act's dates. */
  id: string;
  act: RadarAct;
  kind: RadarDateKind;
  /** A further key date's own label; null for the named dates. */
  label: LocalizedText | null;
  date: string;
  /** Before today (today itself is due, not past). */
  past: boolean;
  /** No active initiative answers it, under any filter. */
  gap: boolean;
  state: RadarState;
  /** Every active initiative that answers it, whatever the filter. */
  answeringTotal: number;
  /** How many of those the filter selects… */
  answeringShown: number;
  /** …and the first of them (MAX_LISTED_PER_RELATION per relation), implementers first, by title. */
  answering: RadarInitiative[];
  /** Active initiatives linked to the act otherwise (other relations, cancelled implementers). */
  relatedTotal: number;
  relatedShown: number;
  related: RadarInitiative[];
}

/**
 * Beside the EU's dates, the radar shows what comes up in international cooperation: the next
 * meeting of each cooperation body and the next publication of each benchmark in the window.
 * They answer nothing and have no gap; each has a symbol of its own and words in its label.
 */
export const RADAR_COOPERATION_KINDS = ['meeting', 'publication'] as const;
export type RadarCooperationKind = (typeof RADAR_COOPERATION_KINDS)[number];

export interface RadarCooperationDate {
  /** Unique within one answer: the kind and the body's or benchmark's id. */
  id: string;
  kind: RadarCooperationKind;
  date: string;
  past: boolean;
  /** The body that meets or the benchmark that is published. */
  subject: { id: string; shortName: string; name: LocalizedText };
}

export interface Radar {
  today: string;
  window: RadarWindow;
  monthsBack: number;
  monthsAhead: number;
  /** By date, then act, then kind. */
  dates: RadarDate[];
  /**
   * Bodies' next meetings and benchmarks' next publications in the window: by date, kind, short
   * name. A body filter names the bodies whose meetings are shown; no other filter narrows them.
   */
  cooperation: RadarCooperationDate[];
}

interface DatedSubject {
  id: string;
  shortName: string;
  name: LocalizedText;
}

/** The bodies' next meetings and the benchmarks' next publications inside the window, in radar order. */
export function radarCooperationDates(
  bodies: readonly (DatedSubject & { nextMeetingOn: string | null })[],
  benchmarks: readonly (DatedSubject & { nextPublicationOn: string | null })[],
  window: RadarWindow,
  today: string,
): RadarCooperationDate[] {
  const of = (kind: RadarCooperationKind, subject: DatedSubject, date: string | null) =>
    date !== null && date >= window.from && date <= window.to
      ? [
          {
            id: `${kind}:${subject.id}`,
            kind,
            date,
            past: date < today,
            subject: { id: subject.id, shortName: subject.shortName, name: subject.name },
          },
        ]
      : [];
  return [
    ...bodies.flatMap((b) => of('meeting', b, b.nextMeetingOn)),
    ...benchmarks.flatMap((b) => of('publication', b, b.nextPublicationOn)),
  ].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      RADAR_COOPERATION_KINDS.indexOf(a.kind) - RADAR_COOPERATION_KINDS.indexOf(b.kind) ||
      a.subject.shortName.localeCompare(b.subject.shortName, 'fi'),
  );
}

/** The sentence's figures: dates from today on and how many of them are gaps, and the same of the past ones. */
export function radarCounts(dates: readonly Pick<RadarDate, 'past' | 'gap'>[]) {
  const coming = dates.filter((d) => !d.past);
  const past = dates.filter((d) => d.past);
  return {
    coming: coming.length,
    comingGaps: coming.filter((d) => d.gap).length,
    past: past.length,
    pastGaps: past.filter((d) => d.gap).length,
  };
}

/** The order of the radar's dates: by date, then act short name, then kind. */
export function compareRadarDates(
  a: Pick<RadarDate, 'date' | 'kind'> & { act: Pick<RadarAct, 'shortName'> },
  b: Pick<RadarDate, 'date' | 'kind'> & { act: Pick<RadarAct, 'shortName'> },
): number {
  return (
    a.date.localeCompare(b.date) ||
    a.act.shortName.localeCompare(b.act.shortName, 'fi') ||
    RADAR_DATE_KINDS.indexOf(a.kind) - RADAR_DATE_KINDS.indexOf(b.kind)
  );
}
