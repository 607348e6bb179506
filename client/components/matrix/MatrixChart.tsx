import { type MouseEvent, useCallback, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import type { HealthRating } from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { Criterion } from '../../../shared/scoring.ts';
import { MAX_SCORE, MIN_SCORE } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { type MatrixPoint, MIDPOINT, QUADRANTS, quadrantArea } from './matrix-points.ts';

const DOMAIN: [number, number] = [MIN_SCORE - 0.5, MAX_SCORE + 0.5];
const TICKS = [1, 2, 3, 4, 5];
const RADIUS = 7;

/** The health colours of styles.css, on SVG where CSS variables reach through `style`. */
const COLOUR: Record<HealthRating, string> = {
  green: 'var(--color-green)',
  amber: 'var(--color-amber)',
  red: 'var(--color-red)',
  not_assessed: 'var(--color-muted)',
};

/** The same shapes as the health badges (● ▲ ■ ○), so the rating never rests on colour alone. */
export function HealthSymbol({
  rating,
  x = 0,
  y = 0,
  r = RADIUS,
}: {
  rating: HealthRating;
  x?: number;
  y?: number;
  r?: number;
}) {
  const style = { fill: rating === 'not_assessed' ? '#fff' : COLOUR[rating], stroke: COLOUR[rating] };
  if (rating === 'amber') {
    const h = r * 1.2;
    return (
      <path
        d={`M${x} ${y - h} L${x + h} ${y + h * 0.8} L${x - h} ${y + h * 0.8} Z`}
        style={{ ...style, stroke: '#212121' }}
        strokeWidth={1}
      />
    );
  }
  if (rating === 'red') {
    return (
      <rect
        x={x - r * 0.9}
        y={y - r * 0.9}
        width={r * 1.8}
        height={r * 1.8}
        style={{ ...style, stroke: '#212121' }}
        strokeWidth={1}
      />
    );
  }
  return <circle cx={x} cy={y} r={r} style={style} strokeWidth={rating === 'not_assessed' ? 2.5 : 1} />;
}

interface Active {
  point: MatrixPoint;
  cx: number;
  cy: number;
}

/**
 * The scatter: a point per initiative at its two scores (spread within the cell), labelled
 * quadrants, and one focusable link per point in reading order. Hover and focus show the same
 * tooltip; a click or Enter opens the initiative.
 */
export function MatrixChart({
  points,
  xCriterion,
  yCriterion,
  pointLabel,
  onOpen,
}: {
  points: MatrixPoint[];
  xCriterion: Criterion;
  yCriterion: Criterion;
  pointLabel: (point: MatrixPoint) => string;
  onOpen: (id: string) => void;
}) {
  const { t, language } = useI18n();
  const [active, setActive] = useState<Active | null>(null);
  const xName = pickLocalized(xCriterion.name, language).text;
  const yName = pickLocalized(yCriterion.name, language).text;
  // The latest callbacks, read when used: the chart below is built once per data, not per hover.
  const frame = useRef<HTMLDivElement>(null);
  const latest = useRef({ onOpen, pointLabel });
  latest.current = { onOpen, pointLabel };
  // A render function that Recharts calls per point. It never changes, and neither does the
  // chart built with it, so showing a tooltip re-renders no point and keyboard focus stays put.
  const renderPoint = useCallback((props: { cx?: number; cy?: number; payload?: MatrixPoint }) => {
    const { cx, cy, payload } = props;
    if (cx === undefined || cy === undefined || !payload) return <g />;
    const show = () => setActive({ point: payload, cx, cy });
    const hide = () => setActive((current) => (current?.point.id === payload.id ? null : current));
    const open = (event: MouseEvent) => {
      // A real link for the browser and assistive technology; the app's router takes the click.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      latest.current.onOpen(payload.id);
    };
    return (
      <a
        href={`/initiatives/${payload.id}`}
        aria-label={latest.current.pointLabel(payload)}
        className="matrix-point"
        onClick={open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setActive(null);
        }}
        onFocus={show}
        onBlur={hide}
        onMouseEnter={show}
        onMouseLeave={hide}
      >
        <circle className="matrix-point__ring" cx={cx} cy={cy} r={payload.radius + 5} fill="transparent" />
        <HealthSymbol rating={payload.health} x={cx} y={cy} r={payload.radius} />
      </a>
    );
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: language is what the point labels (read through `latest`) follow.
  const chart = useMemo(
    () => (
      <ResponsiveContainer width="100%" height={560}>
        <ScatterChart margin={{ top: 24, right: 24, bottom: 48, left: 24 }} accessibilityLayer={false}>
          {QUADRANTS.map((quadrant) => {
            const area = quadrantArea(quadrant, xCriterion.direction, yCriterion.direction);
            const top = area.y2 > MIDPOINT;
            const right = area.x2 > MIDPOINT;
            return (
              <ReferenceArea
                key={quadrant}
                {...area}
                fill={quadrant === 'quickWins' ? '#e6f4ef' : quadrant === 'moneyPits' ? '#fbeaee' : '#f6f6f7'}
                fillOpacity={1}
                ifOverflow="visible"
                label={{
                  value: t(`scoring.matrix.quadrant.${quadrant}`),
                  position: `inside${top ? 'Top' : 'Bottom'}${right ? 'Right' : 'Left'}`,
                  fill: '#212121',
                  fontWeight: 600,
                  fontSize: 15,
                }}
              />
            );
          })}
          <CartesianGrid strokeDasharray="3 3" />
          <ReferenceLine x={MIDPOINT} stroke="#5f686d" />
          <ReferenceLine y={MIDPOINT} stroke="#5f686d" />
          <XAxis
            type="number"
            dataKey="plotX"
            domain={DOMAIN}
            ticks={TICKS}
            allowDataOverflow
            name={xName}
            label={{
              value: `${xName} (${t(`scoring.direction.${xCriterion.direction}`)})`,
              position: 'bottom',
              offset: 16,
            }}
          />
          <YAxis
            type="number"
            dataKey="plotY"
            domain={DOMAIN}
            ticks={TICKS}
            allowDataOverflow
            name={yName}
            width={56}
            label={{
              value: `${yName} (${t(`scoring.direction.${yCriterion.direction}`)})`,
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Scatter data={points} shape={renderPoint} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    ),
    [points, xCriterion, yCriterion, xName, yName, renderPoint, t, language],
  );
  return (
    <div className="matrix-chart" ref={frame}>
      {chart}
      {active && (
        <div
          className="matrix-tooltip"
          role="tooltip"
          // On the right half it opens leftwards, so it never runs off a narrow screen.
          style={
            active.cx > (frame.current?.clientWidth ?? 0) / 2
              ? { left: active.cx - 14, top: active.cy + 10, transform: 'translateX(-100%)' }
              : { left: active.cx + 14, top: active.cy + 10 }
          }
        >
          <strong>{pickLocalized(active.point.title, language).text}</strong>
          {xName}: {active.point.x} · {yName}: {active.point.y}
          <br />
          {active.point.quadrant
            ? t(`scoring.matrix.quadrant.${active.point.quadrant}`)
            : t('scoring.matrix.quadrant.boundary')}{' '}
          · {t(`codes.health.${active.point.health}`)}
        </div>
      )}
    </div>
  );
}
