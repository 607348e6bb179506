import { Button, InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';
import { errorCode, isNetworkError } from '../lib/trpc.ts';
import { DeadEnd } from './DeadEnd.tsx';

/** Loading and error states of a query, the same everywhere: a spinner, or the error with a retry. */
export interface QueryLike {
  isError: boolean;
  error: { message: string } | null;
  refetch: () => unknown;
}

/** What a page's query fetches, for saying that it is not there: "Hanketta ei löytynyt". */
export type Missing = 'initiative' | 'euAct';

/**
 * A missing thing (NOT_FOUND, or an address that cannot be an id) and a refused one
 * (FORBIDDEN) are dead ends with a heading and a way back; a retry would not change them.
 */
export function QueryState({ query, missing }: { query: QueryLike; missing?: Missing }) {
  const { t } = useI18n();
  if (query.isError) {
    const code = errorCode(query.error);
    if (missing === 'initiative' && (code === 'NOT_FOUND' || code === 'BAD_REQUEST')) {
      return (
        <DeadEnd
          title={t('common.deadEnd.initiative')}
          text={t('common.deadEnd.initiativeText')}
          back={{ to: '/initiatives', label: t('common.backToList') }}
        />
      );
    }
    if (missing === 'euAct' && (code === 'NOT_FOUND' || code === 'BAD_REQUEST')) {
      return (
        <DeadEnd
          title={t('common.deadEnd.euAct')}
          text={t('common.deadEnd.euActText')}
          back={{ to: '/eu-acts', label: t('euAct.page.backToCatalogue') }}
        />
      );
    }
    if (code === 'FORBIDDEN') {
      return (
        <DeadEnd
          title={t('common.deadEnd.forbidden')}
          text={t('common.deadEnd.forbiddenText')}
          back={{ to: '/initiatives', label: t('common.backToList') }}
        />
      );
    }
    return (
      <InlineAlert status="error" role="alert">
        {/* A failed fetch has no server message, only the browser's words in its own language. */}
        <p>
          {isNetworkError(query.error)
            ? t('common.noConnection')
            : t('common.error', { message: query.error?.message ?? '' })}
        </p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </InlineAlert>
    );
  }
  return <LoadingSpinner status="loading" text={t('common.loading')} textAlign="right" variant="small" />;
}
