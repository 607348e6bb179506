import type {
  RadarCooperationDate,
  RadarCooperationKind,
  RadarDate,
  RadarWindow,
} from '../../../shared/radar.ts';

/** What the timeline shows: an EU act's key date, or a body's meeting or a benchmark's publication. */
export type RadarEntry = RadarDate | RadarCooperationDate;

export function isEuDate(entry: RadarEntry): entry is RadarDate {
  return 'act' in entry;
}

/** The EU dates and the cooperation dates as one list in date order (EU dates first on a day): the keyboard's order. */
export function radarEntries(
  dates: readonly RadarDate[],
  cooperation: readonly RadarCooperationDate[],
): RadarEntry[] {
  return [...dates, ...cooperation]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * The act names stand in a column of their own on the left (they stay put while the months
 * scroll); the axis is on top, and one lane per act below.
 */
export const NAMES_WIDTH = 120;
export const AXIS_HEIGHT = 48;
/** Room either side of the months, so a mark on the first or last day is drawn whole. */
export const PLOT_PAD = 14;
const LANE_HEIGHT = 36;
const SUBROW_HEIGHT = 20;
/** Marks closer than this on one lane go on a row of their own, so none hides another. */
const MIN_MARK_GAP = 22;
/** Narrower than this a month gets too tight to read: the timeline scrolls inside its frame instead. */
export const MIN_MONTH_WIDTH = 24;

export type TickKind = 'month' | 'quarter' | 'year';

export interface RadarMark {
  date: RadarEntry;
  x: number;
  y: number;
}

export interface RadarLane {
  /** The act's id, or `cooperation:meeting` / `cooperation:publication`. */
  actId: string;
  /** An act's lane, or the lane of the bodies' meetings or the benchmarks' publications (named by the page). */
  kind: 'act' | RadarCooperationKind;
  shortName: string;
  top: number;
  height: number;
}

export interface RadarLayout {
  width: number;
  height: number;
  /** x of the window's first month start and of the end of its last month (within the scrolling SVG). */
  left: number;
  right: number;
  todayX: number;
  lanes: RadarLane[];
  /** The same order as the dates given (date order): the keyboard's order. */
  marks: RadarMark[];
  ticks: { x: number; kind: TickKind; date: string }[];
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The first day of a month counted from year 0 (`index` = year × 12 + month − 1). */
const monthStart = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * Where everything of the timeline goes, for a scrolling SVG of at least `available` pixels: whole
 * months across (from the month of the window's start to the end of the month of its end),
 * a lane per act in the order of its first date, then a lane of meetings and one of
 * publications, a mark per date, and ticks at each month, quarter and year.
 */
export function radarLayout(
  dates: readonly RadarEntry[],
  window: RadarWindow,
  today: string,
  available: number,
): RadarLayout {
  const firstMonth = monthIndex(window.from);
  const lastMonth = monthIndex(window.to);
  const start = monthStart(firstMonth);
  const end = monthStart(lastMonth + 1);
  const months = lastMonth - firstMonth + 1;
  const monthWidth = Math.max(MIN_MONTH_WIDTH, (available - 2 * PLOT_PAD) / months);
  const plotWidth = monthWidth * months;
  const span = dayNumber(end) - dayNumber(start);
  const xOf = (iso: string) => PLOT_PAD + ((dayNumber(iso) - dayNumber(start)) / span) * plotWidth;

  const ticks: RadarLayout['ticks'] = [];
  for (let index = firstMonth; index <= lastMonth + 1; index++) {
    const date = monthStart(index);
    const kind: TickKind = index % 12 === 0 ? 'year' : index % 3 === 0 ? 'quarter' : 'month';
    ticks.push({ x: xOf(date), kind, date });
  }

  // Lanes in the order of each act's first date, the cooperation lanes after them; marks on a lane stack into rows when close.
  type Lane = {
    kind: RadarLane['kind'];
    shortName: string;
    rows: number[];
    marks: { date: RadarEntry; x: number; row: number }[];
  };
  const byAct = new Map<string, Lane>();
  const cooperationLanes = new Map<string, Lane>();
  for (const date of dates) {
    const eu = isEuDate(date);
    const id = eu ? date.act.id : `cooperation:${date.kind}`;
    const lanes = eu ? byAct : cooperationLanes;
    const lane = lanes.get(id) ?? {
      kind: eu ? 'act' : date.kind,
      shortName: eu ? date.act.shortName : '',
      rows: [],
      marks: [],
    };
    lanes.set(id, lane);
    const x = xOf(date.date);
    let row = lane.rows.findIndex((lastX) => x - lastX >= MIN_MARK_GAP);
    if (row === -1) row = lane.rows.push(x) - 1;
    else lane.rows[row] = x;
    lane.marks.push({ date, x, row });
  }
  const lanes: RadarLane[] = [];
  const place = new Map<string, { x: number; y: number }>();
  let top = AXIS_HEIGHT;
  const laneOrder = (id: string) => (id.endsWith('publication') ? 1 : 0);
  const ordered = [...byAct, ...[...cooperationLanes].sort(([a], [b]) => laneOrder(a) - laneOrder(b))];
  for (const [actId, lane] of ordered) {
    const height = LANE_HEIGHT + SUBROW_HEIGHT * (lane.rows.length - 1);
    lanes.push({ actId, kind: lane.kind, shortName: lane.shortName, top, height });
    for (const mark of lane.marks) {
      place.set(mark.date.id, { x: mark.x, y: top + LANE_HEIGHT / 2 + mark.row * SUBROW_HEIGHT });
    }
    top += height;
  }
  return {
    width: plotWidth + 2 * PLOT_PAD,
    height: top + 8,
    left: PLOT_PAD,
    right: PLOT_PAD + plotWidth,
    todayX: xOf(today),
    lanes,
    marks: dates.map((date) => ({ date, ...(place.get(date.id) ?? { x: 0, y: 0 }) })),
    ticks,
  };
}

/** The mark the keyboard goes to from `index` with `key`, or null when the key is not the timeline's. */
export function nextMarkIndex(index: number, key: string, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
