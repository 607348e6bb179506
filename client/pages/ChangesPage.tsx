import '../styles/screens.css';
import '../styles/snapshot.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { isMinistryCode, MINISTRY_CODES, type MinistryCode } from '../../shared/ministry.ts';
import type { Snapshot } from '../../shared/snapshot.ts';
import { SelectField } from '../components/form/fields.tsx';
import { QueryState } from '../components/QueryState.tsx';
import {
  comparedSides,
  initiativeHref,
  ministriesIn,
  NOW,
  type Side,
  sentencesOf,
} from '../components/snapshot/changes-view.ts';
import { takenWhen } from '../components/snapshot/snapshot-text.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from '../lib/trpc.ts';
import { useMinistryName } from '../lib/use-ministry-names.ts';

/**
 * /changes?from=<id|now>&to=<id|now>&lead=<ministry>: what changed from one picture of the
 * portfolio to another, as the summary sentence and one sentence per change (snapshot.diff, in
 * the UI language), narrowed to one lead ministry; each sentence opens its initiative as it is
 * in the later picture. Without `from`, since the newest snapshot.
 */
export function ChangesPage() {
  const { t, language } = useI18n();
  const ministryName = useMinistryName();
  const [params, setParams] = useSearchParams();
  const list = useQuery(trpc.snapshot.list.queryOptions());
  const snapshots = list.data;
  const sides = snapshots ? comparedSides(params, snapshots) : null;
  const same = sides !== null && sides.from === sides.to;
  const diff = useQuery({
    ...trpc.snapshot.diff.queryOptions({ from: sides?.from ?? NOW, to: sides?.to ?? NOW, language }),
    enabled: sides !== null && !same,
    placeholderData: keepPreviousData,
  });
  const leadParam = params.get('lead');
  const lead: MinistryCode | null = leadParam && isMinistryCode(leadParam) ? leadParam : null;
  const choose = (key: 'from' | 'to' | 'lead', value: string) => {
    const next = new URLSearchParams(params);
    if (sides) {
      next.set('from', sides.from);
      next.set('to', sides.to);
    }
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const name = (side: Side, known: readonly Snapshot[]) => {
    const snapshot = known.find((s) => s.id === side);
    return snapshot
      ? t('snapshot.changes.option', {
          label: snapshot.label,
          date: takenWhen(t, language, snapshot.takenAt),
        })
      : t('snapshot.changes.now');
  };

  if (!snapshots) return <QueryState query={list} />;
  const sideOptions = [
    { value: NOW, label: t('snapshot.changes.now') },
    ...snapshots.map((s) => ({ value: s.id, label: name(s.id, snapshots) })),
  ];
  const all = diff.data?.sentences ?? [];
  const shown = sentencesOf(all, lead);
  const ministries = ministriesIn(all, MINISTRY_CODES);
  if (lead && !ministries.includes(lead)) ministries.push(lead);

  return (
    <div className="changes-page">
      <Heading variant="h1">{t('snapshot.changes.title')}</Heading>
      <p>{t('snapshot.changes.intro')}</p>
      {!sides ? (
        <p>
          {t('snapshot.changes.noSnapshots')} <Link to="/snapshots">{t('snapshot.title')}</Link>
        </p>
      ) : (
        <>
          <div className="changes-controls">
            <SelectField
              id="changes-from"
              label={t('snapshot.changes.from')}
              value={sides.from}
              options={sideOptions}
              onChange={(value) => choose('from', value)}
            />
            <SelectField
              id="changes-to"
              label={t('snapshot.changes.to')}
              value={sides.to}
              options={sideOptions}
              onChange={(value) => choose('to', value)}
            />
            <SelectField
              id="changes-lead"
              label={t('snapshot.changes.ministry')}
              value={lead ?? ''}
              placeholder={t('snapshot.changes.allMinistries')}
              options={ministries.map((code) => ({ value: code, label: ministryName(code) }))}
              onChange={(value) => choose('lead', value)}
            />
          </div>
          <section aria-labelledby="changes-heading" className="changes-result">
            <h2 id="changes-heading">
              {name(sides.from, snapshots)} → {name(sides.to, snapshots)}
            </h2>
            {same ? (
              <p>{t('snapshot.changes.same')}</p>
            ) : !diff.data ? (
              <QueryState query={diff} />
            ) : (
              <>
                <p className="changes-summary">{diff.data.summary}</p>
                {all.length > 0 && (
                  <>
                    <h3>{t('snapshot.changes.sentences')}</h3>
                    <p role="status" className="muted">
                      {t('snapshot.changes.count', { count: shown.length })}
                    </p>
                  </>
                )}
                {shown.length === 0 ? (
                  <p>{lead ? t('snapshot.changes.emptyMinistry') : t('snapshot.changes.empty')}</p>
                ) : (
                  <ul className="changes-list">
                    {shown.map((sentence, index) => (
                      // Sentences have no id of their own; their order is the diff's and stable.
                      // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                      <li key={index}>
                        {sentence.leadMinistry && (
                          <abbr
                            className="changes-list__ministry"
                            title={ministryName(sentence.leadMinistry)}
                          >
                            {sentence.leadMinistry}
                          </abbr>
                        )}
                        {sentence.initiativeId ? (
                          <Link to={initiativeHref(sentence.initiativeId, sides.to)}>{sentence.text}</Link>
                        ) : (
                          <span>{sentence.text}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
