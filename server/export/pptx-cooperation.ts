/**
 * The PPTX pack's slide of international cooperation (issue 12): the cooperation bodies meeting
 * in the next PACK_MEETING_DAYS and the benchmarks published in the next PACK_PUBLICATION_DAYS
 * side by side, Finland's latest result per benchmark as a table below. Each list is capped so
 * the one slide never overflows; the rest are counted. A snapshot taken before cooperation data
 * was frozen with it gets the slide with that said instead.
 */
import type PptxGenJS from 'pptxgenjs';
import { pickLocalized } from '../../shared/localized-text.ts';
import { PACK_MEETING_DAYS, PACK_PUBLICATION_DAYS } from '../../shared/meeting-pack.ts';
import { formatScore } from './pack-texts.ts';
import { rankText } from './pdf-cooperation.ts';
import { addFramedSlide, COLOURS, CONTENT, clean, type Deck, FONT } from './pptx-layout.ts';

/** Lines per list at the top, and result rows below: what fits the slide at these font sizes. */
const LISTED = 4;
const RESULT_ROWS = 5;
const LIST_HEIGHT = 1.55;

export function addCooperationSlide(deck: Deck): void {
  const { pack, w } = deck;
  const t = w.t.cooperation;
  const cooperation = pack.cooperation;
  if (!cooperation) {
    addFramedSlide(deck, t.title, t.predates);
    return;
  }
  const slide = addFramedSlide(deck, t.title, w.fill(t.intro, { date: w.date(pack.today) }));
  const title = (text: { fi: string; sv?: string | null; en?: string | null }) =>
    pickLocalized(text, w.language).text;
  const half = (CONTENT.w - 0.3) / 2;
  const list = (x: number, heading: string, lines: string[], empty: string) => {
    const shown = lines.slice(0, LISTED);
    if (lines.length > LISTED) shown.push(w.plural(t.more, lines.length - LISTED));
    const body = shown.length > 0 ? shown : [empty];
    const runs: PptxGenJS.TextProps[] = [
      { text: clean(heading), options: { bold: true, fontSize: 13, breakLine: true, paraSpaceAfter: 4 } },
      ...body.map((line, index) => ({
        text: clean(line, 110),
        options: { fontSize: 11, breakLine: index < body.length - 1, paraSpaceAfter: 2 },
      })),
    ];
    slide.addText(runs, {
      x,
      y: CONTENT.y,
      w: half,
      h: LIST_HEIGHT,
      fontFace: FONT,
      color: COLOURS.ink,
      valign: 'top',
      fit: 'shrink',
      lang: w.locale,
    });
  };
  list(
    CONTENT.x,
    w.fill(t.meetings, { days: PACK_MEETING_DAYS }),
    cooperation.meetings.map((m) => `${w.date(m.nextMeetingOn)} ${m.shortName} – ${title(m.name)}`),
    t.noMeetings,
  );
  list(
    CONTENT.x + half + 0.3,
    w.fill(t.publications, { days: PACK_PUBLICATION_DAYS }),
    cooperation.publications.map(
      (p) => `${w.date(p.nextPublicationOn)} ${p.shortName} – ${title(p.name)} (${p.publisher})`,
    ),
    t.noPublications,
  );

  const top = CONTENT.y + LIST_HEIGHT + 0.1;
  slide.addText(clean(t.latest), {
    x: CONTENT.x,
    y: top,
    w: CONTENT.w,
    h: 0.3,
    fontFace: FONT,
    fontSize: 13,
    bold: true,
    color: COLOURS.ink,
    lang: w.locale,
  });
  if (cooperation.latest.length === 0) {
    slide.addText(clean(t.noLatest), {
      x: CONTENT.x,
      y: top + 0.35,
      w: CONTENT.w,
      h: 0.3,
      fontFace: FONT,
      fontSize: 11,
      color: COLOURS.muted,
      lang: w.locale,
    });
    return;
  }
  const header = [t.benchmark, t.edition, t.score, t.rank, t.published].map(
    (text): PptxGenJS.TableCell => ({
      text: clean(text),
      options: { bold: true, fill: { color: COLOURS.header } },
    }),
  );
  const rows: PptxGenJS.TableCell[][] = cooperation.latest.slice(0, RESULT_ROWS).map(({ result, ...b }) => [
    { text: clean(`${b.shortName} – ${title(b.name)}`, 70) },
    { text: clean(result.edition) },
    {
      text:
        result.score === null
          ? '–'
          : `${formatScore(w.language, result.score)}${b.scoreScale ? ` (${clean(b.scoreScale, 20)})` : ''}`,
    },
    { text: rankText(result, t.rankOf) },
    { text: result.publishedOn ? w.date(result.publishedOn) : '–' },
  ]);
  const left = cooperation.latest.length - RESULT_ROWS;
  if (left > 0)
    rows.push([
      { text: w.plural(t.more, left), options: { colspan: 5, italic: true, color: COLOURS.muted } },
    ]);
  slide.addTable([header, ...rows], {
    x: CONTENT.x,
    y: top + 0.35,
    w: CONTENT.w,
    colW: [4.2, 0.9, 1.3, 1.0, 1.8],
    rowH: 0.26,
    fontFace: FONT,
    fontSize: 10,
    color: COLOURS.ink,
    valign: 'top',
    border: { type: 'solid', pt: 0.5, color: COLOURS.rule },
    lang: w.locale,
  });
}
