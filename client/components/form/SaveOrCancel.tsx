import { Button } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';

/** A form's last row: its submit button (off while saving) and "Peruuta". */
export function SaveOrCancel({
  saveLabel,
  saving,
  onCancel,
}: {
  saveLabel: string;
  saving: boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <Button type="submit" disabled={saving}>
        {saveLabel}
      </Button>
      <Button variant="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
