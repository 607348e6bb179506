import { type ReactNode, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ChartSeries } from './chart-data.ts';
import { Swatch } from './PatternDefs.tsx';

/**
 * A chart with what WCAG asks around it: a name, a one-sentence summary, a legend in words, and
 * "show as table" for the same figures. The toggle says its state (aria-pressed).
 */
export function ChartFigure({
  id,
  title,
  summary,
  series,
  controls,
  chart,
  table,
}: {
  id: string;
  title: string;
  summary: string;
  series: readonly ChartSeries[];
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart-figure__title">
          {title}
        </h3>
        <p id={`${id}-summary`}>{summary}</p>
      </figcaption>
      <div className="chart-figure__tools">
        {controls}
        <Button variant="secondary" aria-pressed={asTable} onClick={() => setAsTable((was) => !was)}>
          {t('overview.showTable')}
        </Button>
      </div>
      {asTable ? (
        table
      ) : (
        <>
          {series.length > 1 && (
            <ul className="chart-legend" aria-label={t('overview.legend')}>
              {series.map((s) => (
                <li key={s.key}>
                  <Swatch style={s.style} /> {s.label}
                </li>
              ))}
            </ul>
          )}
          {chart}
        </>
      )}
    </figure>
  );
}
