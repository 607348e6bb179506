/**
 * The overview's charts in the PDF pack, drawn as vectors with pdfkit's primitives: horizontal
 * bars stacked by series, each series in the overview's colour and white pattern
 * (shared/chart-palette.ts, as on the page), named in a legend and given again in
 * a table of figures, so colour is never the only cue and the numbers can be read exactly.
 */
import type { Pattern, SeriesStyle } from '../../shared/chart-palette.ts';
import { BODY, COLOURS, type PdfFlow, SMALL, type TextStyle } from './pdf-layout.ts';
import { type Column, table } from './pdf-table.ts';

export interface ChartSeries {
  label: string;
  style: SeriesStyle;
}

export interface ChartRow {
  label: string;
  /** One value per series, in the series' order. */
  values: readonly number[];
}

export interface StackedBarChart {
  title: string;
  summary: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  words: { legend: string; rowHeading: string; total: string };
  /** A count as the pack's language writes it. */
  formatNumber: (value: number) => string;
}

const TILE = 6;
const BAR = 13;
const BAR_GAP = 6;

/** The series' colour with its white marks, clipped to the box (the page's PatternDefs, in PDF). */
export function patternBox(
  flow: PdfFlow,
  x: number,
  y: number,
  w: number,
  h: number,
  style: SeriesStyle,
): void {
  const { doc } = flow;
  doc.save();
  doc.rect(x, y, w, h).fill(style.colour);
  doc.rect(x, y, w, h).clip();
  const pattern: Pattern = style.pattern;
  const lines = (width: number, draw: () => void) => {
    draw();
    doc.lineWidth(width).strokeColor('#ffffff').stroke();
  };
  const slashes = (rising: boolean) => {
    for (let k = -h; k < w + h; k += TILE) {
      if (rising) doc.moveTo(x + k, y + h).lineTo(x + k + h, y);
      else doc.moveTo(x + k, y).lineTo(x + k + h, y + h);
    }
  };
  const across = () => {
    for (let row = y + TILE / 2; row < y + h; row += TILE) doc.moveTo(x, row).lineTo(x + w, row);
  };
  const down = () => {
    for (let column = x + TILE / 2; column < x + w; column += TILE)
      doc.moveTo(column, y).lineTo(column, y + h);
  };
  switch (pattern) {
    case 'solid':
      break;
    case 'diagonal':
      lines(1.1, () => slashes(true));
      break;
    case 'backslash':
      lines(1.1, () => slashes(false));
      break;
    case 'crosshatch':
      lines(0.75, () => {
        slashes(true);
        slashes(false);
      });
      break;
    case 'horizontal':
      lines(1.1, across);
      break;
    case 'vertical':
      lines(1.1, down);
      break;
    case 'grid':
      lines(0.75, () => {
        across();
        down();
      });
      break;
    case 'dots':
      for (let row = y + TILE / 2; row < y + h; row += TILE) {
        for (let column = x + TILE / 2; column < x + w; column += TILE) doc.circle(column, row, 1.2);
      }
      doc.fill('#ffffff');
      break;
  }
  doc.restore();
  doc.save().rect(x, y, w, h).lineWidth(0.5).strokeColor(style.colour).stroke().restore();
}

/** A round step for the axis: 1, 2 or 5 times a power of ten, about four to a chart. */
function axisStep(max: number): number {
  if (max <= 4) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return step ?? 10 * power;
}

/** The legend: swatch and name of each series, with its total, in rows as wide as the page. */
function legend(flow: PdfFlow, chart: StackedBarChart, totals: readonly number[]): void {
  const style: TextStyle = { size: 8.5 };
  const height = flow.lineHeight(style) + 3;
  flow.drawLine(`${chart.words.legend}:`, flow.left, flow.y, { ...style, weight: 'bold' });
  let x = flow.left + flow.measure(`${chart.words.legend}:`, { ...style, weight: 'bold' }) + 8;
  chart.series.forEach((series, i) => {
    const text = `${series.label} (${chart.formatNumber(totals[i] ?? 0)})`;
    const width = 16 + 4 + flow.measure(text, style) + 12;
    if (x + width > flow.right) {
      flow.y += height;
      x = flow.left;
    }
    patternBox(flow, x, flow.y + 1, 16, 9, series.style);
    flow.drawLine(text, x + 20, flow.y, style);
    x += width;
  });
  flow.y += height + 4;
}

/** Title, summary, legend, bars and the table of figures, the chart itself kept on one page. */
export function stackedBarChart(flow: PdfFlow, chart: StackedBarChart): void {
  flow.heading(chart.title, 2, 120);
  flow.paragraph(chart.summary, BODY);
  const totals = chart.series.map((_, i) => chart.rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0));
  const rowTotals = chart.rows.map((row) => row.values.reduce((sum, v) => sum + v, 0));
  const labelStyle: TextStyle = { size: 8.5, weight: 'bold' };
  const labelWidth = Math.max(36, ...chart.rows.map((row) => flow.measure(row.label, labelStyle) + 8));
  const totalWidth = 40;
  const barWidth = flow.width - labelWidth - totalWidth;
  const max = Math.max(1, ...rowTotals);
  const step = axisStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const scale = barWidth / axisMax;
  const barsHeight = chart.rows.length * (BAR + BAR_GAP);
  flow.ensure(40 + barsHeight + 24);
  legend(flow, chart, totals);

  const top = flow.y;
  const x0 = flow.left + labelWidth;
  // The grid and the axis first, under the bars.
  for (let tick = 0; tick <= axisMax; tick += step) {
    const x = x0 + tick * scale;
    flow.doc
      .save()
      .moveTo(x, top)
      .lineTo(x, top + barsHeight)
      .lineWidth(tick === 0 ? 0.8 : 0.4)
      .strokeColor(tick === 0 ? COLOURS.muted : COLOURS.rule)
      .stroke()
      .restore();
    const label = chart.formatNumber(tick);
    flow.drawLine(label, x - flow.measure(label, SMALL) / 2, top + barsHeight + 3, SMALL);
  }
  chart.rows.forEach((row, r) => {
    const y = top + r * (BAR + BAR_GAP) + BAR_GAP / 2;
    flow.drawLine(row.label, flow.left, y + (BAR - 8.5 * 1.3) / 2 + 1, labelStyle);
    let x = x0;
    row.values.forEach((value, i) => {
      const series = chart.series[i];
      if (!series || value <= 0) return;
      patternBox(flow, x, y, value * scale, BAR, series.style);
      x += value * scale;
    });
    flow.drawLine(chart.formatNumber(rowTotals[r] ?? 0), x + 4, y + (BAR - 8.5 * 1.3) / 2 + 1, { size: 8.5 });
  });
  flow.y = top + barsHeight + 18;

  // The same figures as a table: the exact values, and the chart for who cannot see it.
  const share = 1 / (chart.series.length + 2);
  const columns: Column[] = [
    { header: chart.words.rowHeading, share },
    ...chart.series.map((series) => ({ header: series.label, share, align: 'right' as const })),
    { header: chart.words.total, share, align: 'right' },
  ];
  const rows = chart.rows.map((row, r) => [
    { text: row.label, bold: true },
    ...row.values.map((value) => chart.formatNumber(value)),
    { text: chart.formatNumber(rowTotals[r] ?? 0), bold: true },
  ]);
  rows.push([
    { text: chart.words.total, bold: true },
    ...totals.map((total) => ({ text: chart.formatNumber(total), bold: true })),
    { text: chart.formatNumber(rowTotals.reduce((a, b) => a + b, 0)), bold: true },
  ]);
  table(flow, columns, rows, { size: 8.5 });
}
