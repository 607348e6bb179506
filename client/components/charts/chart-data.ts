import type { SeriesStyle } from '../../../shared/chart-palette.ts';

/** A series of a bar chart: a key, its name in the UI language and its colour and pattern. */
export interface ChartSeries {
  key: string;
  label: string;
  style: SeriesStyle;
}

/** A bar: its category, its value per series, and where each segment (or the whole bar) leads. */
export interface ChartRow {
  key: string;
  label: string;
  values: Record<string, number>;
  /** The list this segment's initiatives are in; null when no list can select exactly them. */
  href(seriesKey: string): string | null;
  /** The list of the whole bar. */
  rowHref: string;
}

export const rowTotal = (row: ChartRow) => Object.values(row.values).reduce((sum, n) => sum + n, 0);

/** The series some bar has a value of: empty series stay out of the legend and the table. */
export function seriesInUse(rows: readonly ChartRow[], series: readonly ChartSeries[]): ChartSeries[] {
  return series.filter((s) => rows.some((row) => (row.values[s.key] ?? 0) > 0));
}
