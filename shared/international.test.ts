import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates.ts';
import {
  INTERNATIONAL_MEETING_DAYS,
  INTERNATIONAL_PUBLICATION_DAYS,
  internationalCalendar,
} from './international.ts';

const today = '2026-05-10';
const name = (fi: string) => ({ fi, sv: null, en: null });
const body = (shortName: string, nextMeetingOn: string | null) => ({
  id: `body-${shortName}`,
  shortName,
  name: name(`Elin ${shortName}`),
  nextMeetingOn,
});
const benchmark = (shortName: string, nextPublicationOn: string | null) => ({
  id: `bench-${shortName}`,
  shortName,
  name: name(`Vertailu ${shortName}`),
  nextPublicationOn,
});

describe('internationalCalendar', () => {
  it('takes meetings from today to 60 days ahead, both ends included, in date order', () => {
    const calendar = internationalCalendar(
      [
        body('Late', addDays(today, INTERNATIONAL_MEETING_DAYS + 1)),
        body('Last', addDays(today, INTERNATIONAL_MEETING_DAYS)),
        body('Yesterday', addDays(today, -1)),
        body('Today', today),
        body('None', null),
        body('Soon', addDays(today, 5)),
      ],
      [],
      today,
    );
    expect(calendar.meetings.map((m) => [m.date, m.body.shortName])).toEqual([
      [today, 'Today'],
      [addDays(today, 5), 'Soon'],
      [addDays(today, 60), 'Last'],
    ]);
    expect(calendar.meetings[0]?.body).toEqual({
      id: 'body-Today',
      shortName: 'Today',
      name: name('Elin Today'),
    });
    expect(calendar.meetingsUntil).toBe('2026-07-09');
    expect(calendar.publications).toEqual([]);
  });

  it('takes publications from today to 90 days ahead, a wider window than meetings', () => {
    const calendar = internationalCalendar(
      [body('Meeting at 75', addDays(today, 75))],
      [
        benchmark('At 90', addDays(today, 90)),
        benchmark('At 91', addDays(today, 91)),
        benchmark('At 75', addDays(today, 75)),
        benchmark('Past', addDays(today, -30)),
        benchmark('Unknown', null),
      ],
      today,
    );
    expect(calendar.meetings).toEqual([]);
    expect(calendar.publications.map((p) => [p.date, p.benchmark.shortName])).toEqual([
      [addDays(today, 75), 'At 75'],
      [addDays(today, 90), 'At 90'],
    ]);
    expect(calendar.publicationsUntil).toBe(addDays(today, INTERNATIONAL_PUBLICATION_DAYS));
  });

  it('orders one day by short name', () => {
    const day = addDays(today, 3);
    const calendar = internationalCalendar(
      [body('OECD', day), body('EU', day), body('Ä-elin', day)],
      [],
      today,
    );
    expect(calendar.meetings.map((m) => m.body.shortName)).toEqual(['EU', 'OECD', 'Ä-elin']);
  });

  it('keeps exactly the dates inside each window, each once and sorted (property)', () => {
    const offset = fc.option(fc.integer({ min: -200, max: 200 }), { nil: null });
    fc.assert(
      fc.property(fc.array(offset, { maxLength: 30 }), fc.array(offset, { maxLength: 30 }), (meets, pubs) => {
        const bodies = meets.map((d, n) => body(`B${n}`, d === null ? null : addDays(today, d)));
        const benchmarks = pubs.map((d, n) => benchmark(`M${n}`, d === null ? null : addDays(today, d)));
        const calendar = internationalCalendar(bodies, benchmarks, today);
        const inWindow = (days: number) => (d: number | null) => d !== null && d >= 0 && d <= days;
        expect(calendar.meetings).toHaveLength(meets.filter(inWindow(INTERNATIONAL_MEETING_DAYS)).length);
        expect(calendar.publications).toHaveLength(
          pubs.filter(inWindow(INTERNATIONAL_PUBLICATION_DAYS)).length,
        );
        const dates = calendar.meetings.map((m) => m.date);
        expect(dates).toEqual([...dates].sort());
        for (const p of calendar.publications) {
          const days = daysBetween(today, p.date);
          expect(days >= 0 && days <= INTERNATIONAL_PUBLICATION_DAYS).toBe(true);
        }
      }),
    );
  });
});
