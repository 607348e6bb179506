/**
 * The PDF meeting pack: one A4 document of the picture a meeting looks at — the cover (what
 * picture, of when, by whom, under which filters), the key figures, the overview's charts, the
 * top of each priority tier, the needs-attention list, what changed since the compared snapshot
 * the EU deadlines of the next six months and international cooperation — with the page number, the snapshot's checksum
 * and the day in every footer. Pure over the SlidesPack (shared/meeting-pack.ts): it queries
 * nothing. Text is real text in the embedded Source Sans 3, so it can be selected and searched.
 * Every list is the pack's bounded one.
 */
import PDFDocument from 'pdfkit';
import type { AttentionReason } from '../../shared/attention.ts';
import { HEALTH_STYLES, STATUS_STYLES } from '../../shared/chart-palette.ts';
import { codeLabel } from '../../shared/code-labels.ts';
import { HEALTH_RATINGS, STATUSES } from '../../shared/codes.ts';
import { pickLocalized } from '../../shared/localized-text.ts';
import type { SlidesPack } from '../../shared/meeting-pack.ts';
import { MINISTRY_NAMES } from '../../shared/ministry.ts';
import type { MinistryFigures } from '../../shared/overview.ts';
import {
  attentionReasonText,
  fill,
  formatDate,
  formatDateTime,
  formatEuros,
  formatNumber,
  PACK_TEXTS,
  type PackTexts,
  plural,
} from './pack-texts.ts';
import { stackedBarChart } from './pdf-charts.ts';
import { cooperationChapter } from './pdf-cooperation.ts';
import { BODY, COLOURS, PdfFlow, SMALL } from './pdf-layout.ts';
import { attentionChapter, changesChapter, deadlinesChapter, tiersChapter } from './pdf-lists.ts';
import { table } from './pdf-table.ts';

/** What a caller may word differently from the pack's own texts. */
export interface PdfSentences {
  /** A needs-attention reason in words, in the pack's language. */
  attentionReason(reason: AttentionReason): string;
}

/** What every chapter is given: the pack, its words, and the flow to draw into. */
export interface Chapter {
  flow: PdfFlow;
  pack: SlidesPack;
  texts: PackTexts;
  sentences: PdfSentences;
  title: (text: { fi: string; sv?: string | null; en?: string | null }) => string;
  number: (value: number) => string;
  date: (isoDate: string | null) => string;
}

const MARGINS = { top: 54, bottom: 66, left: 54, right: 54 };

