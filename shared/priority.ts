import { z } from 'zod';
import { TIERS, type Tier, tierSchema } from './codes.ts';
import { scoresSchema } from './scoring-criteria.ts';

/**
 * An initiative's priority: its tier, its place within the tier (a fractional rank key,
 * shared/board-rank.ts) and its criterion scores. Not part of the edit form: the board and the
 * scoring set it, under its own version (`priorityVersion`), so a board move never makes an
 * open edit conflict and an edit never undoes a move. Imports bring it with the record.
 */
export interface Priority {
  tier: Tier;
  rank: string | null;
  scores: Record<string, number>;
}

export const EMPTY_PRIORITY: Priority = { tier: 'unprioritised', rank: null, scores: {} };

/** The board's columns, most urgent first; unprioritised last. */
export const BOARD_TIERS: readonly Tier[] = TIERS;

/** The longest reason a tier change may carry (one line of the decision log). */
export const MAX_REASON_LENGTH = 500;

export { scoresSchema, tierSchema };
export const prioritySchema = z.object({
  tier: tierSchema,
  rank: z.string().max(200).nullable(),
  scores: scoresSchema,
});
