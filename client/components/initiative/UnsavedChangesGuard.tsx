import { useContext, useEffect, useRef, useState } from 'react';
import { UNSAFE_DataRouterContext, useBlocker, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * Asks before unsaved changes are lost: on leaving the app (beforeunload) and on moving to
 * another page inside it. useBlocker needs a data router (createBrowserRouter); under the
 * declarative <BrowserRouter> the guard falls back to catching clicks on in-app links.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  return dataRouter ? <RouterBlocker when={when} /> : <LinkClickGuard when={when} />;
}

function LeaveDialog({ open, onLeave, onStay }: { open: boolean; onLeave: () => void; onStay: () => void }) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      open={open}
      title={t('initiative.unsaved.title')}
      confirmLabel={t('initiative.unsaved.leave')}
      cancelLabel={t('initiative.unsaved.stay')}
      onConfirm={onLeave}
      onCancel={onStay}
    >
      <p>{t('initiative.unsaved.text')}</p>
    </ConfirmDialog>
  );
}

function RouterBlocker({ when }: { when: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <LeaveDialog
      open={blocker.state === 'blocked'}
      onLeave={() => blocker.proceed?.()}
      onStay={() => blocker.reset?.()}
    />
  );
}

function LinkClickGuard({ when }: { when: boolean }) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  const whenRef = useRef(when);
  whenRef.current = when;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!whenRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download'))
        return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      // Capture phase, before the router's own handler sees the click.
      event.preventDefault();
      event.stopPropagation();
      setPending(`${url.pathname}${url.search}${url.hash}`);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return (
    <LeaveDialog
      open={pending !== null}
      onLeave={() => {
        const to = pending;
        setPending(null);
        whenRef.current = false;
        if (to) navigate(to);
      }}
      onStay={() => setPending(null)}
    />
  );
}