/** The pack as an A4 PDF in the pack's language. */
export async function renderPdf(pack: SlidesPack, sentences: Partial<PdfSentences> = {}): Promise<Buffer> {
  const { language } = pack;
  const texts = PACK_TEXTS[language];
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${texts.packTitle}: ${pack.label}`,
      Author: pack.generatedBy,
      Subject: pack.source.kind === 'snapshot' ? pack.source.checksum : texts.footer.live,
      Creator: 'digisalkku',
      CreationDate: new Date(pack.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const flow = new PdfFlow(doc);
  const chapter: Chapter = {
    flow,
    pack,
    texts,
    sentences: { attentionReason: (reason) => attentionReasonText(language, reason), ...sentences },
    title: (text) => pickLocalized(text, language).text,
    number: (value) => formatNumber(language, value),
    date: (isoDate) => formatDate(language, isoDate),
  };

  const contents = cover(chapter);
  const chapters: { title: string; page: number }[] = [];
  const begin = (title: string) => {
    flow.newPage();
    chapters.push({ title, page: doc.bufferedPageRange().count });
    flow.heading(title, 1);
  };
  begin(texts.kpi.title);
  keyFigures(chapter);
  begin(texts.charts.title);
  charts(chapter);
  begin(texts.tiers.title);
  tiersChapter(chapter);
  begin(texts.attention.title);
  attentionChapter(chapter);
  begin(texts.changes.title);
  changesChapter(chapter);
  begin(texts.deadlines.title);
  deadlinesChapter(chapter);
  begin(texts.cooperation.title);
  cooperationChapter(chapter);

  contents(chapters);
  flow.footers((page, pages) => ({
    left: [
      `${pack.label} · ${fill(texts.footer.figuresOf, { date: chapter.date(pack.today) })}`,
      pack.source.kind === 'snapshot'
        ? fill(texts.footer.checksum, { checksum: pack.source.checksum })
        : texts.footer.live,
    ],
    right: fill(texts.footer.page, { page: chapter.number(page), pages: chapter.number(pages) }),
  }));
  doc.end();
  return ended;
}

/** The cover; returns the function that writes its table of contents once the pages are known. */
function cover(ch: Chapter): (chapters: { title: string; page: number }[]) => void {
  const { flow, pack, texts } = ch;
  const { cover: words } = texts;
  flow.y = flow.top + 40;
  flow.paragraph(`digisalkku · ${texts.packTitle}`, { size: 12, weight: 'bold', colour: COLOURS.accent });
  flow.paragraph(pack.label, { size: 26, weight: 'bold' }, { after: 6 });
  const source = pack.source;
  flow.paragraph(
    source.kind === 'snapshot'
      ? fill(words.snapshot, { time: formatDateTime(pack.language, source.takenAt) })
      : fill(words.now, { date: ch.date(pack.today) }),
    { size: 13 },
    { after: 18 },
  );
  const rows: [string, string][] = [];
  if (source.kind === 'snapshot') rows.push([words.takenBy, source.takenBy]);
  rows.push(
    [words.figuresOf, ch.date(pack.today)],
    [words.filters, pack.filterWords.length > 0 ? pack.filterWords.join(', ') : words.noFilters],
    [words.initiatives, ch.number(pack.overview.total)],
    [
      words.comparedTo,
      pack.changes
        ? `${pack.changes.fromLabel} (${formatDateTime(pack.language, pack.changes.fromTakenAt)})`
        : words.noComparison,
    ],
    [words.madeBy, pack.generatedBy],
    [words.madeAt, formatDateTime(pack.language, pack.generatedAt)],
    [words.checksum, source.kind === 'snapshot' ? source.checksum : words.nowNote],
  );
  flow.pairs(rows, 150, { size: 10.5 });

  // Room for the contents, written when the chapters' pages are known.
  const lineHeight = flow.lineHeight({ size: 10.5 });
  flow.y += 18;
  // Seven chapters.
  flow.ensure(24 + 7 * lineHeight);
  const page = ch.flow.doc.bufferedPageRange().count - 1;
  const top = flow.y;
  return (chapters) => {
    flow.doc.switchToPage(page);
    flow.drawLine(words.contents, flow.left, top, { size: 13, weight: 'bold' });
    chapters.forEach((entry, i) => {
      const y = top + 22 + i * lineHeight;
      flow.drawLine(entry.title, flow.left, y, { size: 10.5 });
      flow.drawLine(ch.number(entry.page), flow.right, y, { size: 10.5 }, 'right');
    });
  };
}

interface Tile {
  label: string;
  value: string;
  detail?: string;
}

/** Key-figure tiles, three to a row. */
function tiles(flow: PdfFlow, items: readonly Tile[]): void {
  const gap = 10;
  const width = (flow.width - 2 * gap) / 3;
  const height = 66;
  items.forEach((tile, i) => {
    const column = i % 3;
    if (column === 0 && i > 0) flow.y += height + gap;
    if (column === 0) flow.ensure(height);
    const x = flow.left + column * (width + gap);
    const y = flow.y;
    flow.doc
      .save()
      .roundedRect(x, y, width, height, 3)
      .lineWidth(0.6)
      .strokeColor(COLOURS.rule)
      .stroke()
      .restore();
    const labelStyle = { size: 8.5, colour: COLOURS.muted };
    const label = flow.wrap(tile.label, labelStyle, width - 16).slice(0, 2);
    label.forEach((line, n) => {
      flow.drawLine(line, x + 8, y + 6 + n * flow.lineHeight(labelStyle), labelStyle);
    });
    flow.drawLine(tile.value, x + 8, y + 28, { size: 18, weight: 'bold' });
    if (tile.detail) {
      const detail = flow.wrap(tile.detail, SMALL, width - 16)[0] ?? '';
      flow.drawLine(detail, x + 8, y + 51, SMALL);
    }
  });
  flow.y += height + 16;
}

function keyFigures(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const { kpi } = texts;
  const { language } = pack;
  const o = pack.overview;
  const n = ch.number;
  flow.paragraph(`${texts.cover.figuresOf} ${ch.date(o.today)}`, SMALL);
  tiles(flow, [
    { label: kpi.total, value: n(o.total) },
    { label: kpi.attention, value: n(pack.attentionTotal), detail: kpi.attentionNote },
    { label: kpi.late, value: n(o.late), detail: kpi.lateNote },
    {
      label: kpi.ministryRed,
      value: n(o.health.ministry.red),
      detail: plural(language, kpi.amber, { count: o.health.ministry.amber }),
    },
    {
      label: kpi.digitoimistoRed,
      value: n(o.health.digitoimisto.red),
      detail: plural(language, kpi.amber, { count: o.health.digitoimisto.amber }),
    },
    {
      label: kpi.euDeadlines,
      value: n(o.euDeadlines.within),
      detail: plural(language, kpi.euOverdue, { count: o.euDeadlines.overdue }),
    },
    {
      label: kpi.milestones,
      value: n(o.overdueMilestones.milestones),
      detail: plural(language, kpi.milestonesIn, { count: o.overdueMilestones.initiatives }),
    },
    {
      label: kpi.budget,
      value: formatEuros(language, o.budget.totalCents),
      detail: plural(language, kpi.withBudget, { count: o.budget.withBudget }),
    },
    {
      label: kpi.quality,
      value: n(o.quality.flagged),
      detail: plural(language, kpi.qualityNote, { count: o.quality.flagged }),
    },
  ]);
  const share = (count: number) => (o.total > 0 ? `${n(Math.round((count / o.total) * 100))} %` : '–');
  flow.heading(kpi.byStatus, 2);
  table(
    flow,
    [
      { header: kpi.status, share: 0.5 },
      { header: kpi.total, share: 0.25, align: 'right' },
      { header: kpi.share, share: 0.25, align: 'right' },
    ],
    STATUSES.map((status) => [
      codeLabel(language, 'status', status),
      n(o.byStatus[status]),
      share(o.byStatus[status]),
    ]),
  );
  flow.heading(kpi.byHealth, 2);
  table(
    flow,
    [
      { header: kpi.rating, share: 0.5 },
      { header: kpi.ministryOwn, share: 0.25, align: 'right' },
      { header: kpi.digitoimisto, share: 0.25, align: 'right' },
    ],
    HEALTH_RATINGS.map((rating) => [
      codeLabel(language, 'health', rating),
      n(o.health.ministry[rating]),
      n(o.health.digitoimisto[rating]),
    ]),
  );
}

function charts(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const { charts: words } = texts;
  const ministries = pack.overview.byMinistry;
  if (ministries.length === 0) {
    flow.paragraph(words.empty, BODY);
    return;
  }
  const common = {
    words: { legend: words.legend, rowHeading: words.ministry, total: words.total },
    formatNumber: ch.number,
  };
  const top = [...ministries].sort((a, b) => b.total - a.total)[0] as MinistryFigures;
  stackedBarChart(flow, {
    ...common,
    title: words.byMinistry,
    summary: plural(pack.language, words.byMinistrySummary, {
      count: pack.overview.total,
      ministries: ch.number(ministries.length),
      top: `${top.ministry} (${MINISTRY_NAMES[top.ministry][pack.language]})`,
      topCount: ch.number(top.total),
    }),
    series: STATUSES.map((status) => ({
      label: codeLabel(pack.language, 'status', status),
      style: STATUS_STYLES[status],
    })),
    rows: ministries.map((m) => ({ label: m.ministry, values: STATUSES.map((s) => m.byStatus[s]) })),
  });
  for (const whose of ['digitoimistoHealth', 'ministryHealth'] as const) {
    const red = ministries.reduce((sum, m) => sum + m[whose].red, 0);
    const amber = ministries.reduce((sum, m) => sum + m[whose].amber, 0);
    const worst = [...ministries].sort((a, b) => b[whose].red - a[whose].red)[0] as MinistryFigures;
    stackedBarChart(flow, {
      ...common,
      title: words[whose],
      summary:
        red > 0
          ? fill(words.healthSummary, {
              red: ch.number(red),
              amber: ch.number(amber),
              top: worst.ministry,
              topCount: ch.number(worst[whose].red),
            })
          : fill(words.healthSummaryNoRed, { amber: ch.number(amber) }),
      series: HEALTH_RATINGS.map((rating) => ({
        label: codeLabel(pack.language, 'health', rating),
        style: HEALTH_STYLES[rating],
      })),
      rows: ministries.map((m) => ({ label: m.ministry, values: HEALTH_RATINGS.map((r) => m[whose][r]) })),
    });
  }
}
