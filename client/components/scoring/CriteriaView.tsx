import type { Criterion } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { LEVEL_NUMBERS } from './criteria-draft.ts';

/** The criteria in order, each with its direction and what its levels 1–5 mean. */
export function CriteriaView({ criteria }: { criteria: readonly Criterion[] }) {
  const { t } = useI18n();
  return (
    <div className="criteria-grid">
      {criteria.map((criterion) => (
        <article
          key={criterion.key}
          className="criterion-card"
          aria-labelledby={`criterion-${criterion.key}`}
        >
          <h3 id={`criterion-${criterion.key}`}>
            <LocalizedTextView text={criterion.name} />
          </h3>
          <p className="muted">
            {t(`scoring.directionHint.${criterion.direction}`)} · <code>{criterion.key}</code>
          </p>
          <p className="visually-hidden">{t('scoring.criteria.levels')}</p>
          <ol>
            {LEVEL_NUMBERS.map((n) => {
              const level = criterion.levels[n - 1];
              return level ? (
                <li key={n}>
                  <LocalizedTextView text={level} />
                </li>
              ) : null;
            })}
          </ol>
        </article>
      ))}
    </div>
  );
}
