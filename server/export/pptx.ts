/**
 * The meeting pack as a PowerPoint deck (16:9), the slides a secretariat drops into a
 * minister's deck: a cover, the key figures, native charts of status and health by lead
 * ministry, the top priorities, the changes since the compared picture and the EU deadlines of
 * the next six months, and international cooperation. Pure over the pack (shared/meeting-pack.ts): it queries nothing. Every
 * text is in the pack's language; the lists are capped, so the deck's size does not grow with
 * the portfolio's.
 */
import PptxGenJS from 'pptxgenjs';
import type { SlidesPack } from '../../shared/meeting-pack.ts';
import { addHealthChartSlide, addStatusChartSlide } from './pptx-charts.ts';
import { addCooperationSlide } from './pptx-cooperation.ts';
import { addFramedSlide, COLOURS, CONTENT, clean, type Deck, FONT, PAGE } from './pptx-layout.ts';
import { addChangeSlides, addDeadlineSlides, addPrioritySlides } from './pptx-lists.ts';
import { wordsFor } from './pptx-texts.ts';

/** The pack as a .pptx file: standard OOXML that PowerPoint, Keynote and LibreOffice open without repair. */
export async function renderPptx(pack: SlidesPack): Promise<Buffer> {
  const w = wordsFor(pack.language);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = clean(pack.label);
  pptx.subject = w.t.deckSubject;
  pptx.author = clean(pack.generatedBy);
  pptx.company = w.t.cover.overline;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const deck: Deck = { pptx, pack, w, footer: `${clean(pack.label, 80)} · ${w.date(pack.today)}` };

  addCoverSlide(deck);
  addKeyFigureSlide(deck);
  addStatusChartSlide(deck);
  addHealthChartSlide(deck, 'digitoimisto');
  addHealthChartSlide(deck, 'ministry');
  addPrioritySlides(deck);
  addChangeSlides(deck);
  addDeadlineSlides(deck);
  addCooperationSlide(deck);

  const file = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return file as Buffer;
}

/** The picture's name and day, who took it, the filters in words, and who made the file. */
function addCoverSlide(deck: Deck): void {
  const { pack, w } = deck;
  const t = w.t.cover;
  const slide = deck.pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.25,
    h: PAGE.height,
    fill: { color: COLOURS.band },
    line: { color: COLOURS.band },
  });
  const source =
    pack.source.kind === 'snapshot'
      ? w.fill(t.snapshot, { time: w.time(pack.source.takenAt), who: clean(pack.source.takenBy, 80) })
      : w.fill(t.now, { date: w.date(pack.today) });
  const filters =
    pack.filterWords.length > 0
      ? w.fill(t.filters, { filters: clean(pack.filterWords.join(', '), 300) })
      : t.noFilters;
  const lines = [
    source,
    filters,
    w.fill(t.madeBy, { who: clean(pack.generatedBy, 80), time: w.time(pack.generatedAt) }),
  ];
  if (pack.source.kind === 'snapshot')
    lines.push(w.fill(t.checksum, { checksum: pack.source.checksum.slice(0, 16) }));
  const x = 0.9;
  const width = PAGE.width - x - PAGE.margin;
  const text = { fontFace: FONT, lang: w.locale, valign: 'top' as const };
  slide.addText(t.overline, {
    ...text,
    x,
    y: 0.9,
    w: width,
    h: 0.4,
    fontSize: 14,
    color: COLOURS.band,
    bold: true,
  });
  slide.addText(clean(pack.label, 120), {
    ...text,
    x,
    y: 1.35,
    w: width,
    h: 1.3,
    fontSize: 36,
    bold: true,
    color: COLOURS.ink,
    fit: 'shrink',
  });
  slide.addText(
    lines.map((line, index) => ({
      text: clean(line),
      options: { breakLine: index < lines.length - 1, paraSpaceAfter: 6 },
    })),
    { ...text, x, y: 2.85, w: width, h: 2.2, fontSize: 14, color: COLOURS.muted, fit: 'shrink' },
  );
}

