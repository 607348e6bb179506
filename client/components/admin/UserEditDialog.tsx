import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type ManagedUser, userUpdateInputSchema } from '../../../shared/user-admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldErrors, trpc } from '../../lib/trpc.ts';
import { TextField } from '../form/fields.tsx';
import { FormDialog } from './FormDialog.tsx';
import { RoleFields } from './RoleFields.tsx';
import { draftOf, type FormErrors, issuesByField, ministryOf, type RoleDraft } from './user-form.ts';

/** Name, role and ministry of one user, in a dialog; `user` null keeps it closed. */
export function UserEditDialog({
  user,
  onClose,
  onDone,
}: {
  user: ManagedUser | null;
  onClose: () => void;
  onDone: (user: ManagedUser, endedSessions: number) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RoleDraft | null>(null);
  const [checked, setChecked] = useState<FormErrors>({});
  const update = useMutation(
    trpc.userAdmin.update.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries(trpc.userAdmin.list.queryFilter());
        onDone(result.user, result.endedSessions);
      },
    }),
  );
  const { reset } = update;
  // Each opening starts from the user as listed, with nothing left of an earlier attempt.
  useEffect(() => {
    setDraft(user ? draftOf(user) : null);
    setChecked({});
    reset();
  }, [user, reset]);
  const server = fieldErrors(update.error);
  const errors = Object.keys(checked).length > 0 ? checked : server;
  const other =
    update.error && Object.keys(server).length === 0
      ? t('admin.failed', { message: update.error.message })
      : null;
  const submit = () => {
    if (!user || !draft) return;
    const input = {
      id: user.id,
      displayName: draft.displayName,
      role: draft.role,
      ministry: ministryOf(draft),
    };
    const parsed = userUpdateInputSchema.safeParse(input);
    if (!parsed.success) {
      update.reset();
      setChecked(issuesByField(parsed.error));
      return;
    }
    setChecked({});
    update.mutate(input);
  };
  return (
    <FormDialog
      open={user !== null && draft !== null}
      title={t('admin.edit.title', { name: user?.displayName ?? '' })}
      submitLabel={update.isPending ? t('admin.edit.saving') : t('admin.edit.submit')}
      cancelLabel={t('admin.cancel')}
      busy={update.isPending}
      error={other}
      onSubmit={submit}
      onCancel={onClose}
    >
      {draft && (
        <>
          <TextField
            id="user-edit-display-name"
            label={t('admin.field.displayName')}
            value={draft.displayName}
            errors={errors.displayName}
            onChange={(displayName) => setDraft({ ...draft, displayName })}
          />
          <RoleFields
            idPrefix="user-edit"
            draft={draft}
            errors={errors}
            onChange={(change) => setDraft({ ...draft, ...change })}
          />
          <p className="users-admin__note">{t('admin.edit.rightsNote')}</p>
        </>
      )}
    </FormDialog>
  );
}
