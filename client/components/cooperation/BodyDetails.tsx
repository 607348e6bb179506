import type { inferRouterOutputs } from '@trpc/server';
import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import type { AppRouter } from '../../../server/routers/_app.ts';
import { BODY_RELATIONS, LANGUAGES } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { FinnishText } from '../LocalizedTextView.tsx';
import { ExternalLink } from '../ui/ExternalLink.tsx';
import { Fact } from '../ui/Fact.tsx';
import { NAME_LABEL } from './CooperationFields.tsx';
import { LinkedInitiativeList } from './LinkedInitiativeList.tsx';

export type BodyWithInitiatives = inferRouterOutputs<AppRouter>['cooperation']['body']['get'];

/** The name in every language it has, each marked with its language where it is not the page's. */
export function NamesInLanguages({ name }: { name: { fi: string; sv: string | null; en: string | null } }) {
  const { t, language } = useI18n();
  return (
    <>
      {LANGUAGES.map((lang) => {
        const text = name[lang];
        if (!text) return null;
        return (
          <Fact key={lang} term={t(NAME_LABEL[lang])}>
            <span lang={lang === language ? undefined : lang}>{text}</span>
          </Fact>
        );
      })}
    </>
  );
}

export function LinksList({ links }: { links: readonly { label: string; url: string }[] }) {
  const { t } = useI18n();
  if (links.length === 0) return <span className="muted">{t('cooperation.page.noLinks')}</span>;
  return (
    <ul className="plain-list">
      {links.map((link) => (
        <li key={`${link.url}:${link.label}`}>
          <ExternalLink href={link.url}>{link.label}</ExternalLink>
        </li>
      ))}
    </ul>
  );
}

/** Everything recorded of a body: names, who it belongs to, who answers for it, when it meets. */
export function BodyFacts({ body }: { body: BodyWithInitiatives }) {
  const { t, formatDate } = useI18n();
  const ministryName = useMinistryName();
  const notSet = <span className="muted">{t('cooperation.page.notSet')}</span>;
  return (
    <section className="screen-section" aria-labelledby="body-details-heading">
      <Heading variant="h2" id="body-details-heading">
        {t('cooperation.page.details')}
      </Heading>
      <dl className="facts">
        <NamesInLanguages name={body.name} />
        <Fact term={t('cooperation.field.organisation')}>
          {t(`codes.bodyOrganisation.${body.organisation}`)}
        </Fact>
        <Fact term={t('cooperation.field.ministry')}>{ministryName(body.ministry)}</Fact>
        <Fact term={t('cooperation.field.agency')}>{body.agency ?? notSet}</Fact>
        <Fact term={t('cooperation.field.contact')}>
          {body.contact ? (
            <>
              {body.contact.name}
              {body.contact.email && (
                <>
                  {' · '}
                  <a href={`mailto:${body.contact.email}`}>{body.contact.email}</a>
                </>
              )}
            </>
          ) : (
            notSet
          )}
        </Fact>
        <Fact term={t('cooperation.field.mandate')}>
          {body.mandateStart || body.mandateEnd
            ? t('cooperation.page.mandateRange', {
                start: body.mandateStart ? formatDate(body.mandateStart) : '…',
                end: body.mandateEnd ? formatDate(body.mandateEnd) : '…',
              })
            : notSet}
        </Fact>
        <Fact term={t('cooperation.field.meetingRhythm')}>
          {body.meetingRhythm ? t(`codes.meetingRhythm.${body.meetingRhythm}`) : notSet}
        </Fact>
        <Fact term={t('cooperation.field.nextMeetingOn')}>
          {body.nextMeetingOn ? (
            <time dateTime={body.nextMeetingOn}>{formatDate(body.nextMeetingOn)}</time>
          ) : (
            notSet
          )}
        </Fact>
        <Fact term={t('cooperation.field.euActId')}>
          {body.euAct ? <Link to={`/eu-acts/${body.euAct.id}`}>{body.euAct.shortName}</Link> : notSet}
        </Fact>
        <Fact term={t('cooperation.field.links')}>
          <LinksList links={body.links} />
        </Fact>
      </dl>
    </section>
  );
}

/** Finland's people in the body: who, from where, in what seat. */
export function Representatives({ body }: { body: BodyWithInitiatives }) {
  const { t } = useI18n();
  return (
    <section className="screen-section" aria-labelledby="body-representatives-heading">
      <Heading variant="h2" id="body-representatives-heading">
        {t('cooperation.body.representatives')}
      </Heading>
      {body.representatives.length === 0 ? (
        <p className="muted">{t('cooperation.body.noRepresentatives')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('cooperation.body.representatives')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cooperation.body.representative')}</th>
                <th scope="col">{t('cooperation.field.organisation')}</th>
                <th scope="col">{t('cooperation.body.role')}</th>
              </tr>
            </thead>
            <tbody>
              {body.representatives.map((person) => (
                <tr key={`${person.name}:${person.role}:${person.organisation ?? ''}`}>
                  <th scope="row">
                    <FinnishText text={person.name} />
                  </th>
                  <td data-label={t('cooperation.field.organisation')}>{person.organisation ?? '–'}</td>
                  <td data-label={t('cooperation.body.role')}>
                    {t(`codes.representativeRole.${person.role}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The initiatives linked to the body, grouped by how they relate to it. */
export function BodyInitiatives({ body }: { body: BodyWithInitiatives }) {
  const { t } = useI18n();
  return (
    <section className="screen-section" aria-labelledby="body-initiatives-heading">
      <Heading variant="h2" id="body-initiatives-heading">
        {t('cooperation.page.initiatives')}
      </Heading>
      {body.initiatives.length === 0 && <p className="muted">{t('cooperation.page.noInitiatives')}</p>}
      {BODY_RELATIONS.map((relation) => {
        const group = body.initiatives.filter((i) => i.relation === relation);
        if (group.length === 0) return null;
        return (
          <div key={relation} className="linked-group">
            <Heading variant="h3">{`${t(`codes.bodyRelation.${relation}`)} (${group.length})`}</Heading>
            <LinkedInitiativeList initiatives={group} />
          </div>
        );
      })}
    </section>
  );
}
