import { Link } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import type { LocalizedText } from '../../../shared/localized-text.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { DeleteButton } from './DeleteButton.tsx';

/**
 * The top of a body's or a benchmark's page: the way back, its short name and name, for
 * coordinators "edit" and "delete", the saved notice and, after a stale save, the way to reload.
 */
export function RecordHeader({
  shortName,
  name,
  actions,
  saved,
  conflict,
  onReload,
}: {
  shortName: string;
  name: LocalizedText;
  /** Shown to coordinators while not editing. */
  actions: { onEdit: () => void; deleting: boolean; deleteError: string | null; onDelete: () => void } | null;
  saved: boolean;
  conflict: boolean;
  onReload: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="screen__back">
        <Link to="/cooperation">{t('cooperation.page.backToCatalogue')}</Link>
      </p>
      <div className="page-title">
        <Heading variant="h1">{shortName}</Heading>
        {actions && (
          <div className="cooperation__actions">
            <Button variant="secondary" onClick={actions.onEdit}>
              {t('cooperation.page.edit')}
            </Button>
            <DeleteButton
              name={shortName}
              busy={actions.deleting}
              error={actions.deleteError}
              onDelete={actions.onDelete}
            />
          </div>
        )}
      </div>
      <p className="screen__subtitle">
        <LocalizedTextView text={name} />
      </p>
      <p role="status">{saved ? t('cooperation.form.saved') : ''}</p>
      {conflict && (
        <InlineAlert status="error" role="alert">
          <p>{t('cooperation.form.conflict')}</p>
          <Button variant="secondary" onClick={onReload}>
            {t('cooperation.form.reload')}
          </Button>
        </InlineAlert>
      )}
    </>
  );
}
