import type { MouseEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { type ChartRow, type ChartSeries, seriesInUse } from './chart-data.ts';
import { patternId } from './PatternDefs.tsx';

const BAR_HEIGHT = 28;

interface SegmentProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: { row: ChartRow };
}

/**
 * Horizontal bars, one per row, stacked by series. Every segment is a link to the list of its
 * initiatives (reachable by Tab, named in words: "LVM, käynnissä: 12"); the app's router takes
 * the click. Colour and pattern come from the series; the figure around it says the same in a
 * sentence and a table.
 */
export function StackedBars({
  rows,
  series,
  format,
  segmentLabel,
  onOpen,
}: {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  format: (value: number) => string;
  segmentLabel: (row: ChartRow, series: ChartSeries, value: number) => string;
  onOpen: (href: string) => void;
}) {
  const shown = seriesInUse(rows, series);
  const data = rows.map((row) => ({
    row,
    label: row.label,
    ...Object.fromEntries(shown.map((s) => [`s_${s.key}`, row.values[s.key] ?? 0])),
  }));
  const longest = Math.max(...rows.map((row) => row.label.length), 4);
  const open = (href: string) => (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(href);
  };
  return (
    <div className="chart-frame">
      {/* At most the frame's width on a 320 px screen (254 px), so its last tick is not scrolled away. */}
      <ResponsiveContainer width="100%" height={rows.length * (BAR_HEIGHT + 12) + 48} minWidth={240}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#c8cdd0" />
          <XAxis type="number" tickFormatter={format} stroke="#5f686d" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="label"
            width={Math.min(200, 8 + longest * 7)}
            stroke="#5f686d"
            interval={0}
          />
          {shown.map((s) => (
            <Bar
              key={s.key}
              dataKey={`s_${s.key}`}
              stackId="bars"
              barSize={BAR_HEIGHT}
              isAnimationActive={false}
              shape={(props: SegmentProps) => {
                const { x = 0, y = 0, width = 0, height = 0, payload } = props;
                const row = payload?.row;
                const value = row?.values[s.key] ?? 0;
                if (!row || value <= 0 || width <= 0) return <g />;
                const rect = (
                  <rect
                    x={x}
                    y={y}
                    width={width}
                    height={height}
                    fill={`url(#${patternId(s.style)})`}
                    stroke="#ffffff"
                    strokeWidth={1}
                  />
                );
                const href = row.href(s.key);
                const label = segmentLabel(row, s, value);
                if (!href)
                  return (
                    <g>
                      <title>{label}</title>
                      {rect}
                    </g>
                  );
                return (
                  <a href={href} aria-label={label} className="chart-segment" onClick={open(href)}>
                    <title>{label}</title>
                    {rect}
                  </a>
                );
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
