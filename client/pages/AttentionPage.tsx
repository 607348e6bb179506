import '../styles/screens.css';
import '../styles/attention.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { MAX_ATTENTION_ITEMS } from '../../shared/attention.ts';
import { AttentionList } from '../components/attention/AttentionList.tsx';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId, useViewUser } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useFilterParams } from '../lib/use-filter-params.ts';

const NO_OWN_KEYS = [] as const;
const PAGE = 50;

/**
 * /attention: the initiatives that need attention under the list's filters (in the URL), the
 * worst first, each with every reason as a sentence linking to where it is put right.
 */
export function AttentionPage() {
  const { t, language } = useI18n();
  const { filter, setFilter } = useFilterParams(NO_OWN_KEYS);
  const [limit, setLimit] = useState(PAGE);
  const snapshotId = useSnapshotId();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = useViewUser(me.data ?? null);
  const attention = useQuery({
    ...trpc.stats.attention.queryOptions({ filter, limit, language, snapshotId }),
    placeholderData: keepPreviousData,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const toResults = () => heading.current?.focus();
  const data = attention.data;
  const more = data
    ? Math.min(PAGE, data.total - data.items.length, MAX_ATTENTION_ITEMS - data.items.length)
    : 0;

  return (
    <div className="list-page">
      <Heading variant="h1">{t('attention.title')}</Heading>
      <p>{t('attention.intro')}</p>
      <div className="list-layout">
        <FilterPanel
          filter={filter}
          onChange={setFilter}
          resultCount={data?.total}
          onShowResults={toResults}
        />
        <section className="results" aria-labelledby="attention-heading">
          <h2 id="attention-heading" ref={heading} tabIndex={-1} className="results__heading">
            <span role="status">
              {data ? t('attention.count', { count: data.total }) : t('common.loading')}
            </span>
          </h2>
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={toResults} />
          {!data && <QueryState query={attention} />}
          {data && data.total === 0 && <p className="attention-empty">{t('attention.empty')}</p>}
          {data && data.items.length > 0 && (
            <>
              <AttentionList items={data.items} user={user} />
              {data.total > data.items.length && (
                <p className="muted">{t('attention.shown', { shown: data.items.length })}</p>
              )}
              {more > 0 && (
                <Button variant="secondary" onClick={() => setLimit(data.items.length + more)}>
                  {t('attention.showMore', { count: more })}
                </Button>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
