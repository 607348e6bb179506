import type { inferRouterOutputs } from '@trpc/server';
import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import type { AppRouter } from '../../../server/routers/_app.ts';
import { EU_RELATIONS } from '../../../shared/codes.ts';
import { todayInFinland } from '../../../shared/dates.ts';
import { euActTimeline } from '../../../shared/eu-act.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { ExternalLink } from '../ui/ExternalLink.tsx';
import { Fact } from '../ui/Fact.tsx';

export type EuActWithInitiatives = inferRouterOutputs<AppRouter>['euAct']['get'];

export const celexUrl = (celex: string) =>
  `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${encodeURIComponent(celex)}`;

/** The act's facts and its dates in time order, each said to be past or upcoming in words. */
export function EuActFacts({ act }: { act: EuActWithInitiatives }) {
  const { t, formatDate } = useI18n();
  const ministryName = useMinistryName();
  const today = todayInFinland();
  const timeline = euActTimeline(act);
  return (
    <>
      <section className="screen-section" aria-labelledby="act-details-heading">
        <Heading variant="h2" id="act-details-heading">
          {t('euAct.page.details')}
        </Heading>
        <dl className="facts">
          <Fact term={t('euAct.field.title')}>
            <LocalizedTextView text={act.title} />
          </Fact>
          <Fact term={t('euAct.field.kind')}>{t(`codes.actKind.${act.kind}`)}</Fact>
          <Fact term={t('euAct.field.number')}>{act.number ?? t('euAct.page.notSet')}</Fact>
          <Fact term={t('euAct.field.celex')}>
            {act.celex ? (
              <ExternalLink href={celexUrl(act.celex)}>
                {t('euAct.page.celexLink', { celex: act.celex })}
              </ExternalLink>
            ) : (
              <span className="muted">{t('euAct.page.noCelex')}</span>
            )}
          </Fact>
          <Fact term={t('euAct.field.finnishLead')}>
            {act.finnishLead ? ministryName(act.finnishLead) : t('euAct.page.notSet')}
          </Fact>
        </dl>
      </section>
      <section className="screen-section" aria-labelledby="act-timeline-heading">
        <Heading variant="h2" id="act-timeline-heading">
          {t('euAct.page.timeline')}
        </Heading>
        {timeline.length === 0 ? (
          <p className="muted">{t('euAct.page.noDates')}</p>
        ) : (
          <ol className="timeline">
            {timeline.map((entry) => {
              const past = entry.date < today;
              return (
                <li
                  key={`${entry.key}:${entry.date}`}
                  // A past date is history, not an achievement: grey, never the green of a done milestone.
                  className={`timeline__item timeline__item--${past ? 'past' : 'open'}`}
                >
                  <span className="timeline__marker" aria-hidden="true" />
                  <span className="timeline__title">
                    {entry.label ? (
                      <LocalizedTextView text={entry.label} />
                    ) : (
                      t(`euAct.field.${entry.key}` as MessageKey)
                    )}
                  </span>
                  <span className="timeline__meta">
                    <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                    {' · '}
                    {past ? t('euAct.page.past') : t('euAct.page.upcoming')}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}

/** The initiatives linked to the act, grouped by how they relate to it. */
export function LinkedInitiatives({ initiatives }: { initiatives: EuActWithInitiatives['initiatives'] }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="screen-section" aria-labelledby="act-initiatives-heading">
      <Heading variant="h2" id="act-initiatives-heading">
        {t('euAct.page.initiatives')}
      </Heading>
      {initiatives.length === 0 && <p className="muted">{t('euAct.page.noInitiatives')}</p>}
      {EU_RELATIONS.map((relation) => {
        const group = initiatives.filter((i) => i.relation === relation);
        if (group.length === 0) return null;
        return (
          <div key={relation} className="linked-group">
            <Heading variant="h3">{`${t(`codes.relation.${relation}`)} (${group.length})`}</Heading>
            <ul className="linked-list">
              {group.map((initiative) => (
                <li key={`${initiative.id}:${relation}`}>
                  <Link to={`/initiatives/${initiative.id}`}>
                    <LocalizedTextView text={initiative.title} />
                  </Link>
                  <span className="linked-list__meta">
                    {[
                      initiative.leadMinistry,
                      t(`codes.status.${initiative.status}` as MessageKey),
                      initiative.deadline
                        ? t('euAct.page.deadline', { date: formatDate(initiative.deadline) })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {initiative.archived && <span className="badge">{t('euAct.page.archived')}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
