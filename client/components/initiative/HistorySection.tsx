import { useQuery } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { trpc } from '../../lib/trpc.ts';
import { QueryState } from '../QueryState.tsx';
import { HistoryEventList } from './HistoryList.tsx';

/** Who changed what and when, newest first, in plain language. */
export function HistorySection({ id }: { id: string }) {
  const { t } = useI18n();
  // Every write invalidates the initiative.* queries, so this follows saves, archiving and restoring.
  const history = useQuery(trpc.initiative.history.queryOptions({ id }));
  return (
    <section className="screen-section" aria-labelledby="history-heading">
      <Heading variant="h2" id="history-heading">
        {t('initiative.history.title')}
      </Heading>
      {history.data ? <HistoryEventList events={history.data} /> : <QueryState query={history} />}
    </section>
  );
}
