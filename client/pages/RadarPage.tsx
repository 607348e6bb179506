import { Heading } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.tsx';

/** Placeholder: the page of issue 10 is being built. */
export function RadarPage() {
  const { t } = useI18n();
  return <Heading variant="h1">{t('radar.title')}</Heading>;
}
