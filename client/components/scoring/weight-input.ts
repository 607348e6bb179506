import { MAX_WEIGHT } from '../../../shared/scoring.ts';

/** A weight as typed: a whole number 0–100, or empty for 0; anything else is not a weight. */
export function parseWeight(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_WEIGHT ? value : null;
}
