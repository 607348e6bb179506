import { or, type SQL, sql } from 'drizzle-orm';
import { QUALITY_FLAGS, type QualityFlag, STALE_ASSESSMENT_DAYS } from '../../shared/data-quality.ts';
import { addDays } from '../../shared/dates.ts';
import { OPEN_STATUSES } from '../../shared/lateness.ts';

/**
 * The data-quality flags of shared/data-quality.ts in SQL, one condition per flag, for the
 * list's "has quality issues" filter and the overview's quality score per ministry: counted in
 * the database, never by loading the rows. An integration test holds each one to qualityFlags().
 */
const column = (name: string) => sql.raw(`"initiatives"."${name}"`);
const ID = column('id');
const openStatuses = sql.raw(`array[${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}]::text[]`);
const isOpen = sql`${column('status')} = any(${openStatuses})`;
/**
 * What JavaScript's String.prototype.trim removes (its WhiteSpace and LineTerminator), so a title
 * is blank here exactly when it is in qualityFlags(): btrim's default removes only the space.
 */
export const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const blank = (name: string) => sql`nullif(btrim(${column(name)}, ${JS_WHITESPACE}), '') is null`;

function staleAssessment(prefix: 'ministry' | 'digitoimisto', staleBefore: string): SQL {
  return sql`(${column(`${prefix}_health`)} <> 'not_assessed' and ${column(`${prefix}_health_on`)} < ${staleBefore}::date)`;
}

/** Every flag as a boolean SQL expression over the `initiatives` row, on `today` (Helsinki's). */
export function qualityFlagConditions(today: string): Record<QualityFlag, SQL> {
  const day = sql`${today}::date`;
  const start = column('start_date');
  const end = column('end_date');
  // Stale is older than STALE_ASSESSMENT_DAYS: assessed before this day.
  const staleBefore = addDays(today, -STALE_ASSESSMENT_DAYS);
  const milestones = sql`from milestones m where m.initiative_id = ${ID}`;
  return {
    missingStartDate: sql`(${start} is null)`,
    missingEndDate: sql`(${end} is null)`,
    endBeforeStart: sql`(${end} < ${start})`,
    ongoingPastEnd: sql`(${column('status')} = 'ongoing' and ${end} < ${day})`,
    lawWithoutStage: sql`(${column('kind')} = 'law_drafting' and ${column('preparation_stage')} is null)`,
    notAssessed: sql`(${column('ministry_health')} = 'not_assessed' and ${column('digitoimisto_health')} = 'not_assessed')`,
    staleAssessment: sql`(${staleAssessment('ministry', staleBefore)} or ${staleAssessment('digitoimisto', staleBefore)})`,
    openMilestoneWhenClosed: sql`(not ${isOpen} and exists (select 1 ${milestones} and m.done_at is null))`,
    milestonesDoneWhileOpen: sql`(${isOpen} and ${end} < ${day} and exists (select 1 ${milestones}) and not exists (select 1 ${milestones} and m.done_at is null))`,
    missingSwedishTitle: sql`(${blank('title_sv')})`,
    missingEnglishTitle: sql`(${blank('title_en')})`,
  };
}

/** Whether the row raises any flag: the list's `qualityIssues` filter. */
export function hasQualityIssuesSql(today: string): SQL {
  const conditions = qualityFlagConditions(today);
  return sql`coalesce(${or(...QUALITY_FLAGS.map((flag) => conditions[flag]))}, false)`;
}
