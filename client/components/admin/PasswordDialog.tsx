import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ManagedUser } from '../../../shared/user-admin.ts';
import { userPasswordResetInputSchema } from '../../../shared/user-admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldErrors, trpc } from '../../lib/trpc.ts';
import { FormDialog } from './FormDialog.tsx';
import { PasswordField } from './PasswordField.tsx';
import { type FormErrors, issuesByField } from './user-form.ts';

/** A new password for one user (their sessions end); `user` null keeps it closed. */
export function PasswordDialog({
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
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<FormErrors>({});
  const reset = useMutation(
    trpc.userAdmin.resetPassword.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries(trpc.userAdmin.list.queryFilter());
        onDone(result.user, result.endedSessions);
      },
    }),
  );
  const { reset: clear } = reset;
  // A password typed for one user never stays in the form for the next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: another user is what empties the form.
  useEffect(() => {
    setPassword('');
    setChecked({});
    clear();
  }, [user, clear]);
  const server = fieldErrors(reset.error);
  const errors = Object.keys(checked).length > 0 ? checked : server;
  const other =
    reset.error && Object.keys(server).length === 0
      ? t('admin.failed', { message: reset.error.message })
      : null;
  const submit = () => {
    if (!user) return;
    const parsed = userPasswordResetInputSchema.safeParse({ id: user.id, password });
    if (!parsed.success) {
      reset.reset();
      setChecked(issuesByField(parsed.error));
      return;
    }
    setChecked({});
    reset.mutate({ id: user.id, password });
  };
  return (
    <FormDialog
      open={user !== null}
      title={t('admin.password.title', { name: user?.displayName ?? '' })}
      submitLabel={reset.isPending ? t('admin.password.saving') : t('admin.password.submit')}
      cancelLabel={t('admin.cancel')}
      busy={reset.isPending}
      error={other}
      onSubmit={submit}
      onCancel={onClose}
    >
      <PasswordField
        id="user-password-new"
        label={t('admin.field.newPassword')}
        value={password}
        errors={errors.password}
        onChange={setPassword}
      />
      <p className="users-admin__note">{t('admin.password.note')}</p>
    </FormDialog>
  );
}
