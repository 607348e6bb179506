import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { type ManagedUser, userCreateInputSchema } from '../../../shared/user-admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldErrors, trpc } from '../../lib/trpc.ts';
import { TextField } from '../form/fields.tsx';
import { PasswordField } from './PasswordField.tsx';
import { RoleFields } from './RoleFields.tsx';
import { type FormErrors, issuesByField, ministryOf, type RoleDraft } from './user-form.ts';

const EMPTY: RoleDraft & { username: string; password: string } = {
  username: '',
  displayName: '',
  role: 'viewer',
  ministry: '',
  password: '',
};

/**
 * "Add a user": user name, name, role (and ministry for an editor) and an initial password.
 * The browser checks the shape and the password's length; the server checks the rest (the
 * list of common passwords, a taken name) and its answer is shown beside the field it is about.
 */
export function UserCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (user: ManagedUser) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [checked, setChecked] = useState<FormErrors>({});
  const first = useRef<HTMLDivElement>(null);
  // Opened by "Add a user": the user name is where to start typing.
  useEffect(() => first.current?.querySelector('input')?.focus(), []);
  const create = useMutation(
    trpc.userAdmin.create.mutationOptions({
      onSuccess: ({ user }) => {
        void queryClient.invalidateQueries(trpc.userAdmin.list.queryFilter());
        setDraft(EMPTY);
        onCreated(user);
      },
    }),
  );
  const server = fieldErrors(create.error);
  const errors: FormErrors = Object.keys(checked).length > 0 ? checked : server;
  const change = (part: Partial<typeof EMPTY>) => setDraft((was) => ({ ...was, ...part }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const input = { ...draft, ministry: ministryOf(draft) };
    const parsed = userCreateInputSchema.safeParse(input);
    if (!parsed.success) {
      create.reset();
      setChecked(issuesByField(parsed.error));
      return;
    }
    setChecked({});
    create.mutate(input);
  };
  const otherError = create.error && Object.keys(server).length === 0;
  return (
    <form className="users-admin__create" onSubmit={submit} aria-labelledby="user-create-heading" noValidate>
      <h2 id="user-create-heading">{t('admin.create.heading')}</h2>
      <div className="users-admin__fields" ref={first}>
        <TextField
          id="user-create-username"
          label={t('admin.field.username')}
          hint={t('admin.field.usernameHint')}
          value={draft.username}
          errors={errors.username}
          onChange={(username) => change({ username })}
        />
        <TextField
          id="user-create-display-name"
          label={t('admin.field.displayName')}
          hint={t('admin.field.displayNameHint')}
          value={draft.displayName}
          errors={errors.displayName}
          onChange={(displayName) => change({ displayName })}
        />
        <RoleFields idPrefix="user-create" draft={draft} errors={errors} onChange={change} />
        <PasswordField
          id="user-create-password"
          label={t('admin.field.password')}
          value={draft.password}
          errors={errors.password}
          onChange={(password) => change({ password })}
        />
      </div>
      {otherError && (
        <InlineAlert status="error" role="alert">
          {t('admin.create.failed', { message: create.error.message })}
        </InlineAlert>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={create.isPending} aria-busy={create.isPending || undefined}>
          {create.isPending ? t('admin.create.saving') : t('admin.create.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}
