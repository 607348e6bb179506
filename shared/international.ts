import { z } from 'zod';
import type { BenchmarkRef } from './benchmark.ts';
import type { BodyRef } from './cooperation-body.ts';
import { addDays } from './dates.ts';
import type { LocalizedText } from './localized-text.ts';
import { snapshotIdField } from './snapshot.ts';

/**
 * The overview's international panel: what comes up in international cooperation soon — the
 * bodies Finland sits in that meet in the next 60 days and the benchmarks published in the next
 * 90 (a publication is prepared for longer than a meeting). Today is included in both windows;
 * a date already passed is not shown, it is simply out of date in the catalogue.
 */
export const INTERNATIONAL_MEETING_DAYS = 60;
export const INTERNATIONAL_PUBLICATION_DAYS = 90;

export const internationalInputSchema = z.object(snapshotIdField).default({});
export type InternationalInput = z.input<typeof internationalInputSchema>;

export interface InternationalMeeting {
  date: string;
  body: Pick<BodyRef, 'id' | 'shortName' | 'name'>;
}

export interface InternationalPublication {
  date: string;
  benchmark: BenchmarkRef;
}

export interface International {
  today: string;
  /** Last day of each window, included. */
  meetingsUntil: string;
  publicationsUntil: string;
  /** By date, then short name. */
  meetings: InternationalMeeting[];
  publications: InternationalPublication[];
}

interface Dated {
  id: string;
  shortName: string;
  name: LocalizedText;
}

/** The last days of the two windows (both included), for a service that narrows its query by them. */
export function internationalWindows(today: string): { meetingsUntil: string; publicationsUntil: string } {
  return {
    meetingsUntil: addDays(today, INTERNATIONAL_MEETING_DAYS),
    publicationsUntil: addDays(today, INTERNATIONAL_PUBLICATION_DAYS),
  };
}

const byDateThenName = (a: { date: string; name: string }, b: { date: string; name: string }) =>
  a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'fi');

function within<T extends Dated>(
  items: readonly T[],
  dateOf: (item: T) => string | null,
  from: string,
  to: string,
) {
  return items
    .flatMap((item) => {
      const date = dateOf(item);
      return date !== null && date >= from && date <= to ? [{ item, date, name: item.shortName }] : [];
    })
    .sort(byDateThenName);
}

/** Meetings of the bodies in the next 60 days and publications of the benchmarks in the next 90, in date order. */
export function internationalCalendar(
  bodies: readonly (Dated & { nextMeetingOn: string | null })[],
  benchmarks: readonly (Dated & { nextPublicationOn: string | null })[],
  today: string,
): International {
  const { meetingsUntil, publicationsUntil } = internationalWindows(today);
  return {
    today,
    meetingsUntil,
    publicationsUntil,
    meetings: within(bodies, (b) => b.nextMeetingOn, today, meetingsUntil).map(({ item, date }) => ({
      date,
      body: { id: item.id, shortName: item.shortName, name: item.name },
    })),
    publications: within(benchmarks, (b) => b.nextPublicationOn, today, publicationsUntil).map(
      ({ item, date }) => ({
        date,
        benchmark: { id: item.id, shortName: item.shortName, name: item.name },
      }),
    ),
  };
}
