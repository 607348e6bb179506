import { describe, expect, it } from 'vitest';
import type { RadarCooperationDate, RadarDate } from '../../../shared/radar.ts';
import { radarWindow } from '../../../shared/radar.ts';
import { MIN_MONTH_WIDTH, nextMarkIndex, PLOT_PAD, radarEntries, radarLayout } from './radar-layout.ts';

const date = (id: string, actId: string, iso: string): RadarDate => ({
  id,
  act: { id: actId, shortName: actId, slug: actId, title: { fi: actId }, kind: 'regulation' },
  kind: 'keyDate',
  label: null,
  date: iso,
  past: false,
  gap: false,
  state: 'inProgress',
  answeringTotal: 1,
  answeringShown: 1,
  answering: [],
  relatedTotal: 0,
  relatedShown: 0,
  related: [],
});

const today = '2026-12-01';
const window = radarWindow(today);

describe('radarLayout', () => {
  it('spans whole months from the start month to the end of the end month, with year and quarter ticks', () => {
    const layout = radarLayout([], window, today, 1000);
    // June 2026 to December 2028: 31 months, 32 month starts.
    expect(layout.ticks).toHaveLength(32);
    expect(layout.ticks[0]).toMatchObject({ date: '2026-06-01', kind: 'month', x: PLOT_PAD });
    expect(layout.ticks.at(-1)).toMatchObject({ date: '2029-01-01', kind: 'year', x: layout.right });
    expect(layout.ticks.filter((t) => t.kind === 'year').map((t) => t.date)).toEqual([
      '2027-01-01',
      '2028-01-01',
      '2029-01-01',
    ]);
    expect(layout.ticks.find((t) => t.date === '2026-07-01')?.kind).toBe('quarter');
    expect(layout.todayX).toBeGreaterThan(PLOT_PAD);
    expect(layout.todayX).toBeLessThan(layout.right);
    expect(layout.width).toBeLessThanOrEqual(1000);
  });

  it('never makes a month narrower than it can be read: a narrow screen scrolls', () => {
    const layout = radarLayout([], window, today, 200);
    expect(layout.right - layout.left).toBe(31 * MIN_MONTH_WIDTH);
    expect(layout.width).toBeGreaterThan(200);
  });

  it('gives each act a lane in the order of its first date, and stacks marks that would touch', () => {
    const dates = [
      date('a1', 'A', '2026-07-01'),
      date('b1', 'B', '2026-07-02'),
      date('b2', 'B', '2026-07-03'),
      date('a2', 'A', '2027-07-01'),
    ];
    const layout = radarLayout(dates, window, today, 1000);
    expect(layout.lanes.map((l) => l.actId)).toEqual(['A', 'B']);
    const [laneA, laneB] = layout.lanes;
    expect(laneB?.height).toBeGreaterThan(laneA?.height ?? 0);
    const y = Object.fromEntries(layout.marks.map((m) => [m.date.id, m.y]));
    expect(y.a1).toBe(y.a2);
    expect(y.b1).not.toBe(y.b2);
    expect(layout.marks.map((m) => m.date.id)).toEqual(['a1', 'b1', 'b2', 'a2']);
    const x = Object.fromEntries(layout.marks.map((m) => [m.date.id, m.x]));
    expect(x.a1).toBeLessThan(x.b1 ?? 0);
    expect(layout.height).toBeGreaterThan((laneB?.top ?? 0) + (laneB?.height ?? 0) - 1);
  });
});

describe('radarLayout: cooperation', () => {
  const coop = (id: string, kind: RadarCooperationDate['kind'], iso: string): RadarCooperationDate => ({
    id,
    kind,
    date: iso,
    past: false,
    subject: { id, shortName: id, name: { fi: id } },
  });

  it('puts meetings and publications on lanes of their own after the acts, and keeps date order for the keyboard', () => {
    const entries = radarEntries(
      [date('a1', 'A', '2026-08-01'), date('a2', 'A', '2027-02-01')],
      [
        coop('p1', 'publication', '2026-07-01'),
        coop('m1', 'meeting', '2026-08-01'),
        coop('m2', 'meeting', '2027-05-01'),
      ],
    );
    expect(entries.map((e) => e.id)).toEqual(['p1', 'a1', 'm1', 'a2', 'm2']);
    const layout = radarLayout(entries, window, today, 1000);
    expect(layout.lanes.map((l) => [l.actId, l.kind])).toEqual([
      ['A', 'act'],
      ['cooperation:meeting', 'meeting'],
      ['cooperation:publication', 'publication'],
    ]);
    const y = Object.fromEntries(layout.marks.map((m) => [m.date.id, m.y]));
    expect(y.m1).toBe(y.m2);
    expect(y.p1).toBeGreaterThan(y.m1 ?? Infinity);
    expect(layout.marks.map((m) => m.date.id)).toEqual(['p1', 'a1', 'm1', 'a2', 'm2']);
  });
});

describe('nextMarkIndex', () => {
  it('moves one date at a time with the arrows, to the ends with Home and End, and stops at the ends', () => {
    expect(nextMarkIndex(0, 'ArrowRight', 3)).toBe(1);
    expect(nextMarkIndex(2, 'ArrowRight', 3)).toBe(2);
    expect(nextMarkIndex(1, 'ArrowDown', 3)).toBe(2);
    expect(nextMarkIndex(0, 'ArrowLeft', 3)).toBe(0);
    expect(nextMarkIndex(2, 'ArrowUp', 3)).toBe(1);
    expect(nextMarkIndex(1, 'Home', 3)).toBe(0);
    expect(nextMarkIndex(0, 'End', 3)).toBe(2);
    expect(nextMarkIndex(0, 'Enter', 3)).toBeNull();
    expect(nextMarkIndex(0, 'ArrowRight', 0)).toBeNull();
  });
});
