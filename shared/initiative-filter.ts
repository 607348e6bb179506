import { z } from 'zod';
import {
  FUNDING_SOURCES,
  fundingSourceSchema,
  HEALTH_RATINGS,
  healthRatingSchema,
  INITIATIVE_KINDS,
  initiativeKindSchema,
  STATUSES,
  statusSchema,
  THEMES,
  TIERS,
  TRACKS,
  themeSchema,
  tierSchema,
  trackSchema,
} from './codes.ts';
import { euActRefSchema, euActSlug } from './eu-act.ts';
import { idSchema } from './id.ts';
import { MINISTRY_CODES, ministryCodeSchema } from './ministry.ts';
import { TRANSLATION_LANGUAGES, translationLanguageSchema } from './missing-translations.ts';
import { snapshotIdField } from './snapshot.ts';
import { isSafeText, textSchema, truncateText } from './text.ts';
import { vm } from './validation-messages.ts';

/**
 * The one filter of the initiative list, board and overview. It is both the tRPC input and
 * the URL query string (`?ministry=LVM,VM&status=ongoing`), so a view can be shared as a link.
 */
export const initiativeFilterSchema = z.object({
  /** Lead or participating ministry. */
  ministries: z.array(ministryCodeSchema).max(20).optional(),
  leadMinistries: z.array(ministryCodeSchema).max(20).optional(),
  statuses: z.array(statusSchema).max(10).optional(),
  /** Acts by slug (`AI-Act`, see euActSlug); ids of old links and saved views still work. */
  euActs: z.array(euActRefSchema).max(100).optional(),
  /** Linked to any of these cooperation bodies, by slug of the short name (bodySlug) or id. */
  bodies: z.array(euActRefSchema).max(100).optional(),
  themes: z.array(themeSchema).max(20).optional(),
  kinds: z.array(initiativeKindSchema).max(10).optional(),
  tracks: z.array(trackSchema).max(2).optional(),
  /** Either assessment has one of these ratings. */
  health: z.array(healthRatingSchema).max(4).optional(),
  /** The lead ministry's own assessment has one of these ratings (the overview's tiles and charts). */
  ministryHealth: z.array(healthRatingSchema).max(4).optional(),
  /** Digitoimisto's assessment has one of these ratings. */
  digitoimistoHealth: z.array(healthRatingSchema).max(4).optional(),
  /** Any of these funding sources. */
  fundingSources: z.array(fundingSourceSchema).max(10).optional(),
  tiers: z.array(tierSchema).max(5).optional(),
  /** An EU deadline within N days from today, or one already passed while the initiative is open. */
  euDeadlineWithinDays: z.number().int().min(0).max(3650).optional(),
  /** Only late initiatives (shared/lateness.ts). */
  late: z.boolean().optional(),
  /** Open, with an EU deadline already passed. */
  euOverdue: z.boolean().optional(),
  /** Open, with a milestone past its due date and not done. */
  milestoneOverdue: z.boolean().optional(),
  /** With at least one data-quality flag (shared/data-quality.ts). */
  qualityIssues: z.boolean().optional(),
  assessmentsDisagree: z.boolean().optional(),
  /**
   * A content text (title, summary: every localized field of the registry) lacks its text in
   * any of these languages; Finnish every initiative has.
   */
  missingTranslations: z.array(translationLanguageSchema).max(2).optional(),
  text: textSchema()
    .trim()
    .max(200, { error: () => vm('searchLength') })
    .optional(),
  archived: z.enum(['active', 'archived', 'all']).optional(),
});
export type InitiativeFilter = z.infer<typeof initiativeFilterSchema>;

/**
 * A cooperation body as a URL names it: its short name made a slug as an act's is
 * (`OECD-E-Leaders`), so `body=` survives a re-import that gives the bodies new ids. Matched
 * without regard to case; the server mirrors it in SQL.
 */
export const bodySlug = euActSlug;

