import { Button, InlineAlert, LoadingSpinner } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';

/** Loading and error states of a query, the same everywhere: a spinner, or the error with a retry. */
export interface QueryLike {
  isError: boolean;
  error: { message: string } | null;
  refetch: () => unknown;
}

export function QueryState({ query }: { query: QueryLike }) {
  const { t } = useI18n();
  if (query.isError) {
    return (
      <InlineAlert status="error" role="alert">
        <p>{t('common.error', { message: query.error?.message ?? '' })}</p>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </InlineAlert>
    );
  }
  return <LoadingSpinner status="loading" text={t('common.loading')} textAlign="right" variant="small" />;
}
