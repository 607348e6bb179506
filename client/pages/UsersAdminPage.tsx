import '../styles/screens.css';
import '../styles/users-admin.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import type { ManagedUser } from '../../shared/user-admin.ts';
import { PasswordDialog } from '../components/admin/PasswordDialog.tsx';
import { UserCreateForm } from '../components/admin/UserCreateForm.tsx';
import { UserEditDialog } from '../components/admin/UserEditDialog.tsx';
import { UserTable } from '../components/admin/UserTable.tsx';
import { type Change, changeNotice } from '../components/admin/user-form.ts';
import { QueryState } from '../components/QueryState.tsx';
import { ConfirmDialog } from '../components/ui/ConfirmDialog.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from '../lib/trpc.ts';

/**
 * /admin/users, for admins: every user, a form to add one, and per user: edit the name, role
 * and ministry, set a new password, deactivate (after a confirmation) or reactivate. Others
 * get the server's refusal as a dead end. What a change did is said in one status line, so a
 * screen reader hears it; a refusal is an alert. Users are not part of the portfolio, so the
 * page shows the live list even while a snapshot is viewed.
 */
export function UsersAdminPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const list = useQuery(trpc.userAdmin.list.queryOptions());
  const [open, setOpen] = useState<{ change: Change; user: ManagedUser } | null>(null);
  const [notice, setNotice] = useState('');
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const done = (change: Change) => (user: ManagedUser, endedSessions: number) => {
    setOpen(null);
    setNotice(changeNotice(change, user, endedSessions, t));
  };
  const onState = {
    onSuccess: ({ user, endedSessions }: { user: ManagedUser; endedSessions: number }) => {
      void queryClient.invalidateQueries(trpc.userAdmin.list.queryFilter());
      setNotice(changeNotice(user.disabledAt ? 'deactivate' : 'reactivate', user, endedSessions, t));
    },
  };
  const deactivate = useMutation(trpc.userAdmin.deactivate.mutationOptions(onState));
  const reactivate = useMutation(trpc.userAdmin.reactivate.mutationOptions(onState));
  const stateError = deactivate.error ?? reactivate.error;
  const asking =
    open && (open.change === 'deactivate' || open.change === 'reactivate')
      ? { change: open.change, user: open.user }
      : null;
  const users = list.data;
  // Loading, or refused (a dead end with a heading of its own): one h1 on the page either way.
  if (!users) return <QueryState query={list} />;
  return (
    <div className="users-admin">
      <Heading variant="h1">{t('admin.users.title')}</Heading>

      <p>{t('admin.users.intro')}</p>
      <p role="status" className="users-admin__status">
        {notice}
      </p>
      {adding ? (
        <UserCreateForm
          onCreated={(user) => {
            setAdding(false);
            setNotice(t('admin.create.done', { name: user.displayName, username: user.username }));
            addButton.current?.focus();
          }}
          onCancel={() => {
            setAdding(false);
            addButton.current?.focus();
          }}
        />
      ) : (
        <div className="users-admin__add">
          <Button ref={addButton} onClick={() => setAdding(true)}>
            {t('admin.create.open')}
          </Button>
        </div>
      )}
      {stateError && (
        <InlineAlert status="error" role="alert">
          {t('admin.failed', { message: stateError.message })}
        </InlineAlert>
      )}
      <section aria-labelledby="users-list-heading">
        <h2 id="users-list-heading">{t('admin.users.listHeading')}</h2>
        <p className="muted">
          {t('admin.users.count', {
            count: users.length,
            active: users.filter((user) => !user.disabledAt).length,
          })}
        </p>
        <UserTable
          users={users}
          meId={me.data?.id}
          onChange={(change, user) => {
            deactivate.reset();
            reactivate.reset();
            setOpen({ change, user });
          }}
        />
      </section>

      <UserEditDialog
        user={open?.change === 'edit' ? open.user : null}
        onClose={() => setOpen(null)}
        onDone={done('edit')}
      />
      <PasswordDialog
        user={open?.change === 'password' ? open.user : null}
        onClose={() => setOpen(null)}
        onDone={done('password')}
      />
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`admin.${asking.change}.title`, { name: asking.user.displayName }) : ''}
        confirmLabel={asking ? t(`admin.${asking.change}.confirm`) : ''}
        cancelLabel={t('admin.cancel')}
        busy={deactivate.isPending || reactivate.isPending}
        onConfirm={() => {
          if (!asking) return;
          setOpen(null);
          (asking.change === 'deactivate' ? deactivate : reactivate).mutate({ id: asking.user.id });
        }}
        onCancel={() => setOpen(null)}
      >
        <p>{asking ? t(`admin.${asking.change}.text`, { username: asking.user.username }) : ''}</p>
      </ConfirmDialog>
    </div>
  );
}
