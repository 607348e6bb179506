import type { Language } from '../../../shared/codes.ts';
import { MAX_BUDGET_CENTS } from '../../../shared/initiative.ts';

export type BudgetParse = { ok: true; cents: number | null } | { ok: false; error: 'format' | 'tooLarge' };

/**
 * Euros as people write them ("1 250 000,50", "1250000.5 €") to whole cents. Only string
 * operations: a float would turn 0.29 € into 28.999… cents. Thousands are grouped with spaces
 * only, because "1,250" could mean either a decimal or a thousands separator.
 */
export function parseEurosToCents(text: string): BudgetParse {
  // \s covers the no-break spaces that number formatting and copy-paste bring.
  const compact = text.replace(/[\s€]/g, '');
  if (compact === '') return { ok: true, cents: null };
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return { ok: false, error: 'format' };
  const digits = `${match[1]}${(match[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  // Fifteen digits stay inside the safe integers, so Number() is exact.
  if (digits.length > 15) return { ok: false, error: 'tooLarge' };
  const cents = Number(digits);
  return cents > MAX_BUDGET_CENTS ? { ok: false, error: 'tooLarge' } : { ok: true, cents };
}

/** Cents back to the form's text, grouped like the reader writes it: "1 250 000,50". */
export function formatCentsForInput(cents: number | null, language: Language): string {
  if (cents === null) return '';
  const digits = String(Math.trunc(cents)).padStart(3, '0');
  const euros = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const fraction = digits.slice(-2);
  return fraction === '00' ? euros : `${euros}${language === 'en' ? '.' : ','}${fraction}`;
}
