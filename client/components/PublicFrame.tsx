import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SiteFooter } from './SiteFooter.tsx';

/**
 * The frame of a page anyone may read signed out (the accessibility statement): skip link,
 * a header with the language menu and the way to sign in, main, and the footer.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">{t('common.appName')}</span>
          <span className="app-header__tagline">{t('common.tagline')}</span>
        </div>
        <div className="app-header__tools">
          <LanguageSwitch />
          <Link to="/">{t('common.login.title')}</Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
