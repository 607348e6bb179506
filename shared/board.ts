import { z } from 'zod';
import { type Language, TIERS, type Tier, tierSchema } from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { idSchema } from './id.ts';
import { initiativeFilterSchema } from './initiative-filter.ts';
import type { InitiativeListItem } from './initiative-list.ts';
import type { LocalizedText } from './localized-text.ts';
import { MAX_REASON_LENGTH } from './priority.ts';
import { snapshotIdField } from './snapshot.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** A card on the board: what the list shows of an initiative, and its priority. */
export interface BoardCard
  extends Pick<
    InitiativeListItem,
    | 'id'
    | 'title'
    | 'leadMinistry'
    | 'participatingMinistries'
    | 'status'
    | 'ministryHealth'
    | 'digitoimistoHealth'
    | 'nearestEuDeadline'
    | 'lateness'
    | 'euActs'
  > {
  tier: Tier;
  rank: string | null;
  priorityVersion: number;
  /** Short names of the cooperation bodies the initiative is linked to, each once, in name order. */
  bodies: string[];
  /** Whole cents, for the matrix's point size. */
  budgetCents: number | null;
  scores: Record<string, number>;
  /** Under the board's weighting, 0–100; null when nothing weighted is scored. */
  weightedScore: number | null;
  /**
   * Where the card stands on the whole board (1 = first card of the first tier) and where its
   * score alone would put it among the scored cards; `placeDiffers` marks a strong difference.
   */
  boardPosition: number;
  scorePosition: number | null;
  placeDiffers: boolean;
}

export interface BoardColumn {
  tier: Tier;
  /** The first `perTier` cards of the tier, in rank order. */
  cards: BoardCard[];
  /** How many cards the tier has under the filter (more than `cards` holds when it is cut). */
  total: number;
}

/** Cards per column unless asked for more: a 10,000-initiative board stays a small answer. */
export const DEFAULT_CARDS_PER_TIER = 100;
export const MAX_CARDS_PER_TIER = 2000;

export interface Board {
  columns: BoardColumn[];
  weighting: { id: string; name: LocalizedText } | null;
  total: number;
}

export const boardGetInputSchema = z
  .object({
    filter: initiativeFilterSchema.optional(),
    ...snapshotIdField,
    /** Scores under this weighting (the default one when left out). */
    weightingId: idSchema().optional(),
    language: z.enum(['fi', 'sv', 'en']).optional(),
    /** How many cards of each tier to send (the rest are counted in `total`). */
    perTier: z.number().int().min(1).max(MAX_CARDS_PER_TIER).default(DEFAULT_CARDS_PER_TIER),
  })
  .default({ perTier: DEFAULT_CARDS_PER_TIER });
export type BoardGetInput = z.input<typeof boardGetInputSchema>;

export const boardMoveInputSchema = z.object({
  id: idSchema(),
  priorityVersion: z.number().int().min(1),
  tier: tierSchema,
  /** The card it goes right after (above it); with neither, it goes to the end of the tier. */
  afterId: idSchema().nullish(),
  /** The card it goes right before (below it). */
  beforeId: idSchema().nullish(),
  reason: textSchema()
    .trim()
    .max(MAX_REASON_LENGTH, { error: () => vm('reasonTooLong', { max: MAX_REASON_LENGTH }) })
    .nullish()
    .transform((v) => v || null),
});
export type BoardMoveInput = z.input<typeof boardMoveInputSchema>;

export const boardDecisionsInputSchema = z
  .object({
    // The dates every other input takes (real days, 1990–2100): zod's own ISO date lets year 0
    // through, which PostgreSQL refuses as out of range (a 500 instead of a 400).
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** One initiative's decisions only (its page). */
    initiativeId: idSchema().optional(),
  })
  .default({});

/** One tier change of the decision log. */
export interface BoardDecision {
  at: Date;
  initiativeId: string;
  title: LocalizedText;
  from: Tier;
  to: Tier;
  reason: string | null;
  actorName: string;
}

/**
 * A card's manual place differs strongly from its score when the two positions are more than
 * a quarter of the scored cards apart (and at least five places): worth a second look, not an error.
 */
export function placeDiffers(boardPosition: number, scorePosition: number | null, scored: number): boolean {
  if (scorePosition === null || scored < 4) return false;
  return Math.abs(boardPosition - scorePosition) >= Math.max(5, Math.ceil(scored / 4));
}

export const TIER_ORDER: readonly Tier[] = TIERS;
export type { Language };
