import '../../styles/snapshot.css';
import { matchPath, useLocation } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { focusPageHeading } from '../../lib/focus-page-heading.ts';
import { useSnapshotMode } from '../../lib/snapshot-mode.tsx';
import { isNetworkError } from '../../lib/trpc.ts';
import { bannerText } from './snapshot-text.ts';

/** The pages whose reads take the snapshot; elsewhere the banner says the page is live. */
const SNAPSHOT_PAGES = [
  '/',
  '/attention',
  '/radar',
  '/roadmap',
  '/initiatives',
  '/initiatives/:id',
  '/board',
  '/matrix',
  '/snapshots',
  '/changes',
];

/**
 * Which snapshot is viewed, taken when and by whom, that nothing in it can change, and the
 * way back to now; or, for one that cannot be shown, why. Said in words and by its frame's
 * shape, not by colour alone.
 */
export function SnapshotBanner() {
  const { t, language } = useI18n();
  const { snapshot, leave } = useSnapshotMode();
  const { pathname } = useLocation();
  const live = !SNAPSHOT_PAGES.some((pattern) => matchPath(pattern, pathname));
  const back = () => {
    leave();
    // The button goes with the banner, and the page draws itself anew with the live data: focus
    // to main (which stays), then to the page's heading once it is there.
    const main = document.getElementById('main');
    if (!main) return;
    main.focus();
    focusPageHeading(main);
  };
  const backButton = (
    <Button variant="secondary" className="snapshot-banner__back" onClick={back}>
      {t('snapshot.banner.back')}
    </Button>
  );
  const data = snapshot.data;
  if (snapshot.isError || data?.valid === false) {
    const reason = snapshot.isError
      ? isNetworkError(snapshot.error)
        ? t('common.noConnection')
        : snapshot.error.message
      : t('snapshot.banner.tampered');
    return (
      <section aria-labelledby="snapshot-banner-failed" className="snapshot-banner snapshot-banner--refused">
        <div role="alert">
          <p id="snapshot-banner-failed" className="snapshot-banner__title">
            <span aria-hidden="true">⚠ </span>
            {t('snapshot.banner.failed')}
          </p>
          <p>{reason}</p>
        </div>
        {backButton}
      </section>
    );
  }
  return (
    <section aria-labelledby="snapshot-banner-label" className="snapshot-banner">
      <div>
        <p id="snapshot-banner-label" className="snapshot-banner__kicker">
          {t('snapshot.banner.label')}
        </p>
        {data ? (
          <>
            <p className="snapshot-banner__title">{bannerText(t, language, data)}</p>
            <p>
              {t('snapshot.banner.readOnly')}
              {live && ` ${t('snapshot.banner.livePage')}`}
            </p>
          </>
        ) : (
          <p role="status">{t('snapshot.banner.loading')}</p>
        )}
      </div>
      {backButton}
    </section>
  );
}
