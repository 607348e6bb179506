import { z } from 'zod';
import type { Status, Tier } from './codes.ts';
import { initiativeFilterSchema } from './initiative-filter.ts';
import type { LocalizedText } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';
import { snapshotIdField } from './snapshot.ts';

/**
 * The roadmap (/roadmap, stats.roadmap): the initiatives the list's filter selects as bars from
 * start to end date with their milestones, in groups. This file holds its API shape and the
 * pure logic of its time axis: the window the data spans, the visible range of a zoom and
 * period, the tick marks and the positions on the axis.
 */

export const ROADMAP_GROUPINGS = ['leadMinistry', 'theme', 'tier'] as const;
export type RoadmapGrouping = (typeof ROADMAP_GROUPINGS)[number];

/** Bars sent unless asked for more: a few hundred rows keep the page quick. */
export const DEFAULT_ROADMAP_LIMIT = 300;
export const MAX_ROADMAP_LIMIT = 2000;
/** The initiatives without a schedule are listed by name up to this many, and counted all. */
export const MAX_UNDATED_LISTED = 100;

export const roadmapInputSchema = z
  .object({
    filter: initiativeFilterSchema.optional(),
    ...snapshotIdField,
    groupBy: z.enum(ROADMAP_GROUPINGS).default('leadMinistry'),
    /** The language of the title order among initiatives that start on the same day. */
    language: z.enum(['fi', 'sv', 'en']).optional(),
    /** How many initiatives to draw, the earliest start first (the rest are counted). */
    limit: z.number().int().min(1).max(MAX_ROADMAP_LIMIT).default(DEFAULT_ROADMAP_LIMIT),
  })
  .default({ groupBy: 'leadMinistry', limit: DEFAULT_ROADMAP_LIMIT });
export type RoadmapInput = z.input<typeof roadmapInputSchema>;

export interface RoadmapMilestone {
  title: string;
  dueDate: string;
  doneAt: string | null;
  /** Not done and due before today while the initiative is open (isMilestoneLate, shared/lateness.ts). */
  overdue: boolean;
}

/** A bar: an initiative with both dates, and its milestones by due date. */
export interface RoadmapInitiative {
  id: string;
  title: LocalizedText;
  status: Status;
  startDate: string;
  endDate: string;
  tier: Tier;
  leadMinistry: MinistryCode;
  milestones: RoadmapMilestone[];
}

/** One group of bars. `key`: a ministry code, a theme or a tier; null is "no theme". */
export interface RoadmapGroup {
  key: string | null;
  /** By start date, then end date, then title. */
  initiatives: RoadmapInitiative[];
}

/** An initiative without a start or an end date: it cannot be drawn, so it is listed apart. */
export interface RoadmapUndated {
  id: string;
  title: LocalizedText;
  status: Status;
  leadMinistry: MinistryCode;
  startDate: string | null;
  endDate: string | null;
}

export interface Roadmap {
  groupBy: RoadmapGrouping;
  /**
   * Ministries by their sort order, themes and tiers in code order; only groups with bars. By
   * theme, an initiative with several themes is in each of its themes' groups, and one without
   * a theme in the last group (key null).
   */
  groups: RoadmapGroup[];
  /** Initiatives the filter selects, with dates or not. */
  total: number;
  /** Distinct initiatives drawn (at most the limit; the earliest start first). */
  shown: number;
  /** Initiatives the filter selects without both dates: not drawn, listed in `undated`. */
  undatedCount: number;
  /** The first MAX_UNDATED_LISTED of them, by title. */
  undated: RoadmapUndated[];
  /** Helsinki's day the answer was computed for: the today line and `overdue` follow it. */
  today: string;
}

// The time axis. Dates are ISO calendar days; a range is half-open: `from` is its first day,
// `to` the first day after it, so ranges meet without overlapping and leap days count as days.

export const ROADMAP_ZOOMS = ['all', 'year', 'quarter'] as const;
export type RoadmapZoom = (typeof ROADMAP_ZOOMS)[number];

export interface DateRange {
  from: string;
  /** The first day after the range. */
  to: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: the axis counts in whole days, so a leap year is 366 long. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));
