import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { Initiative } from '../../../shared/initiative.ts';
import { canEditInitiative, isCoordinator, type SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { focusPageTop } from '../../lib/focus-page-heading.ts';
import { trpc } from '../../lib/trpc.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/**
 * Edit, archive (after a confirmation) and restore, each shown only to those who may use it.
 * Archiving swaps the archive button for restore and back, so focus moves to the button now in
 * its place, or to the page's heading for someone who may not use it.
 */
export function InitiativeActions({ user, initiative }: { user: SessionUser; initiative: Initiative }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const onDone = (updated: Initiative, message: string) => {
    refocus.current = true;
    queryClient.setQueryData(trpc.initiative.get.queryKey({ id: updated.id }), updated);
    void queryClient.invalidateQueries(trpc.initiative.pathFilter());
    setConfirming(false);
    setNotice(message);
  };
  const archive = useMutation(
    trpc.initiative.remove.mutationOptions({
      onSuccess: (updated) => onDone(updated, t('initiative.page.archivedNotice')),
    }),
  );
  const restore = useMutation(
    trpc.initiative.restore.mutationOptions({
      onSuccess: (updated) => onDone(updated, t('initiative.page.restoredNotice')),
    }),
  );
  const mayEdit = canEditInitiative(user, initiative.leadMinistry);
  const archived = initiative.archivedAt !== null;
  const error = archive.error ?? restore.error;
  // After the commit that swapped the buttons (the dialog has closed by then).
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const next = archived ? restoreButton.current : archiveButton.current;
    if (next) next.focus();
    else focusPageTop();
  }, [archived]);
  return (
    <div className="screen-actions">
      <div className="screen-actions__buttons">
        {mayEdit && !archived && (
          <Link className="button-link" to={`/initiatives/${initiative.id}/edit`}>
            {t('initiative.page.edit')}
          </Link>
        )}
        {mayEdit && !archived && (
          <Button ref={archiveButton} variant="secondary" onClick={() => setConfirming(true)}>
            {t('initiative.page.archive')}
          </Button>
        )}
        {isCoordinator(user) && archived && (
          <Button
            ref={restoreButton}
            variant="secondary"
            // Not `disabled` while restoring: a disabled button drops the keyboard focus to the page's start.
            aria-disabled={restore.isPending || undefined}
            onClick={() => !restore.isPending && restore.mutate({ id: initiative.id })}
          >
            {t('initiative.page.restore')}
          </Button>
        )}
      </div>
      <p role="status" className="screen-actions__notice">
        {notice}
      </p>
      {error && (
        <InlineAlert status="error" role="alert">
          {t('initiative.page.actionFailed', { message: error.message })}
        </InlineAlert>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('initiative.page.archiveTitle')}
        confirmLabel={t('initiative.page.archiveConfirm')}
        cancelLabel={t('initiative.form.cancel')}
        busy={archive.isPending}
        onConfirm={() => archive.mutate({ id: initiative.id })}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('initiative.page.archiveText')}</p>
      </ConfirmDialog>
    </div>
  );
}
