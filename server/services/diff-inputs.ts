import { sql } from 'drizzle-orm';
import type { DiffInput } from '../../shared/snapshot-diff.ts';
import { type Db, queryRows } from '../db/database.ts';

interface Row {
  id: string;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  lead_ministry: string;
  status: string;
  preparation_stage: string | null;
  ministry_health: string;
  ministry_health_reason: string | null;
  ministry_health_on: string | null;
  ministry_health_by: string | null;
  digitoimisto_health: string;
  digitoimisto_health_reason: string | null;
  digitoimisto_health_on: string | null;
  digitoimisto_health_by: string | null;
  tier: string;
  rank: string | null;
  start_date: string | null;
  end_date: string | null;
  budget_cents: string | number | null;
  archived_at: string | null;
  milestones: DiffInput['milestones'];
  eu_impacts: DiffInput['euImpacts'];
}

/**
 * Every initiative of the portfolio as a diff needs it (shared/snapshot-diff.ts DiffInput), in
 * one statement: the milestones and EU impacts as JSON beside each row. A diff reads two whole
 * portfolios; loading them as full initiatives (lateness, scores, every field) cost seconds.
 */
export async function diffInputs(db: Db): Promise<DiffInput[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select i.id, i.title_fi, i.title_sv, i.title_en, i.lead_ministry, i.status, i.preparation_stage,
      i.ministry_health, i.ministry_health_reason, i.ministry_health_on::text, i.ministry_health_by,
      i.digitoimisto_health, i.digitoimisto_health_reason, i.digitoimisto_health_on::text, i.digitoimisto_health_by,
      i.tier, i.rank, i.start_date::text, i.end_date::text, i.budget_cents, i.archived_at::text,
      coalesce((select json_agg(json_build_object('title', m.title, 'dueDate', m.due_date::text,
        'doneAt', m.done_at::text) order by m.position) from milestones m where m.initiative_id = i.id), '[]') as milestones,
      coalesce((select json_agg(json_build_object('euActId', e.eu_act_id, 'euActShortName', a.short_name,
        'relation', e.relation, 'deadline', e.deadline::text, 'note', e.note) order by e.position)
        from eu_impacts e join eu_acts a on a.id = e.eu_act_id where e.initiative_id = i.id), '[]') as eu_impacts
      from initiatives i`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: { fi: row.title_fi, sv: row.title_sv, en: row.title_en },
    leadMinistry: row.lead_ministry as DiffInput['leadMinistry'],
    status: row.status as DiffInput['status'],
    preparationStage: row.preparation_stage as DiffInput['preparationStage'],
    ministryHealth: {
      rating: row.ministry_health as DiffInput['ministryHealth']['rating'],
      reason: row.ministry_health_reason,
      assessedOn: row.ministry_health_on,
      assessedBy: row.ministry_health_by,
    },
    digitoimistoHealth: {
      rating: row.digitoimisto_health as DiffInput['digitoimistoHealth']['rating'],
      reason: row.digitoimisto_health_reason,
      assessedOn: row.digitoimisto_health_on,
      assessedBy: row.digitoimisto_health_by,
    },
    tier: row.tier as DiffInput['tier'],
    rank: row.rank,
    startDate: row.start_date,
    endDate: row.end_date,
    budgetCents: row.budget_cents === null ? null : Number(row.budget_cents),
    archivedAt: row.archived_at,
    milestones: row.milestones,
    euImpacts: row.eu_impacts,
  }));
}
