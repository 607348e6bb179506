import { useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/**
 * "Delete" that asks first. The server's refusal (initiatives still link to the record, someone
 * changed it meanwhile) is shown as it words it.
 */
export function DeleteButton({
  name,
  busy,
  error,
  onDelete,
}: {
  name: string;
  busy: boolean;
  error: string | null;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('cooperation.page.delete')}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t('cooperation.page.deleteTitle', { name })}
        confirmLabel={t('cooperation.page.deleteConfirm')}
        cancelLabel={t('cooperation.page.cancel')}
        busy={busy}
        onConfirm={() => {
          setAsking(false);
          onDelete();
        }}
        onCancel={() => setAsking(false)}
      >
        <p>{t('cooperation.page.deleteText')}</p>
      </ConfirmDialog>
      {error && (
        <InlineAlert status="error" role="alert" className="cooperation__alert">
          {t('cooperation.page.deleteFailed', { message: error })}
        </InlineAlert>
      )}
    </>
  );
}
