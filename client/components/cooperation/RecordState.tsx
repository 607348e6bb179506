import { useI18n } from '../../i18n/i18n.tsx';
import { errorCode } from '../../lib/trpc.ts';
import { DeadEnd } from '../DeadEnd.tsx';
import { type QueryLike, QueryState } from '../QueryState.tsx';

/** Loading and errors of a body's or benchmark's page: one that is not there is a dead end back to the catalogue. */
export function RecordState({ query, missing }: { query: QueryLike; missing: 'body' | 'benchmark' }) {
  const { t } = useI18n();
  const code = errorCode(query.error);
  if (query.isError && (code === 'NOT_FOUND' || code === 'BAD_REQUEST')) {
    return (
      <DeadEnd
        title={t(missing === 'body' ? 'cooperation.page.bodyMissing' : 'cooperation.page.benchmarkMissing')}
        text={t('cooperation.page.missingText')}
        back={{ to: '/cooperation', label: t('cooperation.page.backToCatalogue') }}
      />
    );
  }
  return <QueryState query={query} />;
}
