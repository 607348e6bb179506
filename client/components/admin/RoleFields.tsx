import type { MinistryCode } from '../../../shared/ministry.ts';
import type { Role } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { SelectField } from '../form/fields.tsx';
import { type FormErrors, ministryOptions, type RoleDraft, roleOptions } from './user-form.ts';

/** The role, and the ministry once the role is editor (the only role that has one). */
export function RoleFields({
  idPrefix,
  draft,
  errors,
  onChange,
}: {
  idPrefix: string;
  draft: RoleDraft;
  errors: FormErrors;
  onChange: (change: Partial<RoleDraft>) => void;
}) {
  const { t } = useI18n();
  const ministryName = useMinistryName();
  return (
    <>
      <SelectField
        id={`${idPrefix}-role`}
        label={t('admin.field.role')}
        value={draft.role}
        options={roleOptions(t)}
        errors={errors.role}
        onChange={(role) => onChange({ role: role as Role })}
      />
      {draft.role === 'editor' && (
        <SelectField
          id={`${idPrefix}-ministry`}
          label={t('admin.field.ministry')}
          hint={t('admin.field.ministryHint')}
          value={draft.ministry}
          placeholder={t('admin.field.chooseMinistry')}
          options={ministryOptions(ministryName)}
          errors={errors.ministry}
          onChange={(ministry) => onChange({ ministry: ministry as MinistryCode | '' })}
        />
      )}
    </>
  );
}
