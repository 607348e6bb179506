import { useMutation } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { SessionUser } from '../../shared/user.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { focusPageHeading } from '../lib/focus-page-heading.ts';
import { endSession, trpc } from '../lib/trpc.ts';
import { AppHeader, SkipLink } from './AppHeader.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SnapshotFrame } from './snapshot/SnapshotFrame.tsx';

// Shown only on paper, and it parses the list's filter (zod): it follows the first paint.
const PrintHeader = lazy(() => import('./PrintHeader.tsx').then((m) => ({ default: m.PrintHeader })));

/** The frame of every signed-in page: skip link, header with navigation, language and user, main, and footer. */
export function Layout({ user, children }: { user: SessionUser; children: ReactNode }) {
  const { t, language } = useI18n();
  usePageTitleFromHeading(t('common.appName'));
  useFocusOnNavigation();
  const logout = useMutation(trpc.auth.logout.mutationOptions({ onSuccess: () => endSession('signedOut') }));
  const role = t(`codes.role.${user.role}`).toLocaleLowerCase(language);
  return (
    <>
      <SkipLink />
      <Suspense fallback={null}>
        <PrintHeader />
      </Suspense>
      <AppHeader>
        <LanguageSwitch />
        <span className="app-header__user">
          {t('common.signedInAs', {
            name: user.displayName,
            role: user.ministry ? t('common.roleWithMinistry', { role, ministry: user.ministry }) : role,
          })}
        </span>
        <Button variant="secondaryNoBorder" onClick={() => logout.mutate()}>
          {t('common.signOut')}
        </Button>
      </AppHeader>
      <MainNavigation user={user} />
      <main id="main" tabIndex={-1} className="app-main">
        <SnapshotFrame>{children}</SnapshotFrame>
      </main>
      <SiteFooter />
    </>
  );
}

/**
 * The main navigation. On a phone it folds behind a "Valikko" button (styles.css), so the
 * page's own content starts on the first screen; it folds again after each navigation.
 */
function MainNavigation({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: folding is what a new page does.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav className={`app-nav${open ? ' app-nav--open' : ''}`} aria-label={t('common.nav.mainNavigation')}>
      <button
        type="button"
        className="app-nav__toggle"
        aria-expanded={open}
        aria-controls="app-nav-links"
        onClick={() => setOpen((was) => !was)}
      >
        {t('common.nav.menu')}
      </button>
      <div id="app-nav-links" className="app-nav__links">
        <NavLink to="/" end>
          {t('overview.nav')}
        </NavLink>
        <NavLink to="/attention">{t('attention.nav')}</NavLink>
        <NavLink to="/initiatives">{t('common.nav.initiatives')}</NavLink>
        <NavLink to="/board">{t('board.nav')}</NavLink>
        <NavLink to="/eu-acts">{t('common.nav.euActs')}</NavLink>
        <NavLink to="/cooperation">{t('cooperation.nav')}</NavLink>
        <NavLink to="/radar">{t('radar.nav')}</NavLink>
        <NavLink to="/roadmap">{t('roadmap.nav')}</NavLink>
        <NavLink to="/weightings">{t('scoring.nav.weightings')}</NavLink>
        <NavLink to="/matrix">{t('scoring.nav.matrix')}</NavLink>
        <NavLink to="/import">{t('common.nav.import')}</NavLink>
        <NavLink to="/snapshots">{t('snapshot.nav')}</NavLink>
        {user.role === 'admin' && <NavLink to="/admin/users">{t('admin.nav')}</NavLink>}
      </div>
    </nav>
  );
}

/**
 * The page title follows the page's h1 (WCAG 2.4.2), also when the heading arrives with the
 * data: "Kansallinen EU-lompakko – digisalkku".
 */
function usePageTitleFromHeading(appName: string) {
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    const update = () => {
      const heading = main.querySelector('h1')?.textContent?.trim();
      const title = heading ? `${heading} – ${appName}` : appName;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [appName]);
}

/**
 * Moving to another page moves focus to its h1 (or main, see focusPageHeading), so keyboard and
 * screen-reader users start there (WCAG 2.4.3). Changing only the filters (the query string)
 * leaves focus alone.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    return main ? focusPageHeading(main) : undefined;
  }, [pathname]);
}
