/**
 * The PPTX pack's charts: native PowerPoint bar charts, stacked by status or health with the
 * lead ministries as categories. Native, so a secretariat can restyle them or edit their
 * figures in PowerPoint's own data sheet (pptxgenjs embeds the workbook behind each chart).
 * Series take the dashboard's palette (shared/chart-palette.ts); every series is
 * named in the legend and every segment carries its value, so no figure is told by colour alone.
 */
import { HEALTH_STYLES, STATUS_STYLES } from '../../shared/chart-palette.ts';
import { codeLabel } from '../../shared/code-labels.ts';
import { HEALTH_RATINGS, type HealthRating, STATUSES } from '../../shared/codes.ts';
import type { MinistryFigures } from '../../shared/overview.ts';
import { addFramedSlide, COLOURS, CONTENT, type Deck, FONT, hex } from './pptx-layout.ts';

interface Series {
  name: string;
  colour: string;
  values: number[];
}

/** Initiatives by lead ministry, stacked by lifecycle status. */
export function addStatusChartSlide(deck: Deck): void {
  const { w } = deck;
  const ministries = deck.pack.overview.byMinistry;
  const top = [...ministries].sort((a, b) => b.total - a.total)[0];
  const summary = top
    ? w.plural(w.t.statusChart.summary, deck.pack.overview.total, {
        ministries: w.count(ministries.length),
        top: top.ministry,
        topCount: w.count(top.total),
      })
    : w.t.noInitiatives;
  const slide = addFramedSlide(deck, w.t.statusChart.title, summary);
  if (!top) return;
  addStackedChart(deck, slide, w.t.statusChart.title, summary, ministries, [
    ...STATUSES.map((status) => ({
      name: codeLabel(w.language, 'status', status),
      colour: STATUS_STYLES[status].colour,
      values: ministries.map((m) => m.byStatus[status]),
    })),
  ]);
}

/** Health by lead ministry under one assessment: Digitoimisto's, or the ministry's own. */
export function addHealthChartSlide(deck: Deck, assessment: 'digitoimisto' | 'ministry'): void {
  const { w } = deck;
  const ministries = deck.pack.overview.byMinistry;
  const title =
    assessment === 'digitoimisto' ? w.t.healthChart.digitoimistoTitle : w.t.healthChart.ministryTitle;
  const ratings = (m: MinistryFigures): Record<HealthRating, number> =>
    assessment === 'digitoimisto' ? m.digitoimistoHealth : m.ministryHealth;
  const totals = deck.pack.overview.health[assessment];
  const worst = [...ministries].sort((a, b) => ratings(b).red - ratings(a).red)[0];
  const summary =
    ministries.length === 0
      ? w.t.noInitiatives
      : worst && totals.red > 0
        ? w.fill(w.t.healthChart.summary, {
            red: w.count(totals.red),
            amber: w.count(totals.amber),
            top: worst.ministry,
            topCount: w.count(ratings(worst).red),
          })
        : w.fill(w.t.healthChart.summaryNoRed, { amber: w.count(totals.amber) });
  const slide = addFramedSlide(deck, title, summary);
  if (ministries.length === 0) return;
  addStackedChart(
    deck,
    slide,
    title,
    summary,
    ministries,
    HEALTH_RATINGS.map((rating) => ({
      name: codeLabel(w.language, 'health', rating),
      colour: HEALTH_STYLES[rating].colour,
      values: ministries.map((m) => ratings(m)[rating]),
    })),
  );
}

function addStackedChart(
  deck: Deck,
  slide: ReturnType<typeof addFramedSlide>,
  title: string,
  summary: string,
  ministries: readonly MinistryFigures[],
  series: Series[],
): void {
  const labels = ministries.map((m) => m.ministry);
  slide.addChart(
    deck.pptx.ChartType.bar,
    series.map((s) => ({ name: s.name, labels, values: s.values })),
    {
      x: CONTENT.x,
      y: CONTENT.y,
      w: CONTENT.w,
      h: CONTENT.bottom - CONTENT.y,
      barDir: 'col',
      barGrouping: 'stacked',
      barGapWidthPct: 60,
      chartColors: series.map((s) => hex(s.colour)),
      showValue: true,
      // Positive values only; a zero segment gets no label (format: positive;negative;zero).
      dataLabelFormatCode: '#,##0;;;',
      dataLabelPosition: 'ctr',
      dataLabelColor: 'FFFFFF',
      dataLabelFontBold: true,
      dataLabelFontSize: 9,
      dataLabelFontFace: FONT,
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 11,
      legendFontFace: FONT,
      legendColor: COLOURS.ink,
      catAxisLabelFontSize: 11,
      catAxisLabelFontFace: FONT,
      catAxisLabelColor: COLOURS.ink,
      valAxisLabelFontSize: 10,
      valAxisLabelFontFace: FONT,
      valAxisLabelColor: COLOURS.muted,
      valAxisLabelFormatCode: '#,##0',
      valGridLine: { color: COLOURS.rule, size: 0.5 },
      lang: deck.w.locale,
      objectName: title,
      altText: `${title}. ${summary}`,
    },
  );
}
