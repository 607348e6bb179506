import { z } from 'zod';
import {
  fundingSourceSchema,
  initiativeKindSchema,
  preparationStageSchema,
  statusSchema,
  type Tier,
  themeSchema,
  trackSchema,
} from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { type EuImpact, euImpactInputSchema } from './eu-impact.ts';
import { type HealthAssessment, healthAssessmentInputSchema } from './health.ts';
import { idSchema } from './id.ts';
import { localizedTextSchema, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from './localized-text.ts';
import { type Milestone, milestoneInputSchema } from './milestone.ts';
import { ministryCodeSchema } from './ministry.ts';
import { caseNumberSchema, projectNumberSchema } from './register-codes.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** Largest budget we accept: 100 billion euros, in cents (well inside JavaScript's safe integers). */
export const MAX_BUDGET_CENTS = 10_000_000_000_000;

/** Only http(s), and no user name or password: `https://good.fi@evil.example` goes to evil.example. */
const safeUrlSchema = textSchema()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    error: () => vm('linkUrl'),
  })
  .refine(
    (value) => {
      if (!URL.canParse(value)) return true; // already refused above
      const url = new URL(value);
      return url.username === '' && url.password === '';
    },
    { error: () => vm('linkCredentials') },
  );

export const linkSchema = z.object({
  label: textSchema()
    .trim()
    .min(1, { error: () => vm('linkLabel') })
    .max(200),
  url: safeUrlSchema,
});
export type Link = z.infer<typeof linkSchema>;

export const contactSchema = z.object({
  name: textSchema()
    .trim()
    .min(1, { error: () => vm('contactName') })
    .max(200),
  email: z
    .email({ error: () => vm('email') })
    .max(254)
    .nullish()
    .or(z.literal(''))
    .transform((v) => v || null),
});
export type Contact = z.infer<typeof contactSchema>;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .default([])
    .transform((values) => [...new Set(values)] as z.output<T>[]);

/** The editable fields of an initiative: the body of create and update, and of imports. */
const initiativeFields = z.object({
  projectNumber: projectNumberSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => v || null),
  caseNumbers: uniqueList(caseNumberSchema, 20),
  title: localizedTextSchema(MAX_TITLE_LENGTH),
  summary: localizedTextSchema(MAX_SUMMARY_LENGTH),
  kind: initiativeKindSchema,
  track: trackSchema,
  themes: uniqueList(themeSchema, 20),
  leadMinistry: ministryCodeSchema,
  participatingMinistries: uniqueList(ministryCodeSchema, 20),
  status: statusSchema,
  preparationStage: preparationStageSchema.nullish().transform((v) => v ?? null),
  ministryHealth: healthAssessmentInputSchema,
  digitoimistoHealth: healthAssessmentInputSchema,
  startDate: isoDateSchema.nullish().transform((v) => v ?? null),
  endDate: isoDateSchema.nullish().transform((v) => v ?? null),
  budgetCents: z
    .number()
    .int({ error: () => vm('budgetCents') })
    .min(0, { error: () => vm('budgetNegative') })
    .max(MAX_BUDGET_CENTS, { error: () => vm('budgetTooLarge') })
    .nullish()
    .transform((v) => v ?? null),
  fundingSources: uniqueList(fundingSourceSchema, 10),
  contact: contactSchema.nullish().transform((v) => v ?? null),
  links: z.array(linkSchema).max(50).default([]),
  milestones: z.array(milestoneInputSchema).max(100).default([]),
  euImpacts: z.array(euImpactInputSchema).max(100).default([]),
});

export const initiativeInputSchema = initiativeFields.superRefine((value, ctx) => {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: vm('endBeforeStart') });
  }
  if (value.preparationStage && value.kind !== 'law_drafting') {
    ctx.addIssue({
      code: 'custom',
      path: ['preparationStage'],
      message: vm('stageOnlyLaw'),
    });
  }
  if (value.participatingMinistries.includes(value.leadMinistry)) {
    ctx.addIssue({
      code: 'custom',
      path: ['participatingMinistries'],
      message: vm('leadNotParticipating'),
    });
  }
  const seen = new Set<string>();
  value.euImpacts.forEach((impact, index) => {
    const key = `${impact.euActId}:${impact.relation}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['euImpacts', index, 'relation'],
        message: vm('duplicateImpact'),
      });
    }
    seen.add(key);
  });
});
export type InitiativeInput = z.input<typeof initiativeInputSchema>;
export type InitiativeData = z.output<typeof initiativeInputSchema>;

export const initiativeUpdateSchema = z.object({
  id: idSchema(),
  version: z.number().int().min(1),
  data: initiativeInputSchema,
});

/** An initiative as read: the editable fields plus what the system keeps about it. */
export interface Initiative
  extends Omit<InitiativeData, 'ministryHealth' | 'digitoimistoHealth' | 'milestones' | 'euImpacts'> {
  id: string;
  version: number;
  ministryHealth: HealthAssessment;
  digitoimistoHealth: HealthAssessment;
  milestones: Milestone[];
  euImpacts: EuImpact[];
  /** The priority (shared/priority.ts): set by the board and the scoring, under its own version. */
  tier: Tier;
  rank: string | null;
  scores: Record<string, number>;
  priorityVersion: number;
  /** Under the default weighting (0–100), null when nothing weighted is scored; computed, never stored. */
  weightedScore: number | null;
  /** Derived in shared/ from the status and the impacts (see nearestEuDeadline in lateness.ts). */
  nearestEuDeadline: string | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  updatedBy: string | null;
}

/** The fields compared for history and conflicts, in the order a person reads a record. */
export const INITIATIVE_FIELDS = Object.keys(initiativeFields.shape) as (keyof InitiativeData)[];
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

/**
 * The editable fields of a read initiative: the "before" of a diff, the base of an edit and
 * of a rebase. Drops the id, version and derived fields, and the act names added for display.
 */
export function toInitiativeData(initiative: Initiative): InitiativeData {
  const {
    id: _id,
    version: _version,
    tier: _tier,
    rank: _rank,
    scores: _scores,
    priorityVersion: _priorityVersion,
    weightedScore: _weightedScore,
    nearestEuDeadline: _nearest,
    archivedAt: _archivedAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    createdBy: _createdBy,
    updatedBy: _updatedBy,
    euImpacts,
    ...fields
  } = initiative;
  return { ...fields, euImpacts: euImpacts.map(({ euActShortName: _name, ...impact }) => impact) };
}
