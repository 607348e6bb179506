/**
 * The initiative form's own state: every field as the user types it (strings, rows with keys),
 * and the conversions to and from the API's data. Validation is the shared zod schema's.
 */

import type {
  EuRelation,
  FundingSource,
  HealthRating,
  InitiativeKind,
  Language,
  PreparationStage,
  Status,
  Theme,
  Track,
} from '../../../shared/codes.ts';
import type { InitiativeData, InitiativeInput } from '../../../shared/initiative.ts';
import type { MinistryCode } from '../../../shared/ministry.ts';
import type { SessionUser } from '../../../shared/user.ts';
import { newRowKey } from '../form/RowList.tsx';
import { type BudgetParse, formatCentsForInput, parseEurosToCents } from './budget.ts';

export interface TextDraft {
  fi: string;
  sv: string;
  en: string;
}
export interface HealthDraft {
  rating: HealthRating;
  reason: string;
  /** Kept as read: the server stamps a new date and author when the rating or reason changes. */
  assessedOn: string | null;
  assessedBy: string | null;
}
export interface LinkRow {
  key: string;
  label: string;
  url: string;
}
export interface MilestoneRow {
  key: string;
  title: string;
  dueDate: string;
  doneAt: string;
}
export interface ImpactRow {
  key: string;
  euActId: string;
  relation: EuRelation;
  deadline: string;
  note: string;
}

export interface InitiativeDraft {
  projectNumber: string;
  caseNumbers: string;
  title: TextDraft;
  summary: TextDraft;
  kind: InitiativeKind;
  track: Track;
  themes: Theme[];
  leadMinistry: MinistryCode;
  participatingMinistries: MinistryCode[];
  status: Status;
  preparationStage: PreparationStage | '';
  ministryHealth: HealthDraft;
  digitoimistoHealth: HealthDraft;
  startDate: string;
  endDate: string;
  budget: string;
  fundingSources: FundingSource[];
  contactName: string;
  contactEmail: string;
  links: LinkRow[];
  milestones: MilestoneRow[];
  euImpacts: ImpactRow[];
}

const text = (value: { fi: string; sv?: string | null; en?: string | null }): TextDraft => ({
  fi: value.fi,
  sv: value.sv ?? '',
  en: value.en ?? '',
});
const health = (value: InitiativeData['ministryHealth']): HealthDraft => ({
  rating: value.rating,
  reason: value.reason ?? '',
  assessedOn: value.assessedOn,
  assessedBy: value.assessedBy,
});
const noHealth = (): HealthDraft => ({
  rating: 'not_assessed',
  reason: '',
  assessedOn: null,
  assessedBy: null,
});

/** A new initiative: led by the editor's own ministry. */
export function emptyDraft(user: Pick<SessionUser, 'ministry'>): InitiativeDraft {
  return {
    projectNumber: '',
    caseNumbers: '',
    title: { fi: '', sv: '', en: '' },
    summary: { fi: '', sv: '', en: '' },
    kind: 'development_project',
    track: 'digitalisation_data_economy',
    themes: [],
    leadMinistry: user.ministry ?? 'LVM',
    participatingMinistries: [],
    status: 'planned',
    preparationStage: '',
    ministryHealth: noHealth(),
    digitoimistoHealth: noHealth(),
    startDate: '',
    endDate: '',
    budget: '',
    fundingSources: [],
    contactName: '',
    contactEmail: '',
    links: [],
    milestones: [],
    euImpacts: [],
  };
}

export function draftFromData(data: InitiativeData, language: Language): InitiativeDraft {
  return {
    projectNumber: data.projectNumber ?? '',
    caseNumbers: data.caseNumbers.join(', '),
    title: text(data.title),
    summary: text(data.summary),
    kind: data.kind,
    track: data.track,
    themes: [...data.themes],
    leadMinistry: data.leadMinistry,
    participatingMinistries: [...data.participatingMinistries],
    status: data.status,
    preparationStage: data.preparationStage ?? '',
    ministryHealth: health(data.ministryHealth),
    digitoimistoHealth: health(data.digitoimistoHealth),
    startDate: data.startDate ?? '',
    endDate: data.endDate ?? '',
    budget: formatCentsForInput(data.budgetCents, language),
    fundingSources: [...data.fundingSources],
    contactName: data.contact?.name ?? '',
    contactEmail: data.contact?.email ?? '',
    links: data.links.map((l) => ({ key: newRowKey(), label: l.label, url: l.url })),
    milestones: data.milestones.map((m) => ({
      key: newRowKey(),
      title: m.title,
      dueDate: m.dueDate,
      doneAt: m.doneAt ?? '',
    })),
    euImpacts: data.euImpacts.map((i) => ({
      key: newRowKey(),
      euActId: i.euActId,
      relation: i.relation,
      deadline: i.deadline ?? '',
      note: i.note ?? '',
    })),
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The body the API takes, and what became of the budget text (it is not a zod field). */
export function draftToInput(draft: InitiativeDraft): { input: InitiativeInput; budget: BudgetParse } {
  const budget = parseEurosToCents(draft.budget);
  const contact = draft.contactName.trim() || draft.contactEmail.trim();
  const input: InitiativeInput = {
    projectNumber: orNull(draft.projectNumber),
    caseNumbers: draft.caseNumbers
      .split(/[,;\n]+/)
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    title: { fi: draft.title.fi, sv: orNull(draft.title.sv), en: orNull(draft.title.en) },
    summary: { fi: draft.summary.fi, sv: orNull(draft.summary.sv), en: orNull(draft.summary.en) },
    kind: draft.kind,
    track: draft.track,
    themes: draft.themes,
    leadMinistry: draft.leadMinistry,
    participatingMinistries: draft.participatingMinistries,
    status: draft.status,
    // The stage belongs to law drafting only; the field is hidden for other kinds.
    preparationStage:
      draft.kind === 'law_drafting' && draft.preparationStage !== '' ? draft.preparationStage : null,
    ministryHealth: { ...draft.ministryHealth, reason: orNull(draft.ministryHealth.reason) },
    digitoimistoHealth: { ...draft.digitoimistoHealth, reason: orNull(draft.digitoimistoHealth.reason) },
    startDate: orNull(draft.startDate),
    endDate: orNull(draft.endDate),
    budgetCents: budget.ok ? budget.cents : null,
    fundingSources: draft.fundingSources,
    contact: contact ? { name: draft.contactName, email: orNull(draft.contactEmail) } : null,
    links: draft.links.map(({ label, url }) => ({ label, url })),
    milestones: draft.milestones.map(({ title, dueDate, doneAt }) => ({
      title,
      dueDate,
      doneAt: orNull(doneAt),
    })),
    euImpacts: draft.euImpacts.map(({ euActId, relation, deadline, note }) => ({
      euActId,
      relation,
      deadline: orNull(deadline),
      note: orNull(note),
    })),
  };
  return { input, budget };
}

/** What the user would save, without row keys: equal signatures mean nothing to save. */
export function draftSignature(draft: InitiativeDraft): string {
  const { input } = draftToInput(draft);
  return JSON.stringify({ ...input, budget: draft.budget.replace(/\s/g, '') });
}
