import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/**
 * Asks before unsaved changes are lost: on leaving the app (beforeunload) and on moving to
 * another page inside it (the app runs in a data router, see main.tsx).
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
  return <RouterBlocker when={when} />;
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
