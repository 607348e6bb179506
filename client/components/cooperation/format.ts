import type { BenchmarkResult } from '../../../shared/benchmark.ts';
import type { Language } from '../../../shared/codes.ts';
import { localeOf } from '../../../shared/locale-format.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A score as the UI language writes decimals ("69,1"), with as many decimals as it was given. */
export function formatScore(score: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 4 }).format(score);
}

/** "4/193" or "4" when the number of countries ranked is not known. */
export function formatRank(result: Pick<BenchmarkResult, 'rank' | 'rankOf'>, t: Translate): string | null {
  if (result.rank === null) return null;
  return result.rankOf === null
    ? String(result.rank)
    : t('cooperation.benchmark.rankValue', { rank: result.rank, of: result.rankOf });
}

/** "69,1 (0–100) · 1/27": the score with its scale and the rank, whichever are known. */
export function formatResult(
  result: Pick<BenchmarkResult, 'score' | 'rank' | 'rankOf'>,
  scale: string | null,
  language: Language,
  t: Translate,
): string {
  const score =
    result.score === null ? null : `${formatScore(result.score, language)}${scale ? ` (${scale})` : ''}`;
  const rank = formatRank(result, t);
  return [score, rank ? `${t('cooperation.field.rank')} ${rank}` : null].filter(Boolean).join(' · ');
}
