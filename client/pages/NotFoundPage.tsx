import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <Heading variant="h1">{t('common.notFound')}</Heading>
      <p>
        <Link to="/initiatives">{t('common.backToList')}</Link>
      </p>
    </>
  );
}
