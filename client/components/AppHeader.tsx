import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** The first Tab stop of every page: straight to its main content (WCAG 2.4.1). */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t('common.skipToContent')}
    </a>
  );
}

/** The header band of every page, signed in or not: the service's name, then the page's own tools. */
export function AppHeader({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__name">{t('common.appName')}</span>
        <span className="app-header__tagline">{t('common.tagline')}</span>
      </div>
      <div className="app-header__tools">{children}</div>
    </header>
  );
}
