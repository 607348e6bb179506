import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { AppHeader, SkipLink } from './AppHeader.tsx';
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
      <SkipLink />
      <AppHeader>
        <LanguageSwitch />
        <Link to="/">{t('common.login.title')}</Link>
      </AppHeader>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