const quarterOf = (isoDate: string) => Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3);
const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month0: number) =>
  `${String(year + Math.floor(month0 / 12)).padStart(4, '0')}-${pad((((month0 % 12) + 12) % 12) + 1)}-01`;

/**
 * The whole years the data spans: from the first of January of the earliest start or due date
 * to the end of the year of the latest end or due date, with today always inside.
 */
export function dataWindow(
  initiatives: readonly { startDate: string; endDate: string; milestones: readonly { dueDate: string }[] }[],
  today: string,
): DateRange {
  let first = today;
  let last = today;
  for (const item of initiatives) {
    for (const date of [item.startDate, item.endDate, ...item.milestones.map((m) => m.dueDate)]) {
      if (date < first) first = date;
      if (date > last) last = date;
    }
  }
  return { from: firstOfMonth(yearOf(first), 0), to: firstOfMonth(yearOf(last) + 1, 0) };
}

/**
 * A period of a zoom as one number: the year for `year`, year × 4 + quarter (0–3) for
 * `quarter`; `all` has one period, 0. Steps forward and back are then ±1.
 */
export function periodOf(isoDate: string, zoom: RoadmapZoom): number {
  if (zoom === 'year') return yearOf(isoDate);
  if (zoom === 'quarter') return yearOf(isoDate) * 4 + quarterOf(isoDate);
  return 0;
}

/** The period as the URL writes it: "2026", "2026-Q3"; "" for `all`. */
export function periodParam(period: number, zoom: RoadmapZoom): string {
  if (zoom === 'year') return String(period);
  if (zoom === 'quarter') return `${Math.floor(period / 4)}-Q${(period % 4) + 1}`;
  return '';
}

/** The period of a URL's "2026" or "2026-Q3" for the zoom; null when it is not one. */
export function parsePeriodParam(text: string | null, zoom: RoadmapZoom): number | null {
  if (!text) return null;
  if (zoom === 'year' && /^\d{4}$/.test(text)) return Number(text);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (zoom === 'quarter' && quarter) return Number(quarter[1]) * 4 + Number(quarter[2]) - 1;
  return null;
}

/** The days a period covers (`all`: the data's window). */
export function periodRange(period: number, zoom: RoadmapZoom, window: DateRange): DateRange {
  if (zoom === 'year') return { from: firstOfMonth(period, 0), to: firstOfMonth(period + 1, 0) };
  if (zoom === 'quarter') {
    const year = Math.floor(period / 4);
    const month0 = (period % 4) * 3;
    return { from: firstOfMonth(year, month0), to: firstOfMonth(year, month0 + 3) };
  }
  return window;
}

export type TickKind = 'year' | 'quarter' | 'month' | 'week';

export interface Tick {
  /** The first day the tick marks. */
  date: string;
  kind: TickKind;
  /** Where on the axis, 0–1. */
  position: number;
  /** The ISO week number of a week tick. */
  week?: number;
}

export interface RoadmapView {
  zoom: RoadmapZoom;
  /** The period shown, clamped to the data's window; 0 for `all`. */
  period: number;
  range: DateRange;
  ticks: Tick[];
  /** Whether a step back or forward stays within the data's window. */
  canPrevious: boolean;
  canNext: boolean;
}

/**
 * The visible range and tick marks for a zoom and period (null: the period holding today). The
 * period is clamped to the window the data spans, so a link to a distant year shows its edge.
 * Ticks: `all` — years (every 2nd, 5th… when there are many) and, up to five years, quarters;
 * `year` — quarters and months; `quarter` — months and ISO weeks (their Mondays).
 */
export function roadmapView(
  window: DateRange,
  zoom: RoadmapZoom,
  wanted: number | null,
  today: string,
): RoadmapView {
  const first = periodOf(window.from, zoom);
  const last = periodOf(dateOfDay(dayNumber(window.to) - 1), zoom);
  const period = Math.min(last, Math.max(first, wanted ?? periodOf(today, zoom)));
  const range = periodRange(period, zoom, window);
  return {
    zoom,
    period,
    range,
    ticks: ticksOf(range, zoom),
    canPrevious: period > first,
    canNext: period < last,
  };
}

