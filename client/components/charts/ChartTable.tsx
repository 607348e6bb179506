import { Link } from 'react-router';
import { type ChartRow, type ChartSeries, rowTotal, seriesInUse } from './chart-data.ts';

/** The chart as a table: a row per bar, a column per series and the total, each figure a link to its list. */
export function ChartTable({
  caption,
  categoryHeading,
  totalHeading,
  rows,
  series,
  format,
}: {
  caption: string;
  categoryHeading: string;
  totalHeading: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  format: (value: number) => string;
}) {
  const shown = seriesInUse(rows, series);
  const showTotal = shown.length > 1;
  return (
    <div className="table-scroll">
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeading}</th>
            {shown.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            {showTotal && <th scope="col">{totalHeading}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {shown.map((s) => {
                const value = row.values[s.key] ?? 0;
                const href = row.href(s.key);
                return (
                  <td key={s.key}>
                    {value > 0 && href ? <Link to={href}>{format(value)}</Link> : format(value)}
                  </td>
                );
              })}
              {showTotal && (
                <td>
                  <Link to={row.rowHref}>{format(rowTotal(row))}</Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
