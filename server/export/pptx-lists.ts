/**
 * The PPTX pack's lists: the top priorities, the changes since the compared picture and the EU
 * deadlines of the next six months, as native tables and bullet text. Each is split over as
 * many slides as it needs, up to a cap (the rest counted in words), so no slide overflows and
 * a portfolio of ten thousand never becomes a deck of hundreds.
 */
import type PptxGenJS from 'pptxgenjs';
import { codeLabel } from '../../shared/code-labels.ts';
import type { Tier } from '../../shared/codes.ts';
import { pickLocalized } from '../../shared/localized-text.ts';
import type { PackBoardColumn } from '../../shared/meeting-pack.ts';
import type { RadarDate } from '../../shared/radar.ts';
import type { DiffSummary } from '../../shared/snapshot-diff.ts';
import {
  addFramedSlide,
  COLOURS,
  CONTENT,
  clean,
  type Deck,
  FONT,
  linesOf,
  pageTitle,
  paginate,
} from './pptx-layout.ts';

/** The tiers the priorities slide shows, in this order. */
const TOP_TIERS: readonly Tier[] = ['critical', 'high'];
/** Two tiers of PACK_TIER_TOP cards, of two lines at most, fit on four. */
const MAX_PRIORITY_SLIDES = 4;
const MAX_CHANGE_SLIDES = 5;
const MAX_DEADLINE_SLIDES = 4;
/** Answering initiatives named per deadline; the rest are counted. */
const NAMED_PER_DEADLINE = 3;
const CONTENT_HEIGHT = CONTENT.bottom - CONTENT.y;
/** Room kept under a table or a list for the line saying how many are left out. */
const MORE_LINE = 0.3;

type Cell = PptxGenJS.TableCell;
interface Row {
  cells: Cell[];
  /** Inches, as estimated for the split over slides. */
  height: number;
}

const rowHeight = (lines: number, fontSize: number) => 0.12 + lines * fontSize * 0.0175;

function headerRow(titles: string[], fontSize: number): Row {
  return {
    cells: titles.map((text) => ({
      text: clean(text),
      options: { bold: true, fill: { color: COLOURS.header }, color: COLOURS.ink },
    })),
    height: rowHeight(1, fontSize) + 0.04,
  };
}

function noteRow(text: string, columns: number, fontSize: number): Row {
  return {
    cells: [{ text: clean(text), options: { colspan: columns, italic: true, color: COLOURS.muted } }],
    height: rowHeight(1, fontSize),
  };
}

function addTable(deck: Deck, slide: PptxGenJS.Slide, rows: Row[], colW: number[], fontSize: number): void {
  slide.addTable(
    rows.map((r) => r.cells),
    {
      x: CONTENT.x,
      y: CONTENT.y,
      w: CONTENT.w,
      colW,
      // A row's height is its least: PowerPoint and LibreOffice grow it to its text, so an
      // estimate on the safe side splits the list without leaving gaps in the table.
      rowH: rowHeight(1, fontSize),
      fontFace: FONT,
      fontSize,
      color: COLOURS.ink,
      valign: 'top',
      border: { type: 'solid', pt: 0.5, color: COLOURS.rule },
      lang: deck.w.locale,
    },
  );
}

/** Splits body rows over slides under one header row; the note of what was left out goes last. */
function addTableSlides(
  deck: Deck,
  title: string,
  subtitle: string,
  header: Row,
  body: Row[],
  colW: number[],
  fontSize: number,
  maxPages: number,
  leftOverNote: (count: number) => string,
): void {
  const budget = CONTENT_HEIGHT - header.height - MORE_LINE;
  const { pages, leftOver } = paginate(body, (r) => r.height, { budget, maxPages });
  pages.forEach((page, index) => {
    const slide = addFramedSlide(
      deck,
      pageTitle(deck.w.t.continued, title, index + 1, pages.length),
      subtitle,
    );
    const rows = [header, ...page];
    if (leftOver > 0 && index === pages.length - 1)
      rows.push(noteRow(leftOverNote(leftOver), colW.length, fontSize));
    addTable(deck, slide, rows, colW, fontSize);
  });
}