function ticksOf(range: DateRange, zoom: RoadmapZoom): Tick[] {
  const ticks: Tick[] = [];
  const add = (date: string, kind: TickKind, week?: number) => {
    if (date >= range.from && date < range.to) {
      ticks.push({ date, kind, position: positionOf(date, range), ...(week ? { week } : {}) });
    }
  };
  const fromYear = yearOf(range.from);
  const toYear = yearOf(dateOfDay(dayNumber(range.to) - 1));
  if (zoom === 'all') {
    const years = toYear - fromYear + 1;
    const step = [1, 2, 5, 10, 20, 50].find((s) => years / s <= 12) ?? 100;
    for (let year = fromYear; year <= toYear; year++) {
      if ((year - fromYear) % step === 0) add(firstOfMonth(year, 0), 'year');
      if (years <= 5) for (const month0 of [3, 6, 9]) add(firstOfMonth(year, month0), 'quarter');
    }
    return ticks;
  }
  const startMonth = fromYear * 12 + Number(range.from.slice(5, 7)) - 1;
  const endMonth = toYear * 12 + Number(dateOfDay(dayNumber(range.to) - 1).slice(5, 7)) - 1;
  for (let month = startMonth; month <= endMonth; month++) {
    const date = firstOfMonth(0, month);
    add(date, zoom === 'year' && month % 3 === 0 ? 'quarter' : 'month');
  }
  if (zoom === 'quarter') {
    // Mondays that are not also the first of a month (that tick is there already).
    const start = dayNumber(range.from);
    // 1970-01-01 was a Thursday: day numbers ≡ 4 (mod 7) are Mondays.
    for (let day = start + ((((4 - start) % 7) + 7) % 7); day < dayNumber(range.to); day += 7) {
      const date = dateOfDay(day);
      if (!date.endsWith('-01')) add(date, 'week', isoWeek(date));
    }
    ticks.sort((a, b) => a.date.localeCompare(b.date));
  }
  return ticks;
}

/** The ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(isoDate: string): number {
  const day = dayNumber(isoDate);
  const weekday = (((day - 4) % 7) + 7) % 7; // 0 = Monday
  const thursday = day - weekday + 3;
  const yearStart = dayNumber(`${dateOfDay(thursday).slice(0, 4)}-01-01`);
  return Math.floor((thursday - yearStart) / 7) + 1;
}

/** Where the start of a day falls on the range, 0 at its first day and 1 at its end (outside: below 0 or above 1). */
export function positionOf(isoDate: string, range: DateRange): number {
  const from = dayNumber(range.from);
  return (dayNumber(isoDate) - from) / (dayNumber(range.to) - from);
}

/** Where the middle of a day falls (a milestone, today); null outside the range. */
export function dayPosition(isoDate: string, range: DateRange): number | null {
  if (isoDate < range.from || isoDate >= range.to) return null;
  const from = dayNumber(range.from);
  return (dayNumber(isoDate) + 0.5 - from) / (dayNumber(range.to) - from);
}

export interface BarSpan {
  /** Both 0–1, clamped to the range; `end` covers the end date's whole day. */
  start: number;
  end: number;
  /** The bar goes on before or after what is shown (drawn open at that edge). */
  startsBefore: boolean;
  endsAfter: boolean;
}

/**
 * The part of a bar from `startDate` to `endDate` (both days included) within the range; null
 * when it lies wholly outside. An end before the start (a data error) is drawn as one day.
 */
export function barSpan(startDate: string, endDate: string, range: DateRange): BarSpan | null {
  const last = endDate < startDate ? startDate : endDate;
  if (last < range.from || startDate >= range.to) return null;
  const endPosition =
    (dayNumber(last) + 1 - dayNumber(range.from)) / (dayNumber(range.to) - dayNumber(range.from));
  return {
    start: Math.max(0, positionOf(startDate, range)),
    end: Math.min(1, endPosition),
    startsBefore: startDate < range.from,
    endsAfter: last >= range.to,
  };
}