interface Tile {
  label: string;
  value: PptxGenJS.TextProps[];
  detail: string[];
}

const big = (text: string, colour: string = COLOURS.ink): PptxGenJS.TextProps => ({
  text,
  options: { fontSize: 26, bold: true, color: colour },
});
const small = (text: string, breakLine = false): PptxGenJS.TextProps => ({
  text,
  options: { fontSize: 13, color: COLOURS.ink, breakLine },
});

/** Eight tiles: the overview's figures under the pack's filter. */
function addKeyFigureSlide(deck: Deck): void {
  const { w } = deck;
  const o = deck.pack.overview;
  const t = w.t.kpi;
  const health = (ratings: { red: number; amber: number }): PptxGenJS.TextProps[] => [
    big(w.count(ratings.red)),
    small(` ${w.plural(t.red, ratings.red).trim()}`, true),
    big(w.count(ratings.amber)),
    small(` ${w.plural(t.amber, ratings.amber).trim()}`),
  ];
  const budgetShort = w.euros(o.budget.totalCents, true);
  const budgetFull = w.euros(o.budget.totalCents);
  const tiles: Tile[] = [
    { label: t.total, value: [big(w.count(o.total))], detail: [w.plural(t.totalDetail, o.byStatus.ongoing)] },
    { label: t.digitoimistoHealth, value: health(o.health.digitoimisto), detail: [] },
    { label: t.ministryHealth, value: health(o.health.ministry), detail: [] },
    {
      label: t.euDeadlines,
      value: [big(w.count(o.euDeadlines.within))],
      detail: [w.plural(t.euOverdue, o.euDeadlines.overdue)],
    },
    {
      label: t.milestones,
      value: [big(w.count(o.overdueMilestones.milestones))],
      detail: [w.plural(t.milestonesIn, o.overdueMilestones.initiatives)],
    },
    { label: t.late, value: [big(w.count(o.late))], detail: [t.lateDetail] },
    {
      label: t.budget,
      value: [big(budgetShort)],
      detail: [
        ...(budgetShort === budgetFull ? [] : [budgetFull]),
        w.plural(t.withBudget, o.budget.withBudget),
      ],
    },
    {
      label: t.quality,
      value: [big(w.count(o.quality.flagged))],
      detail: [w.plural(t.qualityDetail, o.total)],
    },
  ];
  const slide = addFramedSlide(deck, t.title, w.fill(t.intro, { date: w.date(deck.pack.today) }));
  const gap = 0.2;
  const columns = 4;
  const tileW = (CONTENT.w - gap * (columns - 1)) / columns;
  const tileH = (CONTENT.bottom - CONTENT.y - gap) / 2;
  tiles.forEach((tile, index) => {
    const x = CONTENT.x + (index % columns) * (tileW + gap);
    const y = CONTENT.y + Math.floor(index / columns) * (tileH + gap);
    slide.addShape('rect', {
      x,
      y,
      w: tileW,
      h: tileH,
      fill: { color: 'F5F8FA' },
      line: { color: COLOURS.rule },
    });
    const text = { fontFace: FONT, lang: w.locale, x: x + 0.1, w: tileW - 0.2, valign: 'top' as const };
    slide.addText(tile.label, {
      ...text,
      y: y + 0.08,
      h: 0.45,
      fontSize: 11,
      bold: true,
      color: COLOURS.muted,
      fit: 'shrink',
    });
    slide.addText(tile.value, { ...text, y: y + 0.5, h: tile.detail.length > 0 ? 0.75 : 1.2, fit: 'shrink' });
    if (tile.detail.length > 0) {
      slide.addText(
        tile.detail.map((line, i) => ({ text: line, options: { breakLine: i < tile.detail.length - 1 } })),
        { ...text, y: y + tileH - 0.5, h: 0.45, fontSize: 10, color: COLOURS.muted, fit: 'shrink' },
      );
    }
  });
}
