import { Link } from 'react-router';
import type { RadarDate, RadarInitiative } from '../../../shared/radar.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { InlineSymbol, RadarStatus } from './RadarSymbol.tsx';

function InitiativeItems({ items }: { items: readonly RadarInitiative[] }) {
  const { t } = useI18n();
  return (
    <ul className="radar-initiatives">
      {items.map((item) => (
        <li key={`${item.id}:${item.relation}`}>
          <Link to={`/initiatives/${item.id}`}>
            <LocalizedTextView text={item.title} />
          </Link>
          <span className="radar-initiatives__meta">
            {item.leadMinistry} · {t(`codes.relation.${item.relation}`)} ·{' '}
            <RadarStatus status={item.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The initiatives of a date: a gap in words; the answering ones under the filter (or that the
 * filter hides them); and the related ones, folded away. The same in the details and the list.
 */
export function RadarInitiatives({ date, listHref }: { date: RadarDate; listHref: string }) {
  const { t } = useI18n();
  const more = date.answeringShown - date.answering.length;
  const relatedMore = date.relatedShown - date.related.length;
  return (
    <div className="radar-answers">
      {date.gap ? (
        <p className="radar-gap">
          <InlineSymbol kind="gap" /> {t('radar.gap')}
        </p>
      ) : date.answeringShown === 0 ? (
        <p className="radar-hidden">{t('radar.hidden', { count: date.answeringTotal })}</p>
      ) : (
        <>
          <InitiativeItems items={date.answering} />
          {more > 0 && (
            <p>
              {t('radar.more', { count: more })} <Link to={listHref}>{t('radar.listLink')}</Link>
            </p>
          )}
        </>
      )}
      {date.relatedTotal > 0 && (
        <details className="radar-related">
          <summary>
            {t('radar.related')} ({date.relatedShown})
          </summary>
          {date.related.length > 0 && <InitiativeItems items={date.related} />}
          {relatedMore > 0 && <p>{t('radar.more', { count: relatedMore })}</p>}
          {date.relatedTotal > date.relatedShown && (
            <p className="muted">
              {t('radar.relatedHidden', { count: date.relatedTotal - date.relatedShown })}
            </p>
          )}
        </details>
      )}
    </div>
  );
}
