import '../../styles/attention.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { filterToSearchParams, type InitiativeFilter } from '../../../shared/initiative-filter.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSnapshotId, useViewUser } from '../../lib/snapshot-mode.tsx';
import { trpc } from '../../lib/trpc.ts';
import { QueryState } from '../QueryState.tsx';
import { AttentionList } from './AttentionList.tsx';

export const TOP_FIVE = 5;

/**
 * The overview's five initiatives most in need of attention under its filter, each with its
 * gravest reason, and a link to the whole list (/attention) with the same filter.
 */
export function AttentionTopFive({ filter }: { filter: InitiativeFilter }) {
  const { t, language } = useI18n();
  const snapshotId = useSnapshotId();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = useViewUser(me.data ?? null);
  const attention = useQuery(
    trpc.stats.attention.queryOptions({ filter, limit: TOP_FIVE, language, snapshotId }),
  );
  const search = filterToSearchParams(filter).toString();
  return (
    <section className="attention-top" aria-labelledby="attention-top-heading">
      <h2 id="attention-top-heading" className="attention-top__heading">
        {t('attention.topFive')}
      </h2>
      {!attention.data ? (
        <QueryState query={attention} />
      ) : attention.data.total === 0 ? (
        <p className="attention-empty">{t('attention.empty')}</p>
      ) : (
        <>
          <AttentionList items={attention.data.items} user={user} firstReasonOnly />
          <p>
            <Link to={{ pathname: '/attention', search: search ? `?${search}` : '' }}>
              {t('attention.all', { count: attention.data.total })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