/** Critical and high tiers in board order: title, lead ministry, status, weighted score. */
export function addPrioritySlides(deck: Deck): void {
  const { w } = deck;
  const t = w.t.priorities;
  const fontSize = 11;
  const colW = [1.2, 4.9, 0.9, 1.4, 0.8];
  const columns = TOP_TIERS.flatMap((tier) => deck.pack.board.filter((c) => c.tier === tier));
  const body: Row[] = columns.flatMap((column: PackBoardColumn) => {
    const tier = codeLabel(w.language, 'tier', column.tier);
    const rows: Row[] = column.cards.map((card) => {
      const title = clean(pickLocalized(card.title, w.language).text, 110);
      return {
        cells: [
          { text: tier },
          { text: title },
          { text: card.leadMinistry },
          { text: codeLabel(w.language, 'status', card.status) },
          {
            text: card.weightedScore === null ? t.noScore : w.count(card.weightedScore),
            options: { align: 'right' },
          },
        ],
        height: rowHeight(linesOf(title, 58), fontSize),
      };
    });
    if (column.total > column.cards.length) {
      rows.push(
        noteRow(w.plural(t.more, column.total - column.cards.length, { tier }), colW.length, fontSize),
      );
    }
    return rows;
  });
  if (body.length === 0) {
    addFramedSlide(deck, t.title, t.empty);
    return;
  }
  const header = headerRow([t.tier, t.initiative, t.ministry, t.status, t.score], fontSize);
  addTableSlides(deck, t.title, t.intro, header, body, colW, fontSize, MAX_PRIORITY_SLIDES, (count) =>
    w.plural(t.moreRows, count),
  );
}

const SUMMARY_KEYS: readonly (keyof DiffSummary)[] = [
  'added',
  'removed',
  'changed',
  'movedToRed',
  'leftRed',
  'completed',
  'tierChanged',
  'milestonesDone',
  'milestonesSlipped',
];
const SUMMARY_HEIGHT = 1.05;

/** The changes since the compared picture: its figures, then its sentences as bullets. */
export function addChangeSlides(deck: Deck): void {
  const { w } = deck;
  const t = w.t.changes;
  const changes = deck.pack.changes;
  if (!changes) {
    const slide = addFramedSlide(deck, t.title);
    addParagraph(deck, slide, t.noComparison, CONTENT.y);
    return;
  }
  const since = w.fill(t.since, { label: clean(changes.fromLabel, 80), time: w.time(changes.fromTakenAt) });
  const fontSize = 12;
  const perLine = 95;
  const lineHeight = fontSize * 0.0175;
  const sentences = changes.sentences.map((s) => clean(s, 400));
  const { pages, leftOver } = paginate(sentences, (s) => linesOf(s, perLine) * lineHeight + 0.06, {
    budget: CONTENT_HEIGHT - MORE_LINE,
    firstBudget: CONTENT_HEIGHT - SUMMARY_HEIGHT - MORE_LINE,
    maxPages: MAX_CHANGE_SLIDES,
  });
  const slideCount = Math.max(1, pages.length);
  for (let index = 0; index < slideCount; index++) {
    const slide = addFramedSlide(deck, pageTitle(w.t.continued, t.title, index + 1, slideCount), since);
    let top = CONTENT.y;
    if (index === 0) {
      addSummaryTable(deck, slide, changes.diff.summary);
      top += SUMMARY_HEIGHT;
    }
    const page = pages[index] ?? [];
    if (page.length === 0) {
      addParagraph(deck, slide, t.none, top);
      continue;
    }
    const runs: PptxGenJS.TextProps[] = page.map((text) => ({
      text,
      options: { bullet: { indent: 12 }, breakLine: true, paraSpaceAfter: 4 },
    }));
    if (leftOver > 0 && index === slideCount - 1) {
      runs.push({ text: w.plural(t.more, leftOver), options: { italic: true, color: COLOURS.muted } });
    }
    slide.addText(runs, {
      x: CONTENT.x,
      y: top,
      w: CONTENT.w,
      h: CONTENT.bottom - top,
      fontFace: FONT,
      fontSize,
      color: COLOURS.ink,
      valign: 'top',
      fit: 'shrink',
      lang: w.locale,
    });
  }
}

