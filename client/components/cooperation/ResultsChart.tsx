import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BenchmarkResult } from '../../../shared/benchmark.ts';
import type { SeriesStyle } from '../../../shared/chart-palette.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ChartFigure } from '../charts/ChartFigure.tsx';
import { PatternDefs } from '../charts/PatternDefs.tsx';
import { formatRank, formatResult, formatScore } from './format.ts';

const SCORE_STYLE: SeriesStyle = { colour: '#0072b2', pattern: 'solid' };
const RANK_STYLE: SeriesStyle = { colour: '#d55e00', pattern: 'solid' };

/**
 * Finland's results edition by edition: the score as a line, the rank as a dashed line on its own
 * axis with 1 at the top (a better rank reads as higher), and the same figures as a table.
 */
export function ResultsChart({
  results,
  scale,
}: {
  results: readonly BenchmarkResult[];
  scale: string | null;
}) {
  const { t, language, formatDate } = useI18n();
  const hasScore = results.some((r) => r.score !== null);
  const hasRank = results.some((r) => r.rank !== null);
  const series = [
    ...(hasScore
      ? [{ key: 'score', label: t('cooperation.benchmark.scoreSeries'), style: SCORE_STYLE }]
      : []),
    ...(hasRank ? [{ key: 'rank', label: t('cooperation.benchmark.rankSeries'), style: RANK_STYLE }] : []),
  ];
  const first = results[0];
  const last = results.at(-1);
  const summary =
    !first || !last
      ? t('cooperation.benchmark.chartSummaryNone')
      : t(hasScore ? 'cooperation.benchmark.chartSummary' : 'cooperation.benchmark.chartSummaryRankOnly', {
          count: results.length,
          first: first.edition,
          last: last.edition,
          latest: `${last.edition}: ${formatResult(last, scale, language, t)}`,
        });
  const maxRank = Math.max(1, ...results.map((r) => r.rankOf ?? r.rank ?? 1));
  const data = results.map((r) => ({ edition: r.edition, score: r.score, rank: r.rank, result: r }));
  const table = (
    <div className="table-scroll">
      <table className="chart-table">
        <caption className="visually-hidden">{t('cooperation.benchmark.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cooperation.field.edition')}</th>
            <th scope="col">{t('cooperation.field.publishedOn')}</th>
            <th scope="col">{t('cooperation.field.score')}</th>
            <th scope="col">{t('cooperation.field.rank')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.edition}</th>
              <td>{r.publishedOn ? formatDate(r.publishedOn) : '–'}</td>
              <td>{r.score === null ? '–' : formatScore(r.score, language)}</td>
              <td>{formatRank(r, t) ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartFigure
      id="benchmark-results-chart"
      title={t('cooperation.benchmark.chartTitle')}
      summary={summary}
      series={series}
      table={table}
      chart={
        results.length === 0 ? null : (
          <div className="chart-frame">
            <PatternDefs styles={[SCORE_STYLE, RANK_STYLE]} />
            <ResponsiveContainer width="100%" height={300} minWidth={280}>
              <LineChart
                data={data}
                margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
                accessibilityLayer={false}
              >
                <CartesianGrid stroke="#c8cdd0" vertical={false} />
                <XAxis dataKey="edition" stroke="#5f686d" />
                {hasScore && (
                  <YAxis
                    yAxisId="score"
                    stroke={SCORE_STYLE.colour}
                    domain={['auto', 'auto']}
                    tickFormatter={(v: number) => formatScore(v, language)}
                    width={56}
                  />
                )}
                {hasRank && (
                  <YAxis
                    yAxisId="rank"
                    orientation="right"
                    reversed
                    allowDecimals={false}
                    domain={[1, Math.min(maxRank, Math.max(10, ...results.map((r) => (r.rank ?? 1) + 2)))]}
                    stroke={RANK_STYLE.colour}
                    width={40}
                  />
                )}
                <Tooltip
                  formatter={(value, name) =>
                    name === 'rank'
                      ? [String(value), t('cooperation.field.rank')]
                      : [formatScore(Number(value), language), t('cooperation.field.score')]
                  }
                />
                {hasScore && (
                  <Line
                    yAxisId="score"
                    dataKey="score"
                    name="score"
                    stroke={SCORE_STYLE.colour}
                    strokeWidth={3}
                    dot={{ r: 5 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                )}
                {hasRank && (
                  <Line
                    yAxisId="rank"
                    dataKey="rank"
                    name="rank"
                    stroke={RANK_STYLE.colour}
                    strokeWidth={2}
                    strokeDasharray="6 4"
                    dot={{ r: 4 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                )}
              </LineChart>
            </ResponsiveContainer>
          </div>
        )
      }
    />
  );
}
