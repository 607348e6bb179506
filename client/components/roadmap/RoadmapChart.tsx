import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import type { Status } from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import {
  barSpan,
  dayPosition,
  type RoadmapGroup,
  type RoadmapInitiative,
  type RoadmapMilestone,
  type RoadmapView,
} from '../../../shared/roadmap.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { barName, milestoneText, type RoadmapTextContext, tickLabels } from './roadmap-text.ts';

const pct = (share: number) => `${(share * 100).toFixed(3)}%`;

/**
 * The Gantt: an axis of the visible range, then a section per group with its heading and a list
 * of rows. Each row is one link to the initiative (its name says title, dates, status and the
 * overdue milestones) holding the title, the status in words and an SVG plot of the bar and its
 * milestones. Positions are shares of the range (shared/roadmap.ts) written as SVG percentages,
 * so the drawing follows the container's width with nothing measured. Tab order is the reading
 * order: group by group, each by start date.
 */
export function RoadmapChart({
  groups,
  view,
  today,
  groupName,
}: {
  groups: readonly RoadmapGroup[];
  view: RoadmapView;
  today: string;
  groupName: (key: string | null) => string;
}) {
  const { t, formatDate, language } = useI18n();
  // Stable while the language is: the groups below re-render only when their own data or the view change.
  const ctx = useMemo<RoadmapTextContext>(() => ({ t, formatDate, language }), [t, formatDate, language]);
  const todayAt = dayPosition(today, view.range);
  return (
    <div className="roadmap-scroll" data-scroll-region="x">
      <div className="roadmap">
        <div className="roadmap-axis" aria-hidden="true">
          <div className="roadmap-axis__corner" />
          <svg className="roadmap-axis__plot" aria-hidden="true" focusable="false">
            {view.ticks.map((tick) => {
              // A label starting at the right edge would be cut off: its line is enough there.
              const labels =
                tick.position > 0.95 ? { major: null, minor: null } : tickLabels(ctx, tick, view.zoom);
              return (
                <g key={tick.date} className={`roadmap-tick roadmap-tick--${tick.kind}`}>
                  <line x1={pct(tick.position)} x2={pct(tick.position)} y1="0" y2="100%" />
                  {labels.major && (
                    <text x={pct(tick.position)} dx="4" y="16" className="roadmap-tick__major">
                      {labels.major}
                    </text>
                  )}
                  {labels.minor && (
                    <text x={pct(tick.position)} dx="4" y="34" className="roadmap-tick__minor">
                      {labels.minor}
                    </text>
                  )}
                </g>
              );
            })}
            {todayAt !== null && (
              <g className="roadmap-today">
                <line x1={pct(todayAt)} x2={pct(todayAt)} y1="40" y2="100%" />
                <text
                  x={pct(todayAt)}
                  y="52"
                  textAnchor={todayAt < 0.15 ? 'start' : todayAt > 0.85 ? 'end' : 'middle'}
                >
                  {t('roadmap.todayAt', { date: formatDate(today) })}
                </text>
              </g>
            )}
          </svg>
        </div>
        {groups.map((group, index) => (
          <RoadmapGroupRows
            key={group.key ?? '-'}
            id={`roadmap-group-${index}`}
            heading={groupName(group.key)}
            initiatives={group.initiatives}
            view={view}
            todayAt={todayAt}
            ctx={ctx}
          />
        ))}
      </div>
    </div>
  );
}

/** One group: heading, grid lines behind the rows, the rows, the today line in front. */
const RoadmapGroupRows = memo(function RoadmapGroupRows({
  id,
  heading,
  initiatives,
  view,
  todayAt,
  ctx,
}: {
  id: string;
  heading: string;
  initiatives: readonly RoadmapInitiative[];
  view: RoadmapView;
  todayAt: number | null;
  ctx: RoadmapTextContext;
}) {
  return (
    <section className="roadmap-group" aria-labelledby={id}>
      <h3 className="roadmap-group__heading" id={id}>
        {heading} <span className="muted">({initiatives.length})</span>
      </h3>
      <div className="roadmap-group__body">
        <svg className="roadmap-layer roadmap-layer--grid" aria-hidden="true" focusable="false">
          {view.ticks.map((tick) => (
            <line
              key={tick.date}
              className={`roadmap-grid roadmap-grid--${tick.kind}`}
              x1={pct(tick.position)}
              x2={pct(tick.position)}
              y1="0"
              y2="100%"
            />
          ))}
        </svg>
        <ul className="roadmap-rows">
          {initiatives.map((bar) => (
            <RoadmapRow key={bar.id} bar={bar} view={view} ctx={ctx} />
          ))}
        </ul>
        {todayAt !== null && (
          <svg className="roadmap-layer roadmap-layer--today" aria-hidden="true" focusable="false">
            <line className="roadmap-today-line" x1={pct(todayAt)} x2={pct(todayAt)} y1="0" y2="100%" />
          </svg>
        )}
      </div>
    </section>
  );
});

