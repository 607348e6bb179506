import type { euImpacts, initiatives, milestones } from '../../drizzle/schema/index.ts';
import type { EuImpact } from '../../shared/eu-impact.ts';
import type { HealthAssessment } from '../../shared/health.ts';
import type { Initiative, InitiativeData } from '../../shared/initiative.ts';
import { nearestEuDeadline } from '../../shared/lateness.ts';
import type { Milestone } from '../../shared/milestone.ts';
import { foldCase, titleSortKey } from '../../shared/title-sort.ts';
import { defaultWeightedScore, type ScoringContext } from './scoring-context.ts';

/** The columns derived from the others (search and sort keys): written with every row, never read back. */
export const DERIVED_INITIATIVE_COLUMNS = [
  'search',
  'searchText',
  'sortTitleFi',
  'sortTitleSv',
  'sortTitleEn',
] as const;
type InitiativeRow = Omit<typeof initiatives.$inferSelect, (typeof DERIVED_INITIATIVE_COLUMNS)[number]>;
type InitiativeValues = Omit<typeof initiatives.$inferInsert, 'search'>;

/** The columns of an initiative row from its editable fields (milestones and impacts live in their own tables). */
export function initiativeValues(data: InitiativeData): InitiativeValues {
  return {
    projectNumber: data.projectNumber,
    caseNumbers: data.caseNumbers,
    titleFi: data.title.fi,
    titleSv: data.title.sv ?? null,
    titleEn: data.title.en ?? null,
    summaryFi: data.summary.fi,
    summarySv: data.summary.sv ?? null,
    summaryEn: data.summary.en ?? null,
    kind: data.kind,
    track: data.track,
    themes: data.themes,
    leadMinistry: data.leadMinistry,
    participatingMinistries: data.participatingMinistries,
    status: data.status,
    preparationStage: data.preparationStage,
    ministryHealth: data.ministryHealth.rating,
    ministryHealthReason: data.ministryHealth.reason,
    ministryHealthOn: data.ministryHealth.assessedOn,
    ministryHealthBy: data.ministryHealth.assessedBy,
    digitoimistoHealth: data.digitoimistoHealth.rating,
    digitoimistoHealthReason: data.digitoimistoHealth.reason,
    digitoimistoHealthOn: data.digitoimistoHealth.assessedOn,
    digitoimistoHealthBy: data.digitoimistoHealth.assessedBy,
    startDate: data.startDate,
    endDate: data.endDate,
    budgetCents: data.budgetCents,
    fundingSources: data.fundingSources,
    contactName: data.contact?.name ?? null,
    contactEmail: data.contact?.email ?? null,
    links: data.links,
    ...derivedColumns(data),
  };
}

/** The stored sort keys and search text of a row (shared/title-sort.ts mirrors the database's functions). */
export function derivedColumns(data: Pick<InitiativeData, 'title' | 'projectNumber' | 'caseNumbers'>) {
  const { fi, sv, en } = data.title;
  return {
    sortTitleFi: titleSortKey(fi, 'fi'),
    sortTitleSv: titleSortKey(sv || fi, 'sv'),
    sortTitleEn: titleSortKey(en || fi, 'en'),
    searchText: foldCase(
      [fi, sv, en, data.projectNumber, ...data.caseNumbers].filter((part) => part != null).join(' '),
    ),
  };
}

function health(
  rating: string,
  reason: string | null,
  on: string | null,
  by: string | null,
): HealthAssessment {
  return { rating: rating as HealthAssessment['rating'], reason, assessedOn: on, assessedBy: by };
}

type MilestoneRow = typeof milestones.$inferSelect;
type ImpactRow = typeof euImpacts.$inferSelect & { euActShortName: string };

/** An initiative as the API returns it, from its row and its child rows. */
export function initiativeFromRows(
  row: InitiativeRow,
  milestoneRows: MilestoneRow[],
  impactRows: ImpactRow[],
  today: string,
  names: { createdBy: string | null; updatedBy: string | null },
  scoring: ScoringContext,
): Initiative {
  const scores = row.scores as Record<string, number>;
  const impacts: EuImpact[] = [...impactRows]
    .sort((a, b) => a.position - b.position)
    .map((i) => ({
      euActId: i.euActId,
      euActShortName: i.euActShortName,
      relation: i.relation as EuImpact['relation'],
      deadline: i.deadline,
      note: i.note,
    }));
  const ms: Milestone[] = [...milestoneRows]
    .sort((a, b) => a.position - b.position)
    .map((m) => ({ title: m.title, dueDate: m.dueDate, doneAt: m.doneAt }));
  return {
    id: row.id,
    version: row.version,
    projectNumber: row.projectNumber,
    caseNumbers: row.caseNumbers,
    title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
    summary: { fi: row.summaryFi, sv: row.summarySv, en: row.summaryEn },
    kind: row.kind as Initiative['kind'],
    track: row.track as Initiative['track'],
    themes: row.themes as Initiative['themes'],
    leadMinistry: row.leadMinistry as Initiative['leadMinistry'],
    participatingMinistries: row.participatingMinistries as Initiative['participatingMinistries'],
    status: row.status as Initiative['status'],
    preparationStage: row.preparationStage as Initiative['preparationStage'],
    ministryHealth: health(
      row.ministryHealth,
      row.ministryHealthReason,
      row.ministryHealthOn,
      row.ministryHealthBy,
    ),
    digitoimistoHealth: health(
      row.digitoimistoHealth,
      row.digitoimistoHealthReason,
      row.digitoimistoHealthOn,
      row.digitoimistoHealthBy,
    ),
    tier: row.tier as Initiative['tier'],
    rank: row.rank,
    scores,
    priorityVersion: row.priorityVersion,
    weightedScore: defaultWeightedScore(scores, scoring),
    startDate: row.startDate,
    endDate: row.endDate,
    budgetCents: row.budgetCents,
    fundingSources: row.fundingSources as Initiative['fundingSources'],
    contact: row.contactName ? { name: row.contactName, email: row.contactEmail } : null,
    links: row.links as Initiative['links'],
    milestones: ms,
    euImpacts: impacts,
    nearestEuDeadline: nearestEuDeadline(
      { status: row.status as Initiative['status'], euImpacts: impacts },
      today,
    ),
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: names.createdBy,
    updatedBy: names.updatedBy,
  };
}
