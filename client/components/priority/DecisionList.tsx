import type { BoardDecision } from '../../../shared/board.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FinnishText } from '../LocalizedTextView.tsx';

/** An initiative's tier changes, newest first: from, to, who, when and why. */
export function DecisionList({ decisions }: { decisions: readonly BoardDecision[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="decisions" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading" className="priority-form__heading">
        {t('scoring.decisions.heading')}
      </h3>
      <p className="muted">{t('scoring.decisions.intro')}</p>
      {decisions.length === 0 ? (
        <p>{t('scoring.decisions.empty')}</p>
      ) : (
        <ol className="decisions__list">
          {decisions.map((decision) => (
            <li key={`${decision.at.toISOString()}-${decision.to}`} className="decisions__item">
              <span className="decisions__change">
                {t('scoring.decisions.change', {
                  from: t(`codes.tier.${decision.from}`),
                  to: t(`codes.tier.${decision.to}`),
                })}
              </span>
              <span className="muted">
                {t('scoring.decisions.meta', {
                  name: decision.actorName,
                  date: formatDateTime(decision.at),
                })}
              </span>
              {decision.reason ? (
                <span>
                  {t('scoring.decisions.reasonLabel')}:
                  <FinnishText text={decision.reason} />
                </span>
              ) : (
                <span className="muted">{t('scoring.decisions.noReason')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
