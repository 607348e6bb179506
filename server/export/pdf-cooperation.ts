/**
 * The PDF pack's chapter of international cooperation (issue 12): the cooperation bodies
 * meeting in the next PACK_MEETING_DAYS, the benchmarks published in the next
 * PACK_PUBLICATION_DAYS, and Finland's latest result in each benchmark. A snapshot taken before
 * cooperation data was frozen with it says so instead.
 */

import type { BenchmarkResultData } from '../../shared/benchmark.ts';
import { codeLabel } from '../../shared/code-labels.ts';
import { addDays } from '../../shared/dates.ts';
import { PACK_MEETING_DAYS, PACK_PUBLICATION_DAYS } from '../../shared/meeting-pack.ts';
import { fill, formatScore } from './pack-texts.ts';
import type { Chapter } from './pdf.ts';
import { BODY } from './pdf-layout.ts';
import { table } from './pdf-table.ts';

/** "2/27", "2 of 27", or the rank alone when the count is not known; a dash without a rank. */
export function rankText(result: BenchmarkResultData, pattern: string): string {
  if (result.rank === null) return '–';
  return result.rankOf === null
    ? String(result.rank)
    : fill(pattern, { rank: result.rank, of: result.rankOf });
}

export function cooperationChapter(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const words = texts.cooperation;
  const cooperation = pack.cooperation;
  if (!cooperation) {
    flow.paragraph(words.predates, BODY);
    return;
  }
  const from = ch.date(pack.today);
  flow.paragraph(fill(words.intro, { from }), BODY);

  flow.heading(fill(words.meetings, { from, to: ch.date(addDays(pack.today, PACK_MEETING_DAYS)) }), 2);
  if (cooperation.meetings.length === 0) flow.paragraph(words.noMeetings, BODY);
  else
    table(
      flow,
      [
        { header: words.date, share: 0.14 },
        { header: words.body, share: 0.5 },
        { header: words.organisation, share: 0.24 },
        { header: words.ministry, share: 0.12 },
      ],
      cooperation.meetings.map((meeting) => [
        { text: ch.date(meeting.nextMeetingOn), bold: true },
        { heading: meeting.shortName, text: ch.title(meeting.name) },
        codeLabel(pack.language, 'bodyOrganisation', meeting.organisation),
        meeting.ministry,
      ]),
    );

  flow.heading(
    fill(words.publications, { from, to: ch.date(addDays(pack.today, PACK_PUBLICATION_DAYS)) }),
    2,
  );
  if (cooperation.publications.length === 0) flow.paragraph(words.noPublications, BODY);
  else
    table(
      flow,
      [
        { header: words.date, share: 0.14 },
        { header: words.benchmark, share: 0.58 },
        { header: words.publisher, share: 0.28 },
      ],
      cooperation.publications.map((publication) => [
        { text: ch.date(publication.nextPublicationOn), bold: true },
        { heading: publication.shortName, text: ch.title(publication.name) },
        publication.publisher,
      ]),
    );

  flow.heading(words.latest, 2);
  if (cooperation.latest.length === 0) flow.paragraph(words.noLatest, BODY);
  else
    table(
      flow,
      [
        { header: words.benchmark, share: 0.32 },
        { header: words.edition, share: 0.1 },
        { header: words.published, share: 0.13 },
        { header: words.score, share: 0.13, align: 'right' },
        { header: words.rank, share: 0.12, align: 'right' },
        { header: words.note, share: 0.2 },
      ],
      cooperation.latest.map(({ result, ...benchmark }) => [
        { heading: benchmark.shortName, text: ch.title(benchmark.name) },
        result.edition,
        ch.date(result.publishedOn),
        result.score === null
          ? '–'
          : `${formatScore(pack.language, result.score)}${benchmark.scoreScale ? ` (${benchmark.scoreScale})` : ''}`,
        rankText(result, words.rankOf),
        result.note ?? '',
      ]),
    );
}
