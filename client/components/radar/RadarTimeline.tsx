import { type KeyboardEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import type { Radar } from '../../../shared/radar.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { RadarSymbol } from './RadarSymbol.tsx';
import {
  AXIS_HEIGHT,
  isEuDate,
  NAMES_WIDTH,
  nextMarkIndex,
  type RadarLayout,
  radarEntries,
  radarLayout,
} from './radar-layout.ts';
import { cooperationLabel, markLabel } from './radar-text.ts';

const NAME_CHARACTERS = 15;

/** An element's width, followed as the window is resized. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(700);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const shortened = (name: string) =>
  name.length > NAME_CHARACTERS ? `${name.slice(0, NAME_CHARACTERS - 1)}…` : name;

/** The act names, one per lane, in a column that stays put while the months scroll. */
function LaneNames({ layout }: { layout: RadarLayout }) {
  const { t } = useI18n();
  return (
    <svg className="radar-names" width={NAMES_WIDTH} height={layout.height} aria-hidden="true">
      {layout.lanes.map((lane, index) => (
        <g key={lane.actId}>
          {index % 2 === 1 && (
            <rect className="radar-svg__lane" x={0} y={lane.top} width={NAMES_WIDTH} height={lane.height} />
          )}
          <text className="radar-svg__act" x={8} y={lane.top + 22}>
            {shortened(lane.kind === 'act' ? lane.shortName : t(`radar.cooperation.lane.${lane.kind}`))}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The drawing under the marks: the past shaded, lanes, month, quarter and year lines, today. */
function Axes({ layout, firstYear }: { layout: RadarLayout; firstYear: string }) {
  const { t } = useI18n();
  const bottom = layout.height - 8;
  const quarter = (date: string) => `Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: drawing only; the focusable marks are outside this group.
    <g aria-hidden="true">
      <rect
        className="radar-svg__past"
        x={layout.left}
        y={AXIS_HEIGHT - 4}
        width={Math.max(0, layout.todayX - layout.left)}
        height={bottom - AXIS_HEIGHT + 4}
      />
      {layout.lanes.map(
        (lane, index) =>
          index % 2 === 1 && (
            <rect
              key={lane.actId}
              className="radar-svg__lane"
              x={0}
              y={lane.top}
              width={layout.width}
              height={lane.height}
            />
          ),
      )}
      {layout.ticks.map((tick) => (
        <g key={tick.date}>
          <line
            className={`radar-svg__tick radar-svg__tick--${tick.kind}`}
            x1={tick.x}
            x2={tick.x}
            y1={tick.kind === 'month' ? AXIS_HEIGHT - 6 : 20}
            y2={bottom}
          />
          {tick.kind === 'year' && tick.x < layout.right && (
            <text className="radar-svg__year" x={tick.x + 4} y={16}>
              {tick.date.slice(0, 4)}
            </text>
          )}
          {tick.kind !== 'month' && tick.x < layout.right && (
            <text className="radar-svg__quarter" x={tick.x + 4} y={36}>
              {quarter(tick.date)}
            </text>
          )}
        </g>
      ))}
      {/* The first year is named at the start when the window does not begin in January. */}
      {layout.ticks[0]?.kind !== 'year' && (
        <text className="radar-svg__year" x={layout.left + 4} y={16}>
          {firstYear}
        </text>
      )}
      <line className="radar-svg__today" x1={layout.todayX} x2={layout.todayX} y1={20} y2={bottom} />
      <text className="radar-svg__today-label" x={layout.todayX + 4} y={AXIS_HEIGHT - 2}>
        {t('radar.today')}
      </text>
    </g>
  );
}

/**
 * The timeline: months across with the years and quarters named, today marked, a lane per act
 * (then one of the bodies' meetings and one of the benchmarks' publications) and a mark per date; narrower than the months need, it scrolls within its frame (starting
 * just before today), the act names staying put. The marks are one tab stop (roving tabindex):
 * the arrow keys, Home and End move between them in date order, Enter or Space opens the
 * date; each mark's name says all it shows.
 */
export function RadarTimeline({
  radar,
  selectedId,
  onOpen,
  markRefs,
}: {
  radar: Radar;
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** The marks by date id, so the page can give focus back to one. */
  markRefs: RefObject<Map<string, SVGGElement>>;
}) {
  const i18n = useI18n();
  const { language } = i18n;
  const scroller = useRef<HTMLDivElement>(null);
  const width = useWidth(scroller);
  const layout = useMemo(
    () => radarLayout(radarEntries(radar.dates, radar.cooperation), radar.window, radar.today, width),
    [radar.dates, radar.cooperation, radar.window, radar.today, width],
  );
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, layout.marks.length - 1));
  // The selected date is where the keyboard comes back to.
  useEffect(() => {
    const index = layout.marks.findIndex((mark) => mark.date.id === selectedId);
    if (index >= 0) setActive(index);
  }, [selectedId, layout.marks]);
  // What is coming matters most: a scrolling timeline opens with today near its left edge.
  const todayX = layout.todayX;
  useEffect(() => {
    const element = scroller.current;
    if (element && element.scrollWidth > element.clientWidth) element.scrollLeft = Math.max(0, todayX - 48);
  }, [todayX]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const mark = layout.marks[index];
      if (mark) onOpen(mark.date.id);
      return;
    }
    const next = nextMarkIndex(index, event.key, layout.marks.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    const id = layout.marks[next]?.date.id;
    const element = id ? markRefs.current.get(id) : undefined;
    element?.focus();
    element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  return (
    <div className="radar-frame">
      <LaneNames layout={layout} />
      <div className="radar-scroll" ref={scroller} data-scroll-region="x">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the marks. */}
        <svg
          className="radar-svg"
          width={layout.width}
          height={layout.height}
          role="group"
          aria-labelledby="radar-chart-label"
          aria-describedby="radar-summary"
        >
          <Axes layout={layout} firstYear={radar.window.from.slice(0, 4)} />
          {layout.marks.map((mark, index) => {
            const label = isEuDate(mark.date)
              ? markLabel(mark.date, i18n, language)
              : cooperationLabel(mark.date, i18n);
            const selected = mark.date.id === selectedId;
            return (
              // biome-ignore lint/a11y/useSemanticElements: a <button> cannot be drawn inside an SVG.
              <g
                key={mark.date.id}
                ref={(element) => {
                  if (element) markRefs.current.set(mark.date.id, element);
                  else markRefs.current.delete(mark.date.id);
                }}
                className={`radar-mark${selected ? ' radar-mark--selected' : ''}`}
                role="button"
                tabIndex={index === current ? 0 : -1}
                aria-label={label}
                aria-expanded={selected}
                aria-controls={selected ? 'radar-details' : undefined}
                onClick={() => {
                  setActive(index);
                  onOpen(mark.date.id);
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
                onFocus={() => setActive(index)}
              >
                <title>{label}</title>
                <circle className="radar-mark__ring" cx={mark.x} cy={mark.y} r={13} />
                <RadarSymbol
                  kind={isEuDate(mark.date) ? mark.date.state : mark.date.kind}
                  x={mark.x}
                  y={mark.y}
                />
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
