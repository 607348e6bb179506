import type { HealthRating } from '../../shared/codes.ts';
import { useI18n } from '../i18n/i18n.tsx';

const SYMBOL: Record<HealthRating, string> = { green: '●', amber: '▲', red: '■', not_assessed: '○' };

/** A health rating: colour plus a distinct shape and the word, so it never relies on colour alone (WCAG 1.4.1). */
export function HealthBadge({ rating, label }: { rating: HealthRating; label?: string }) {
  const { t } = useI18n();
  const text = t(`codes.health.${rating}`);
  return (
    <span className={`health health--${rating}`} title={label ? `${label}: ${text}` : text}>
      <span aria-hidden="true">{SYMBOL[rating]}</span>{' '}
      {label ? <span className="visually-hidden">{label}: </span> : null}
      {text}
    </span>
  );
}