export const SORT_FIELDS = [
  'relevance',
  'title',
  'leadMinistry',
  'status',
  'health',
  'tier',
  'score',
  'endDate',
  'nearestEuDeadline',
  'lateness',
  'updatedAt',
  'projectNumber',
] as const;
export const initiativeSortSchema = z.object({
  field: z.enum(SORT_FIELDS),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type InitiativeSort = z.infer<typeof initiativeSortSchema>;

export const initiativeListInputSchema = z.object({
  filter: initiativeFilterSchema.optional(),
  sort: initiativeSortSchema.optional(),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  language: z.enum(['fi', 'sv', 'en']).optional(),
  /** The weighting of the `score` sort and of each row's weighted score; the default one when left out. */
  weightingId: idSchema().optional(),
  ...snapshotIdField,
});
export type InitiativeListInput = z.input<typeof initiativeListInputSchema>;

const LIST_PARAMS = {
  ministries: ['ministry', MINISTRY_CODES],
  leadMinistries: ['lead', MINISTRY_CODES],
  statuses: ['status', STATUSES],
  themes: ['theme', THEMES],
  kinds: ['kind', INITIATIVE_KINDS],
  tracks: ['track', TRACKS],
  health: ['health', HEALTH_RATINGS],
  ministryHealth: ['mhealth', HEALTH_RATINGS],
  digitoimistoHealth: ['dhealth', HEALTH_RATINGS],
  fundingSources: ['funding', FUNDING_SOURCES],
  tiers: ['tier', TIERS],
  missingTranslations: ['missing', TRANSLATION_LANGUAGES],
} as const;

/** Reads the filter and sort from a URL query string; unknown values are dropped, never fatal. */
export function filterFromSearchParams(params: URLSearchParams): {
  filter: InitiativeFilter;
  sort?: InitiativeSort;
} {
  const filter: InitiativeFilter = {};
  for (const [key, [param, allowed]] of Object.entries(LIST_PARAMS)) {
    const values = splitList(params.get(param)).filter((v) => (allowed as readonly string[]).includes(v));
    if (values.length > 0) (filter as Record<string, string[]>)[key] = values;
  }
  const euActs = [
    ...new Set(
      splitList(params.get('eu')).flatMap((v) => {
        const ref = euActRefSchema.safeParse(v);
        return ref.success ? [ref.data] : [];
      }),
    ),
  ].slice(0, 100);
  if (euActs.length > 0) filter.euActs = euActs;
  const bodies = [
    ...new Set(
      splitList(params.get('body')).flatMap((v) => {
        const ref = euActRefSchema.safeParse(v);
        return ref.success ? [ref.data] : [];
      }),
    ),
  ].slice(0, 100);
  if (bodies.length > 0) filter.bodies = bodies;
  const within = Number.parseInt(params.get('euWithin') ?? '', 10);
  if (Number.isInteger(within) && within >= 0 && within <= 3650) filter.euDeadlineWithinDays = within;
  if (params.get('late') === '1') filter.late = true;
  if (params.get('euOverdue') === '1') filter.euOverdue = true;
  if (params.get('milestoneOverdue') === '1') filter.milestoneOverdue = true;
  if (params.get('quality') === '1') filter.qualityIssues = true;
  if (params.get('disagree') === '1') filter.assessmentsDisagree = true;
  // A link is typed by hand: a search the API would refuse is left out, not sent.
  const text = truncateText(params.get('q')?.trim() ?? '', 200);
  if (text && isSafeText(text)) filter.text = text;
  const archived = params.get('archived');
  if (archived === 'archived' || archived === 'all') filter.archived = archived;
  const sort = initiativeSortSchema.safeParse({
    field: params.get('sort') ?? undefined,
    direction: params.get('dir') ?? undefined,
  });
  return sort.success ? { filter, sort: sort.data } : { filter };
}

/** Writes the filter and sort as a URL query string, in a stable order. */
export function filterToSearchParams(filter: InitiativeFilter, sort?: InitiativeSort): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, [param]] of Object.entries(LIST_PARAMS)) {
    const values = (filter as Record<string, string[] | undefined>)[key];
    if (values && values.length > 0) params.set(param, values.join(','));
  }
  if (filter.euActs?.length) params.set('eu', filter.euActs.join(','));
  if (filter.bodies?.length) params.set('body', filter.bodies.join(','));
  if (filter.euDeadlineWithinDays !== undefined) params.set('euWithin', String(filter.euDeadlineWithinDays));
  if (filter.late) params.set('late', '1');
  if (filter.euOverdue) params.set('euOverdue', '1');
  if (filter.milestoneOverdue) params.set('milestoneOverdue', '1');
  if (filter.qualityIssues) params.set('quality', '1');
  if (filter.assessmentsDisagree) params.set('disagree', '1');
  if (filter.text) params.set('q', filter.text);
  if (filter.archived && filter.archived !== 'active') params.set('archived', filter.archived);
  if (sort) {
    params.set('sort', sort.field);
    params.set('dir', sort.direction);
  }
  return params;
}

/** Comma-separated values, each once. */
function splitList(value: string | null): string[] {
  return value ? [...new Set(value.split(',').map((v) => v.trim()))].filter(Boolean) : [];
}

/** How many filter conditions are active: shown on the filter button. */
export function activeFilterCount(filter: InitiativeFilter): number {
  return Object.entries(filter).filter(([key, value]) =>
    Array.isArray(value)
      ? value.length > 0
      : key === 'archived'
        ? value !== 'active'
        : value !== undefined && value !== false && value !== '',
  ).length;
}
