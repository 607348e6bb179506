import { Button } from 'suomifi-ui-components';
import type { ManagedUser } from '../../../shared/user-admin.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { type Change, roleText } from './user-form.ts';

/**
 * Every user: name and user name, role, state, last activity, sessions, when the password was
 * set, and the actions. Each button names its user for screen readers ("Muokkaa Matti …"),
 * so a list of identical "Muokkaa" buttons is never read out of context.
 */
export function UserTable({
  users,
  meId,
  onChange,
}: {
  users: readonly ManagedUser[];
  meId: string | undefined;
  onChange: (change: Change, user: ManagedUser) => void;
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const ministryName = useMinistryName();
  return (
    <div className="table-scroll">
      <table className="data-table users-admin__table">
        <caption className="visually-hidden">{t('admin.users.listHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.column.name')}</th>
            <th scope="col">{t('admin.users.column.role')}</th>
            <th scope="col">{t('admin.users.column.state')}</th>
            <th scope="col">{t('admin.users.column.lastSeen')}</th>
            <th scope="col">{t('admin.users.column.sessions')}</th>
            <th scope="col">{t('admin.users.column.passwordChanged')}</th>
            <th scope="col">{t('admin.users.column.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === meId;
            const lastSeen = user.lastSeenAt ?? user.lastSignInAt;
            const toggle: Change = user.disabledAt ? 'reactivate' : 'deactivate';
            const named = (label: string) => (
              <>
                {label}
                <span className="visually-hidden"> {user.displayName}</span>
              </>
            );
            return (
              <tr key={user.id} className={user.disabledAt ? 'users-admin__row--disabled' : undefined}>
                <th scope="row">
                  {user.displayName}
                  {self && <span className="users-admin__tag"> {t('admin.users.you')}</span>}
                  {user.demo && <span className="users-admin__tag"> {t('admin.users.demo')}</span>}
                  <code className="users-admin__username">{user.username}</code>
                </th>
                <td data-label={t('admin.users.column.role')}>
                  {user.ministry ? (
                    <abbr title={ministryName(user.ministry)}>{roleText(user, t)}</abbr>
                  ) : (
                    roleText(user, t)
                  )}
                </td>
                <td data-label={t('admin.users.column.state')}>
                  {user.disabledAt
                    ? t('admin.users.deactivatedOn', { date: formatDate(user.disabledAt) })
                    : t('admin.users.active')}
                </td>
                <td data-label={t('admin.users.column.lastSeen')}>
                  {lastSeen ? (
                    <time dateTime={lastSeen.toISOString()}>{formatDateTime(lastSeen)}</time>
                  ) : (
                    <span className="muted">{t('admin.users.never')}</span>
                  )}
                </td>
                <td data-label={t('admin.users.column.sessions')}>{user.activeSessions}</td>
                <td data-label={t('admin.users.column.passwordChanged')}>
                  <time dateTime={user.passwordChangedAt.toISOString()}>
                    {formatDate(user.passwordChangedAt)}
                  </time>
                </td>
                <td data-label={t('admin.users.column.actions')}>
                  <div className="users-admin__actions">
                    <Button variant="secondary" onClick={() => onChange('edit', user)}>
                      {named(t('admin.edit.open'))}
                    </Button>
                    <Button variant="secondary" onClick={() => onChange('password', user)}>
                      {named(t('admin.password.open'))}
                    </Button>
                    {/* One button that changes its words, so focus stays on it after the change. */}
                    <Button
                      variant="secondary"
                      disabled={self && !user.disabledAt}
                      aria-describedby={self ? `user-self-${user.id}` : undefined}
                      onClick={() => onChange(toggle, user)}
                    >
                      {named(t(`admin.${toggle}.open`))}
                    </Button>
                  </div>
                  {self && (
                    <p id={`user-self-${user.id}`} className="users-admin__hint muted">
                      {t('admin.deactivate.selfHint')}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
