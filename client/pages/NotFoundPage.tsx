import { DeadEnd } from '../components/DeadEnd.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Any address the app has no page for. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <DeadEnd
      title={t('common.notFound')}
      text={t('common.deadEnd.pageText')}
      back={{ to: '/initiatives', label: t('common.backToList') }}
    />
  );
}
