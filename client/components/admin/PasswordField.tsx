import { TextInput } from 'suomifi-ui-components';
import { MIN_PASSWORD_LENGTH } from '../../../shared/password-policy.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * A new password, typed unseen, with the policy's length in its hint. The browser is told it
 * is a new password (autocomplete), so a password manager offers to generate one.
 */
export function PasswordField({
  id,
  label,
  value,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  errors?: readonly string[];
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <TextInput
      id={id}
      type="password"
      autoComplete="new-password"
      labelText={label}
      hintText={t('admin.field.passwordHint', { min: MIN_PASSWORD_LENGTH })}
      value={value}
      fullWidth
      status={errors?.length ? 'error' : 'default'}
      statusText={errors?.length ? errors.join(' ') : undefined}
      onChange={(next) => onChange(String(next ?? ''))}
    />
  );
}