function RoadmapRow({
  bar,
  view,
  ctx,
}: {
  bar: RoadmapInitiative;
  view: RoadmapView;
  ctx: RoadmapTextContext;
}) {
  const span = barSpan(bar.startDate, bar.endDate, view.range);
  // Wholly before the range (an end before the start counts as the start day, as in barSpan).
  const ended = (bar.endDate < bar.startDate ? bar.startDate : bar.endDate) < view.range.from;
  const overdue = bar.milestones.filter((m) => m.overdue).length;
  const title = pickLocalized(bar.title, ctx.language);
  return (
    <li>
      <Link to={`/initiatives/${bar.id}`} className="roadmap-row" aria-label={barName(ctx, bar)}>
        <span className="roadmap-row__label">
          <span className="roadmap-row__title" lang={title.fallback ? title.language : undefined}>
            {title.text}
          </span>
          <span className="roadmap-row__meta">
            <StatusSwatch status={bar.status} /> {ctx.t(`codes.status.${bar.status}`)}
            {overdue > 0 && (
              <span className="roadmap-row__overdue">
                {' · '}
                <span aria-hidden="true">▲ </span>
                {ctx.t('roadmap.overdueCount', { count: overdue })}
              </span>
            )}
          </span>
        </span>
        <span className="roadmap-row__plot">
          <svg aria-hidden="true" focusable="false">
            {span ? (
              // A zero-height viewport on the row's middle line: the bar is 16px high whatever the row's height.
              <svg y="50%" width="100%" height="1" overflow="visible" aria-hidden="true">
                <rect
                  className={`roadmap-bar roadmap-bar--${bar.status}`}
                  x={pct(span.start)}
                  width={pct(Math.max(span.end - span.start, 0.002))}
                  y="-8"
                  height="16"
                />
                {span.startsBefore && (
                  <text className="roadmap-bar__more" x={pct(span.start)} dx="2" y="4">
                    ◀
                  </text>
                )}
                {span.endsAfter && (
                  <text className="roadmap-bar__more" x={pct(span.end)} dx="-2" y="4" textAnchor="end">
                    ▶
                  </text>
                )}
              </svg>
            ) : (
              <text
                className="roadmap-row__outside"
                x={ended ? '4' : '100%'}
                dx={ended ? 0 : -4}
                y="50%"
                dominantBaseline="middle"
                textAnchor={ended ? 'start' : 'end'}
              >
                {ended
                  ? ctx.t('roadmap.endedBefore', { date: ctx.formatDate(bar.endDate) })
                  : ctx.t('roadmap.startsAfter', { date: ctx.formatDate(bar.startDate) })}
              </text>
            )}
            {bar.milestones.map((milestone, index) => {
              const at = dayPosition(milestone.dueDate, view.range);
              if (at === null) return null;
              return (
                <svg
                  // biome-ignore lint/suspicious/noArrayIndexKey: two milestones may share title and date.
                  key={index}
                  x={pct(at)}
                  y="50%"
                  width="1"
                  height="1"
                  overflow="visible"
                  aria-hidden="true"
                >
                  <MilestoneMark milestone={milestone} />
                  <title>{milestoneText(ctx, milestone)}</title>
                </svg>
              );
            })}
          </svg>
        </span>
      </Link>
    </li>
  );
}

/** ◇ open, ◆ done, ▲ with "!" overdue: the shape says it, not only the colour. Centred on 0,0. */
export function MilestoneMark({ milestone }: { milestone: Pick<RoadmapMilestone, 'doneAt' | 'overdue'> }) {
  if (milestone.overdue) {
    return (
      <g className="roadmap-milestone roadmap-milestone--overdue">
        <path d="M0 -9 L8.5 7 L-8.5 7 Z" />
        <text x="0" y="5.5" textAnchor="middle">
          !
        </text>
      </g>
    );
  }
  return (
    <path
      className={`roadmap-milestone roadmap-milestone--${milestone.doneAt ? 'done' : 'open'}`}
      d="M0 -7 L7 0 L0 7 L-7 0 Z"
    />
  );
}

/** A small sample of a status's fill and pattern, for the rows and the legend. */
export function StatusSwatch({ status }: { status: Status }) {
  return (
    <svg
      className="roadmap-swatch"
      width="22"
      height="12"
      viewBox="0 0 22 12"
      aria-hidden="true"
      focusable="false"
    >
      <rect className={`roadmap-bar roadmap-bar--${status}`} x="1" y="1" width="20" height="10" />
    </svg>
  );
}

/**
 * The status patterns, once per page (the chart, the legend and the list refer to them): a bar's status shows as colour and pattern together
 * (ongoing solid, planned outlined, preparation dotted, completed hatched, paused striped,
 * cancelled cross-hatched) and in words beside it.
 */
export function StatusPatterns() {
  return (
    <svg className="roadmap-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="roadmap-pattern-preparation" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#d7e5f5" />
          <circle cx="3" cy="3" r="1.3" fill="#003479" />
        </pattern>
        <pattern
          id="roadmap-pattern-completed"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#0a7d62" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
        </pattern>
        <pattern id="roadmap-pattern-paused" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#f5e6c8" />
          <line x1="1.5" y1="0" x2="1.5" y2="6" stroke="#8a5a00" strokeWidth="2" />
        </pattern>
        <pattern
          id="roadmap-pattern-cancelled"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#fff" />
          <path d="M3 0 V6 M0 3 H6" stroke="#5f686d" strokeWidth="1.2" />
        </pattern>
      </defs>
    </svg>
  );
}
