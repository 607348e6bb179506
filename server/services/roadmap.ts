import { and, asc, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { initiatives, milestones, ministries } from '../../drizzle/schema/index.ts';
import { type Status, THEMES, TIERS, type Tier } from '../../shared/codes.ts';
import { isOpenStatus } from '../../shared/lateness.ts';
import { isMilestoneLate } from '../../shared/milestone.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import {
  MAX_UNDATED_LISTED,
  type Roadmap,
  type RoadmapGroup,
  type RoadmapInitiative,
  type RoadmapMilestone,
  type roadmapInputSchema,
} from '../../shared/roadmap.ts';
import type { Db } from '../db/database.ts';
import { filterConditions } from './initiative-list.ts';
import { readDay } from './read-day.ts';

const i = initiatives;
const m = milestones;
const TITLE_ORDER = { fi: i.sortTitleFi, sv: i.sortTitleSv, en: i.sortTitleEn } as const;

/**
 * The roadmap: the initiatives the list's filter selects with both a start and an end date, the
 * earliest start first up to the limit, each with its milestones, in groups by lead ministry,
 * theme or tier; and those without both dates counted and listed apart. Four queries whatever
 * the count — the bars, the counts, the undated ones and the milestones of every bar in one —
 * plus the twelve ministries' order. Any signed-in user; the same answer for all of them.
 */
export async function getRoadmap(
  db: Db,
  input: z.output<typeof roadmapInputSchema>,
  today: string = readDay(),
): Promise<Roadmap> {
  const where = filterConditions(input.filter ?? {}, today);
  const title = TITLE_ORDER[input.language ?? 'fi'];
  const undatedRow = or(isNull(i.startDate), isNull(i.endDate));
  const columns = {
    id: i.id,
    titleFi: i.titleFi,
    titleSv: i.titleSv,
    titleEn: i.titleEn,
    status: i.status,
    leadMinistry: i.leadMinistry,
    startDate: i.startDate,
    endDate: i.endDate,
  };
  const [rows, [counts], undated, ministryOrder] = await Promise.all([
    db
      .select({ ...columns, tier: i.tier, themes: i.themes })
      .from(i)
      .where(and(where, isNotNull(i.startDate), isNotNull(i.endDate)))
      .orderBy(asc(i.startDate), asc(i.endDate), asc(title), asc(i.id))
      .limit(input.limit),
    db
      .select({
        total: sql<number>`count(*)::int`,
        undated: sql<number>`(count(*) filter (where ${undatedRow}))::int`,
      })
      .from(i)
      .where(where),
    db
      .select(columns)
      .from(i)
      .where(and(where, undatedRow))
      .orderBy(asc(title), asc(i.id))
      .limit(MAX_UNDATED_LISTED),
    db.select({ code: ministries.code, sortOrder: ministries.sortOrder }).from(ministries),
  ]);
  const milestoneRows =
    rows.length === 0
      ? []
      : await db
          .select({ initiativeId: m.initiativeId, title: m.title, dueDate: m.dueDate, doneAt: m.doneAt })
          .from(m)
          .where(sql`${m.initiativeId} = any(${`{${rows.map((row) => row.id).join(',')}}`}::uuid[])`)
          .orderBy(asc(m.dueDate), asc(m.position));
  const status = new Map(rows.map((row) => [row.id, row.status as Status]));
  const milestonesOf = new Map<string, RoadmapMilestone[]>();
  for (const row of milestoneRows) {
    const open = isOpenStatus(status.get(row.initiativeId) ?? 'completed');
    const milestone = { title: row.title, dueDate: row.dueDate, doneAt: row.doneAt };
    const list = milestonesOf.get(row.initiativeId) ?? [];
    list.push({ ...milestone, overdue: open && isMilestoneLate(milestone, today) });
    milestonesOf.set(row.initiativeId, list);
  }
  const bars = rows.map((row): RoadmapInitiative & { themes: string[] } => ({
    id: row.id,
    title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
    status: row.status as Status,
    startDate: row.startDate as string,
    endDate: row.endDate as string,
    tier: row.tier as Tier,
    leadMinistry: row.leadMinistry as MinistryCode,
    milestones: milestonesOf.get(row.id) ?? [],
    themes: row.themes,
  }));
  const sortOrder = new Map(ministryOrder.map((row) => [row.code, row.sortOrder]));
  return {
    groupBy: input.groupBy,
    groups: groupBars(bars, input.groupBy, sortOrder),
    total: counts?.total ?? 0,
    shown: rows.length,
    undatedCount: counts?.undated ?? 0,
    undated: undated.map((row) => ({
      id: row.id,
      title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
      status: row.status as Status,
      leadMinistry: row.leadMinistry as MinistryCode,
      startDate: row.startDate,
      endDate: row.endDate,
    })),
    today,
  };
}

/**
 * The bars in their groups, each group keeping the bars' order (by start date). By theme a bar
 * is in the group of each of its themes, and a bar without a theme in the last group (null).
 */
function groupBars(
  bars: readonly (RoadmapInitiative & { themes: string[] })[],
  groupBy: Roadmap['groupBy'],
  ministrySortOrder: ReadonlyMap<string, number>,
): RoadmapGroup[] {
  const keysOf = (bar: RoadmapInitiative, themes: readonly string[]): (string | null)[] => {
    if (groupBy === 'leadMinistry') return [bar.leadMinistry];
    if (groupBy === 'tier') return [bar.tier];
    const known = themes.filter((theme) => (THEMES as readonly string[]).includes(theme));
    return known.length > 0 ? known : [null];
  };
  const groups = new Map<string | null, RoadmapInitiative[]>();
  for (const { themes, ...bar } of bars) {
    for (const key of keysOf(bar, themes)) {
      const list = groups.get(key) ?? [];
      list.push(bar);
      groups.set(key, list);
    }
  }
  const rank = (key: string | null): number => {
    if (key === null) return Number.MAX_SAFE_INTEGER;
    if (groupBy === 'leadMinistry') return ministrySortOrder.get(key) ?? Number.MAX_SAFE_INTEGER - 1;
    return ((groupBy === 'tier' ? TIERS : THEMES) as readonly string[]).indexOf(key);
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
    .map(([key, list]) => ({ key, initiatives: list }));
}
