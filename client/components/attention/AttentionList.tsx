import { Link } from 'react-router';
import type { AttentionItem } from '../../../shared/attention.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { HealthBadge } from '../HealthBadge.tsx';
import { ReasonLink } from './ReasonLink.tsx';

/**
 * The ranked entries, the worst first: each initiative's title as a link, its lead ministry,
 * status and both ratings, and its reasons (all, or only the first) as links to where they
 * are put right.
 */
export function AttentionList({
  items,
  user,
  firstReasonOnly = false,
  headingLevel = 3,
}: {
  items: readonly AttentionItem[];
  user: SessionUser | null;
  firstReasonOnly?: boolean;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, language } = useI18n();
  const ministryName = useMinistryName();
  const Title = `h${headingLevel}` as const;
  return (
    <ol className="attention-list">
      {items.map((item) => {
        const title = pickLocalized(item.title, language);
        const reasons = firstReasonOnly ? item.reasons.slice(0, 1) : item.reasons;
        return (
          <li key={item.id} className="attention-item">
            <Title className="attention-item__title">
              <Link to={`/initiatives/${item.id}`} lang={title.fallback ? title.language : undefined}>
                {title.text}
              </Link>
            </Title>
            <p className="attention-item__meta">
              <span>{t('attention.lead', { ministry: ministryName(item.leadMinistry) })}</span>
              <span>{t(`codes.status.${item.status}`)}</span>
              {/* Whose rating is whose, in words on the screen. */}
              <span>
                {t('list.healthByMinistry')}: <HealthBadge rating={item.ministryHealth} />
              </span>
              <span>
                {t('list.healthByDigitoimisto')}: <HealthBadge rating={item.digitoimistoHealth} />
              </span>
            </p>
            <ul
              className="attention-item__reasons"
              aria-label={t('attention.reasonsOf', { title: title.text })}
            >
              {reasons.map((reason, index) => (
                // A reason has no id of its own; its place in the ranked list is stable for the answer.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={index}>
                  <ReasonLink reason={reason} item={item} user={user} />
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