function addSummaryTable(deck: Deck, slide: PptxGenJS.Slide, summary: DiffSummary): void {
  const { w } = deck;
  const rows: Cell[][] = [];
  for (let i = 0; i < SUMMARY_KEYS.length; i += 3) {
    rows.push(
      SUMMARY_KEYS.slice(i, i + 3).flatMap((key): Cell[] => [
        { text: w.t.changes.summary[key], options: { color: COLOURS.muted } },
        { text: w.count(summary[key]), options: { bold: true, align: 'right' } },
      ]),
    );
  }
  slide.addTable(rows, {
    x: CONTENT.x,
    y: CONTENT.y,
    w: CONTENT.w,
    colW: [2.3, 0.75, 2.3, 0.75, 2.3, 0.8],
    rowH: 0.28,
    fontFace: FONT,
    fontSize: 11,
    color: COLOURS.ink,
    border: { type: 'solid', pt: 0.5, color: COLOURS.rule },
    lang: w.locale,
  });
}

function addParagraph(deck: Deck, slide: PptxGenJS.Slide, text: string, top: number): void {
  slide.addText(clean(text), {
    x: CONTENT.x,
    y: top,
    w: CONTENT.w,
    h: 0.8,
    fontFace: FONT,
    fontSize: 14,
    color: COLOURS.ink,
    valign: 'top',
    lang: deck.w.locale,
  });
}

/** The EU key dates from today to six months ahead: who answers each, and the gaps in words. */
export function addDeadlineSlides(deck: Deck): void {
  const { w } = deck;
  const t = w.t.deadlines;
  const dates = deck.pack.euDeadlines;
  const summary = w.plural(t.summary, dates.length, { gaps: w.count(dates.filter((d) => d.gap).length) });
  if (dates.length === 0) {
    addFramedSlide(deck, t.title, t.empty);
    return;
  }
  const fontSize = 10;
  const colW = [1.05, 1.1, 1.6, 4.05, 1.4];
  const body = dates.map((date) => deadlineRow(deck, date, fontSize));
  const header = headerRow([t.date, t.act, t.kind, t.initiatives, t.standing], fontSize);
  addTableSlides(deck, t.title, summary, header, body, colW, fontSize, MAX_DEADLINE_SLIDES, (count) =>
    w.plural(t.moreDates, count),
  );
}

function deadlineRow(deck: Deck, date: RadarDate, fontSize: number): Row {
  const { w } = deck;
  const t = w.t.deadlines;
  const kind = clean(date.label ? pickLocalized(date.label, w.language).text : t.kinds[date.kind], 60);
  const lines = date.answering
    .slice(0, NAMED_PER_DEADLINE)
    .map((i) => `${clean(pickLocalized(i.title, w.language).text, 48)} (${i.leadMinistry})`);
  const unnamed = date.answeringShown - lines.length;
  const hidden = date.answeringTotal - date.answeringShown;
  const rest = [
    ...(unnamed > 0 ? [w.plural(t.moreInitiatives, unnamed)] : []),
    ...(hidden > 0 ? [w.plural(t.hidden, hidden)] : []),
  ];
  if (rest.length > 0) lines.push(rest.join('; '));
  if (lines.length === 0) lines.push(t.none);
  const standing = t.states[date.gap ? 'gap' : date.state];
  const act = clean(date.act.shortName, 40);
  const height = Math.max(
    lines.reduce((sum, line) => sum + linesOf(line, 54), 0),
    linesOf(kind, 21),
    linesOf(standing, 19),
    linesOf(act, 13),
  );
  return {
    cells: [
      { text: w.date(date.date) },
      { text: act, options: { bold: true } },
      { text: kind },
      {
        text: lines.map((text, index) => ({
          text,
          options: index < lines.length - 1 ? { breakLine: true } : {},
        })),
      },
      { text: standing, options: date.gap ? { bold: true } : {} },
    ],
    height: rowHeight(height, fontSize),
  };
}
