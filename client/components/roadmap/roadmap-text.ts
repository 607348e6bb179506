import type { Language, Theme, Tier } from '../../../shared/codes.ts';
import { localeOf } from '../../../shared/locale-format.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { RoadmapInitiative, RoadmapMilestone, RoadmapZoom, Tick } from '../../../shared/roadmap.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

/** What the roadmap's words need: the catalogue, dates and the language. Pure, tested without React. */
export interface RoadmapTextContext {
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  formatDate(isoDate: string | null): string;
  language: Language;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthName(isoDate: string, language: Language, style: 'short' | 'long'): string {
  const key = `${language}:${style}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { month: style, timeZone: 'UTC' });
    monthFormats.set(key, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

const quarterNumber = (isoDate: string) => Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1;

/**
 * A tick's labels on the axis's two lines: `major` on the upper line (years, quarters of a
 * year, months of a quarter), `minor` below (quarters of a few years, months, week numbers).
 */
export function tickLabels(
  ctx: RoadmapTextContext,
  tick: Tick,
  zoom: RoadmapZoom,
): { major: string | null; minor: string | null } {
  const year = tick.date.slice(0, 4);
  const quarter = quarterNumber(tick.date);
  if (zoom === 'all') {
    return tick.kind === 'year'
      ? { major: year, minor: null }
      : { major: null, minor: ctx.t('roadmap.quarterShort', { quarter }) };
  }
  if (zoom === 'year') {
    return {
      major: tick.kind === 'quarter' ? ctx.t('roadmap.quarter', { quarter, year }) : null,
      minor: monthName(tick.date, ctx.language, 'short'),
    };
  }
  if (tick.kind === 'week') return { major: null, minor: ctx.t('roadmap.week', { week: tick.week ?? '' }) };
  return { major: `${monthName(tick.date, ctx.language, 'long')} ${year}`, minor: null };
}

/** The period a previous/next button goes to: "2025", "Q3 2026". */
export function periodLabel(ctx: RoadmapTextContext, period: number, zoom: RoadmapZoom): string {
  if (zoom === 'quarter') {
    return ctx.t('roadmap.quarter', { quarter: (period % 4) + 1, year: Math.floor(period / 4) });
  }
  return String(period);
}

/** A milestone in words: its title, due date, and whether it is done or overdue. */
export function milestoneText(ctx: RoadmapTextContext, milestone: RoadmapMilestone): string {
  const vars = { title: milestone.title, date: ctx.formatDate(milestone.dueDate) };
  if (milestone.doneAt !== null) {
    return ctx.t('roadmap.milestone.done', { ...vars, doneAt: ctx.formatDate(milestone.doneAt) });
  }
  return ctx.t(milestone.overdue ? 'roadmap.milestone.overdue' : 'roadmap.milestone.open', vars);
}

/**
 * A bar's accessible name: title, dates, status, how many milestones and which are overdue
 * ("Tekoälystrategia, 1.9.2021–31.12.2027, käynnissä, 3 välitavoitetta, myöhässä: Luonnos (1.3.2026)").
 * It starts with the visible title, so speech users can say what they see.
 */
export function barName(ctx: RoadmapTextContext, bar: RoadmapInitiative): string {
  const parts = [
    ctx.t('roadmap.bar', {
      title: pickLocalized(bar.title, ctx.language).text,
      from: ctx.formatDate(bar.startDate),
      to: ctx.formatDate(bar.endDate),
      status: ctx.t(`codes.status.${bar.status}`),
    }),
  ];
  if (bar.milestones.length > 0)
    parts.push(ctx.t('roadmap.milestoneCount', { count: bar.milestones.length }));
  const overdue = bar.milestones.filter((m) => m.overdue);
  if (overdue.length > 0) {
    const list = overdue.map((m) => `${m.title} (${ctx.formatDate(m.dueDate)})`).join('; ');
    parts.push(ctx.t('roadmap.overdueList', { list }));
  }
  return parts.join(', ');
}

/** A group's heading: the ministry's name, the theme or the tier; "Ei teemaa" for none. */
export function groupLabel(
  ctx: RoadmapTextContext,
  groupBy: 'leadMinistry' | 'theme' | 'tier',
  key: string | null,
  ministryName: (code: string) => string,
): string {
  if (key === null) return ctx.t('roadmap.noTheme');
  if (groupBy === 'leadMinistry') return ministryName(key);
  return ctx.t(groupBy === 'theme' ? `codes.theme.${key as Theme}` : `codes.tier.${key as Tier}`);
}
